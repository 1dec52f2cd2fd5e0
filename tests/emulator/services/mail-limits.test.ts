import { createGlobals, World } from '../index';
import { FakeBlob } from './blob';
import { sentMails, setMailAccount } from './mail';
import {
  ATTACHMENT_BYTES_PER_MESSAGE,
  ATTACHMENTS_PER_MESSAGE,
  MAIL_ACCOUNT_LIMITS,
  MESSAGE_LIMIT_ERRORS,
  RECIPIENTS_PER_MESSAGE,
} from './mail-limits';

// Limits: https://developers.google.com/apps-script/guides/services/quotas ("Current limitations": email recipients
// per message 50; email body size 200 KB consumer, 400 KB Google Workspace; email attachments per message 250; email
// total attachments size 25 MB; "Limit exceeded: Email Attachments Per Message." is the page's own example message).
// Texts: NORMALIZED_ERRORS of https://github.com/RomainVialard/ErrorHandler, collected from live scripts.

function setUp() {
  const world = new World(Date.UTC(2026, 7, 12, 1, 0, 0));
  const { MailApp } = createGlobals(world) as unknown as { MailApp: GoogleAppsScript.Mail.MailApp };
  return { world, MailApp };
}

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `unit${i + 1}@contoh.go.id`).join(', ');
const KB = 1024;

describe('MailApp per-message limits', () => {
  it('sends to 50 recipients in to, cc and bcc together and refuses 51, sending nothing and spending no quota', () => {
    const { world, MailApp } = setUp();
    MailApp.sendEmail({ to: addresses(30), cc: addresses(10), bcc: addresses(10), subject: 'S', body: 'B' });
    const left = MailApp.getRemainingDailyQuota();
    expect(() =>
      MailApp.sendEmail({ to: addresses(30), cc: addresses(10), bcc: addresses(11), subject: 'S', body: 'B' }),
    ).toThrow(MESSAGE_LIMIT_ERRORS.recipients);
    expect(RECIPIENTS_PER_MESSAGE).toBe(50);
    expect(sentMails(world)).toHaveLength(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(left);
  });

  it('takes a 400 KB body from a Google Workspace account and refuses one byte more', () => {
    const { world, MailApp } = setUp();
    const limit = MAIL_ACCOUNT_LIMITS.workspace.bodyBytes;
    expect(limit).toBe(400 * KB);
    MailApp.sendEmail('kabid@contoh.go.id', 'S', 'x'.repeat(limit));
    expect(() => MailApp.sendEmail('kabid@contoh.go.id', 'S', 'x'.repeat(limit + 1))).toThrow(
      MESSAGE_LIMIT_ERRORS.bodySize,
    );
    expect(sentMails(world)).toHaveLength(1);
  });

  it('limits a consumer account to 200 KB, counting the plain and the HTML body in UTF-8 bytes', () => {
    const { world, MailApp } = setUp();
    setMailAccount(world, 'consumer');
    const half = 100 * KB;
    MailApp.sendEmail({ to: 'kabid@contoh.go.id', subject: 'S', body: 'x'.repeat(half), htmlBody: 'y'.repeat(half) });
    expect(() =>
      MailApp.sendEmail({
        to: 'kabid@contoh.go.id',
        subject: 'S',
        body: 'x'.repeat(half),
        htmlBody: `${'y'.repeat(half - 1)}é`,
      }),
    ).toThrow(MESSAGE_LIMIT_ERRORS.bodySize);
    expect(MailApp.getRemainingDailyQuota()).toBe(MAIL_ACCOUNT_LIMITS.consumer.recipientsPerDay - 1);
  });

  it('refuses attachments over 25 MB in all', () => {
    const { world, MailApp } = setUp();
    const pdf = (bytes: number, name: string) =>
      new FakeBlob(Buffer.alloc(bytes), 'application/pdf', name) as unknown as GoogleAppsScript.Base.BlobSource;
    const half = pdf(ATTACHMENT_BYTES_PER_MESSAGE / 2, 'a.pdf');
    MailApp.sendEmail({ to: 'kabid@contoh.go.id', subject: 'S', body: 'B', attachments: [half, half] });
    const over = pdf(1, 'b.pdf');
    expect(() =>
      MailApp.sendEmail({ to: 'kabid@contoh.go.id', subject: 'S', body: 'B', attachments: [half, half, over] }),
    ).toThrow(MESSAGE_LIMIT_ERRORS.attachmentsSize);
    expect(sentMails(world)).toHaveLength(1);
  });

  it('sends 250 attachments and refuses 251, sending nothing', () => {
    const { world, MailApp } = setUp();
    const pdf = (i: number) =>
      new FakeBlob(
        Buffer.alloc(10),
        'application/pdf',
        `bukti-${i}.pdf`,
      ) as unknown as GoogleAppsScript.Base.BlobSource;
    const lampiran = (n: number) => Array.from({ length: n }, (_, i) => pdf(i));
    expect(ATTACHMENTS_PER_MESSAGE).toBe(250);
    MailApp.sendEmail({ to: 'kabid@contoh.go.id', subject: 'S', body: 'B', attachments: lampiran(250) });
    expect(() =>
      MailApp.sendEmail({ to: 'kabid@contoh.go.id', subject: 'S', body: 'B', attachments: lampiran(251) }),
    ).toThrow(MESSAGE_LIMIT_ERRORS.attachmentsCount);
    expect(sentMails(world)).toHaveLength(1);
  });
});
