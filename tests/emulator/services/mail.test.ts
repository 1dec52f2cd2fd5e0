import { createGlobals, World } from '../index';
import { FakeBlob } from './blob';
import { MAIL_ERRORS, sentMails, setMailAccount, setMailQuota } from './mail';
import { MAIL_ACCOUNT_LIMITS } from './mail-limits';

// Reference: https://developers.google.com/apps-script/reference/mail/mail-app
// Quotas: https://developers.google.com/apps-script/guides/services/quotas

const KABID = 'kabid.sosial@contoh.go.id';
const SEKRETARIS = 'sekretaris@contoh.go.id';
const HOUR = 3600000;

function setUp() {
  const world = new World(Date.UTC(2026, 7, 12, 1, 0, 0));
  const { MailApp } = createGlobals(world) as unknown as { MailApp: GoogleAppsScript.Mail.MailApp };
  const asUser = <T>(user: string, fn: () => T) => world.run({ user }, fn);
  return { world, MailApp, asUser };
}

describe('MailApp.sendEmail: the documented call forms', () => {
  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String)
  it('sendEmail(recipient, subject, body) records sender, recipient, subject, body and the world time', () => {
    const { world, MailApp, asUser } = setUp();
    world.clock.advance(5 * 60000);
    asUser(SEKRETARIS, () => MailApp.sendEmail(KABID, 'Pengingat', 'Langkah 6 terlambat'));
    expect(sentMails(world)).toEqual([
      expect.objectContaining({
        from: SEKRETARIS,
        to: [KABID],
        cc: [],
        bcc: [],
        subject: 'Pengingat',
        body: 'Langkah 6 terlambat',
        htmlBody: null,
        at: Date.UTC(2026, 7, 12, 1, 5, 0),
      }),
    ]);
  });

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,Object)
  it('sendEmail(recipient, subject, body, options) keeps the options: cc, bcc, htmlBody, name, replyTo, noReply', () => {
    const { world, MailApp } = setUp();
    MailApp.sendEmail(KABID, 'S', 'teks', {
      cc: 'a@contoh.go.id, b@contoh.go.id',
      bcc: 'c@contoh.go.id',
      htmlBody: '<p>teks</p>',
      name: 'Pengukuran Kinerja',
      replyTo: 'tim.sakip@contoh.go.id',
      noReply: true,
    });
    expect(sentMails(world)[0]).toEqual(
      expect.objectContaining({
        to: [KABID],
        cc: ['a@contoh.go.id', 'b@contoh.go.id'],
        bcc: ['c@contoh.go.id'],
        htmlBody: '<p>teks</p>',
        name: 'Pengukuran Kinerja',
        replyTo: 'tim.sakip@contoh.go.id',
        noReply: true,
      }),
    );
  });

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,String)
  it('sendEmail(to, replyTo, subject, body): a string fourth argument is the body, the second the reply-to', () => {
    const { world, MailApp } = setUp();
    MailApp.sendEmail(KABID, 'tim.sakip@contoh.go.id', 'Subjek', 'Isi');
    expect(sentMails(world)[0]).toEqual(
      expect.objectContaining({ to: [KABID], replyTo: 'tim.sakip@contoh.go.id', subject: 'Subjek', body: 'Isi' }),
    );
  });

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
  it('sendEmail(message) takes every field from the message object, attachments included', () => {
    const { world, MailApp } = setUp();
    const lampiran = new FakeBlob(Buffer.from('halo'), 'text/plain', 'catatan.txt');
    MailApp.sendEmail({
      to: `Kabid Sosial <${KABID}>`,
      subject: 'Laporan',
      body: 'teks',
      htmlBody: '<b>teks</b>',
      attachments: [lampiran as unknown as GoogleAppsScript.Base.BlobSource],
    });
    expect(sentMails(world)[0]).toEqual(
      expect.objectContaining({
        to: [KABID],
        subject: 'Laporan',
        htmlBody: '<b>teks</b>',
        attachments: [{ name: 'catatan.txt', contentType: 'text/plain', bytes: 4 }],
      }),
    );
  });

  it('sends as the user the script runs under: an installable trigger sends as its owner', () => {
    const { world, MailApp } = setUp();
    world.run({ user: KABID, effectiveUser: SEKRETARIS }, () => MailApp.sendEmail(KABID, 'S', 'B'));
    expect(sentMails(world)[0].from).toBe(SEKRETARIS);
  });

  it('is priced as a mail round trip', () => {
    const { world, MailApp } = setUp();
    MailApp.sendEmail(KABID, 'S', 'B');
    MailApp.getRemainingDailyQuota();
    expect(world.calls.records.map((c) => [c.method, c.costClass])).toEqual([
      ['sendEmail', 'mail'],
      ['getRemainingDailyQuota', 'mail'],
    ]);
  });
});

