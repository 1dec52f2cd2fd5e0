import type { CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';
import type { FakeBlob } from './blob';
import {
  type Account,
  DAILY_QUOTA_ERRORS,
  remainingDailyQuota,
  setDailyQuota,
  setDailyQuotaAccount,
  spendDailyQuota,
} from './daily-quota';
import { checkMessageSize, MAIL_ACCOUNT_LIMITS } from './mail-limits';

/**
 * MailApp: sends email as the user the script runs under, within the daily recipient quota of daily-quota.ts and the
 * per-message limits of mail-limits.ts.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 */

type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

export const MAIL_ERRORS = {
  quotaExceeded: DAILY_QUOTA_ERRORS.emailRecipients,
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

interface MailState {
  /** the world setting: the largest body of one message, in bytes (default: a Google Workspace account) */
  bodyBytes: number;
  readonly sent: SentMail[];
}

function mailState(world: World): MailState {
  return world.store<MailState>('mail', () => ({
    bodyBytes: MAIL_ACCOUNT_LIMITS.workspace.bodyBytes,
    sent: [],
  }));
}

/** Every mail sent in the world, oldest first (test-side API). */
export function sentMails(world: World): readonly SentMail[] {
  return mailState(world).sent;
}

/** Sets the daily recipient quota of every user (a test that needs the quota to run out soon). */
export function setMailQuota(world: World, recipientsPerDay: number): void {
  setDailyQuota(world, 'emailRecipients', recipientsPerDay);
}

/** Makes every user's account a consumer or a Google Workspace one: its daily quotas and its message body limit. */
export function setMailAccount(world: World, account: Account): void {
  mailState(world).bodyBytes = MAIL_ACCOUNT_LIMITS[account].bodyBytes;
  setDailyQuotaAccount(world, account);
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
    return remainingDailyQuota(this.world, 'emailRecipients', user);
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
    checkMessageSize(
      { recipients, body, htmlBody, attachmentBytes, attachmentCount: attachments.length },
      mailState(world).bodyBytes,
    );
    // "Individual addresses count in every mail sent": a mail to 3 people uses 3 of the quota. A mail that does not
    // fit is refused whole.
    const from = world.execution.effectiveUser;
    spendDailyQuota(world, 'emailRecipients', from, recipients);
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
