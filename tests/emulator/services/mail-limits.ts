import { type Account, DAILY_QUOTAS } from './daily-quota';

/**
 * What one message and one account may send, from "Quotas for Google Services"
 * (https://developers.google.com/apps-script/guides/services/quotas): email recipients per day (Current quotas) and,
 * per message, 50 recipients, a body of 200 KB (consumer) or 400 KB (Google Workspace), 250 attachments and 25 MB of
 * attachments in all (Current limitations).
 */
export const MAIL_ACCOUNT_LIMITS: Readonly<Record<Account, { recipientsPerDay: number; bodyBytes: number }>> = {
  consumer: { recipientsPerDay: DAILY_QUOTAS.consumer.emailRecipients, bodyBytes: 200 * 1024 },
  workspace: { recipientsPerDay: DAILY_QUOTAS.workspace.emailRecipients, bodyBytes: 400 * 1024 },
};

export const RECIPIENTS_PER_MESSAGE = 50;
export const ATTACHMENT_BYTES_PER_MESSAGE = 25 * 1024 * 1024;
export const ATTACHMENTS_PER_MESSAGE = 250;

/**
 * The texts Apps Script throws, as collected from live scripts' logs in the NORMALIZED_ERRORS list of
 * https://github.com/RomainVialard/ErrorHandler (LIMIT_EXCEEDED_MAX_RECIPIENTS_PER_MESSAGE, ..._EMAIL_BODY_SIZE,
 * ..._EMAIL_TOTAL_ATTACHMENTS_SIZE).
 */
export const MESSAGE_LIMIT_ERRORS = {
  recipients: 'Limit Exceeded: Email Recipients Per Message.',
  bodySize: 'Limit Exceeded: Email Body Size.',
  attachmentsSize: 'Limit Exceeded: Email Total Attachments Size.',
  /** the example the quotas page itself gives under "Exception messages" */
  attachmentsCount: 'Limit exceeded: Email Attachments Per Message.',
} as const;

export interface MessageSize {
  /** to, cc and bcc together */
  recipients: number;
  body: string;
  htmlBody: string | null;
  attachmentBytes: number;
  attachmentCount: number;
}

/**
 * Refuses a message over a per-message limit. The body counted is what goes out: the plain body and the HTML body
 * together, in UTF-8 bytes (the quotas page does not say which part it measures; the emulator counts both).
 */
export function checkMessageSize(message: MessageSize, bodyBytesAllowed: number): void {
  if (message.recipients > RECIPIENTS_PER_MESSAGE) throw new Error(MESSAGE_LIMIT_ERRORS.recipients);
  const bodyBytes = Buffer.byteLength(message.body, 'utf8') + Buffer.byteLength(message.htmlBody ?? '', 'utf8');
  if (bodyBytes > bodyBytesAllowed) throw new Error(MESSAGE_LIMIT_ERRORS.bodySize);
  if (message.attachmentCount > ATTACHMENTS_PER_MESSAGE) throw new Error(MESSAGE_LIMIT_ERRORS.attachmentsCount);
  if (message.attachmentBytes > ATTACHMENT_BYTES_PER_MESSAGE) throw new Error(MESSAGE_LIMIT_ERRORS.attachmentsSize);
}