describe('MailApp errors', () => {
  it('refuses a malformed address with "Invalid email: <address>" and sends nothing', () => {
    const { world, MailApp } = setUp();
    expect(() => MailApp.sendEmail('bukan-alamat', 'S', 'B')).toThrow(MAIL_ERRORS.invalidEmail('bukan-alamat'));
    expect(() => MailApp.sendEmail(KABID, 'S', 'B', { cc: 'x@contoh.go.id, salah@' })).toThrow('Invalid email: salah@');
    expect(sentMails(world)).toEqual([]);
  });

  it('refuses a message without any recipient', () => {
    const { world, MailApp } = setUp();
    expect(() => MailApp.sendEmail({ subject: 'S', body: 'B' })).toThrow(MAIL_ERRORS.noRecipient);
    expect(sentMails(world)).toEqual([]);
  });
});

describe('MailApp daily quota', () => {
  // getRemainingDailyQuota: "Returns the number of recipients you can send emails to for the rest of the day."
  it('counts recipients, not messages: to, cc and bcc each use one', () => {
    const { MailApp } = setUp();
    expect(MailApp.getRemainingDailyQuota()).toBe(MAIL_ACCOUNT_LIMITS.workspace.recipientsPerDay);
    MailApp.sendEmail(KABID, 'S', 'B', { cc: 'a@contoh.go.id', bcc: 'b@contoh.go.id' });
    expect(MailApp.getRemainingDailyQuota()).toBe(MAIL_ACCOUNT_LIMITS.workspace.recipientsPerDay - 3);
  });

  it('is per user', () => {
    const { MailApp, asUser } = setUp();
    asUser(SEKRETARIS, () => MailApp.sendEmail(KABID, 'S', 'B'));
    expect(asUser(KABID, () => MailApp.getRemainingDailyQuota())).toBe(MAIL_ACCOUNT_LIMITS.workspace.recipientsPerDay);
    expect(asUser(SEKRETARIS, () => MailApp.getRemainingDailyQuota())).toBe(
      MAIL_ACCOUNT_LIMITS.workspace.recipientsPerDay - 1,
    );
  });

  // Quotas page: consumer accounts 100 recipients/day; over the quota the script throws and execution stops.
  it('throws "Service invoked too many times for one day: email." when a mail does not fit, and sends nothing', () => {
    const { world, MailApp } = setUp();
    setMailAccount(world, 'consumer');
    for (let i = 0; i < 99; i++) MailApp.sendEmail(KABID, `S${i}`, 'B');
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() => MailApp.sendEmail(KABID, 'dua', 'B', { cc: SEKRETARIS })).toThrow(MAIL_ERRORS.quotaExceeded);
    MailApp.sendEmail(KABID, 'terakhir', 'B');
    expect(() => MailApp.sendEmail(KABID, 'lagi', 'B')).toThrow('Service invoked too many times for one day: email.');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(sentMails(world)).toHaveLength(100);
  });

  // Quotas page: "Quotas are per user and reset 24 hours after the first request."
  it('resets 24 hours after the first send of the window, not at midnight', () => {
    const { world, MailApp } = setUp();
    setMailQuota(world, 2);
    MailApp.sendEmail(KABID, 'pertama', 'B');
    world.clock.advance(20 * HOUR);
    MailApp.sendEmail(KABID, 'kedua', 'B');
    world.clock.advance(3 * HOUR); // 23 hours after the first send: still the same window
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    world.clock.advance(HOUR);
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    MailApp.sendEmail(KABID, 'ketiga', 'B');
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
  });
});
