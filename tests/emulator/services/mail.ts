import type { CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';
import type { FakeBlob } from './blob';
import { checkMessageSize, MAIL_ACCOUNT_LIMITS, type MailAccount } from './mail-limits';

/**
 * MailApp: sends email as the user the script runs under, within a daily recipient quota ("Quotas are per user and
 * reset 24 hours after the first request", https://developers.google.com/apps-script/guides/services/quotas) and the
 * per-message limits of mail-limits.ts.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 */

type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

const QUOTA_WINDOW_MS = 24 * 3600000;

export const MAIL_ERRORS = {
  /** Reported word for word by users hitting the quota (Google groups adwords-scripts, Stack Overflow 21444588). */
  quotaExceeded: 'Service invoked too many times for one day: email.',
  /** As Stack Overflow reports quote it for a malformed address; not found in Google's reference pages. */
  invalidEmail: (address: string) => `Invalid email: ${address}`,
  /** As users report it for a message without any recipient; not found in Google's reference pages. */
  noRecipient: 'Failed to send email: no recipient',
} as const;

export interface SentMail {
  /** the account the mail went out from: the user the script runs under (Session.getEffectiveUser) */
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string | null;
  name: string | null;
  noReply: boolean;
  subject: string;
  body: string;
  htmlBody: string | null;
  attachments: { name: string | null; contentType: string | null; bytes: number }[];
  /** world clock when it was sent */
  at: number;
  execution: number;
}

interface QuotaWindow {
  /** when the first send of the current 24-hour window happened */
  start: number;
  used: number;
}

interface MailState {
  /** the world setting: recipients each user may send to per day (default: a Google Workspace account) */
  recipientsPerDay: number;
  /** the world setting: the largest body of one message, in bytes (default: a Google Workspace account) */
  bodyBytes: number;
  readonly sent: SentMail[];
  readonly windows: Map<string, QuotaWindow>;
}

function mailState(world: World): MailState {
  return world.store<MailState>('mail', () => ({
    ...MAIL_ACCOUNT_LIMITS.workspace,
    sent: [],
    windows: new Map(),
  }));
}

/** Every mail sent in the world, oldest first (test-side API). */
export function sentMails(world: World): readonly SentMail[] {
  return mailState(world).sent;
}

/** Sets the daily recipient quota of every user (a test that needs the quota to run out soon). */
export function setMailQuota(world: World, recipientsPerDay: number): void {
  mailState(world).recipientsPerDay = recipientsPerDay;
}

/** Makes every user's account a consumer or a Google Workspace one: its daily quota and its message body limit. */
export function setMailAccount(world: World, account: MailAccount): void {
  Object.assign(mailState(world), MAIL_ACCOUNT_LIMITS[account]);
}

/** Recipients `user` has used in the current quota window (a window older than 24 hours no longer counts). */
function usedBy(world: World, user: string): number {
  const window = mailState(world).windows.get(user);
  return window && world.clock.now() < window.start + QUOTA_WINDOW_MS ? window.used : 0;
}

function charge(world: World, user: string, recipients: number): void {
  const state = mailState(world);
  const used = usedBy(world, user);
  if (used === 0) state.windows.set(user, { start: world.clock.now(), used: recipients });
  else state.windows.get(user)!.used = used + recipients;
}

/** "a@b.id", "Nama <a@b.id>" */
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/** A comma-separated address list as addresses; throws the real error on the first malformed one. */
function addressesOf(list: string | undefined): string[] {
  if (list === undefined || list === null || String(list).trim() === '') return [];
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .map((part) => {
      const bracketed = /<([^<>]*)>\s*$/.exec(part);
      const address = bracketed ? bracketed[1].trim() : part;
      if (!ADDRESS.test(address)) throw new Error(MAIL_ERRORS.invalidEmail(part));
      return address;
    });
}

/** Every blob source in the emulator hands out a FakeBlob: its size is read without copying it into a byte[]. */
function attachmentsOf(sources: Params['attachments']): SentMail['attachments'] {
  return (sources ?? []).map((source) => {
    const blob = source.getBlob() as unknown as FakeBlob;
    return { name: blob.getName(), contentType: blob.getContentType(), bytes: blob.rawBytes().length };
  });
}

export class FakeMailApp extends FakeService implements FakeOf<GoogleAppsScript.Mail.MailApp> {
  readonly typeName = 'MailApp';
  static override readonly calls: CallTable = {
    cost: 'mail',
    needsFullAuth: true,
    scope: 'https://www.googleapis.com/auth/script.send_mail',
  };

  /** "Returns the number of recipients you can send emails to for the rest of the day." */
  getRemainingDailyQuota(): number {
    const user = this.world.execution.effectiveUser;
    return Math.max(0, mailState(this.world).recipientsPerDay - usedBy(this.world, user));
  }

  /**
   * All four documented forms: sendEmail(message), sendEmail(recipient, subject, body),
   * sendEmail(recipient, subject, body, options) and sendEmail(to, replyTo, subject, body).
   */
  sendEmail(
    ...args: [message: Params] | [recipient: string, subject: string, body: string, options?: Params | string]
  ): void {
    this.send(messageOf(args));
  }

  private send(message: Params): void {
    const world = this.world;
    const to = addressesOf(message.to);
    const cc = addressesOf(message.cc);
    const bcc = addressesOf(message.bcc);
    const replyTo = message.replyTo ? addressesOf(message.replyTo)[0] : null;
    const recipients = to.length + cc.length + bcc.length;
    if (recipients === 0) throw new Error(MAIL_ERRORS.noRecipient);
    const body = String(message.body ?? '');
    const htmlBody = message.htmlBody ?? null;
    const attachments = attachmentsOf(message.attachments);
    const attachmentBytes = attachments.reduce((n, a) => n + a.bytes, 0);
    checkMessageSize({ recipients, body, htmlBody, attachmentBytes }, mailState(world).bodyBytes);
    // "Individual addresses count in every mail sent": a mail to 3 people uses 3 of the quota. A mail that does not
    // fit is refused whole.
    if (recipients > this.getRemainingDailyQuota()) throw new Error(MAIL_ERRORS.quotaExceeded);
    const from = world.execution.effectiveUser;
    charge(world, from, recipients);
    mailState(world).sent.push({
      from,
      to,
      cc,
      bcc,
      replyTo,
      name: message.name ?? null,
      noReply: message.noReply === true,
      subject: String(message.subject ?? ''),
      body,
      htmlBody,
      attachments,
      at: world.clock.now(),
      execution: world.execution.id,
    });
  }
}

/** The four call forms as one message object; a string fourth argument means the (to, replyTo, subject, body) form. */
function messageOf(args: [Params] | [string, string, string, (Params | string)?]): Params {
  if (args.length === 1) return args[0];
  const [recipient, second, third, fourth] = args;
  if (typeof fourth === 'string') return { to: recipient, replyTo: second, subject: third, body: fourth };
  return { ...(fourth ?? {}), to: recipient, subject: second, body: third };
}
