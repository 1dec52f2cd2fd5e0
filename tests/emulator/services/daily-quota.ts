import type { World } from '../core/world';

/**
 * The per-user daily quotas of "Quotas for Google Services"
 * (https://developers.google.com/apps-script/guides/services/quotas, "Current quotas"): "Quotas are per user and reset
 * 24 hours after the first request". Only the features the add-in uses are kept.
 */
export type Account = 'consumer' | 'workspace';
export type DailyFeature = 'emailRecipients' | 'documentsCreated' | 'spreadsheetsCreated' | 'calendarEventsCreated';

export const DAILY_QUOTAS: Readonly<Record<Account, Readonly<Record<DailyFeature, number>>>> = {
  consumer: { emailRecipients: 100, documentsCreated: 250, spreadsheetsCreated: 250, calendarEventsCreated: 5_000 },
  workspace: {
    emailRecipients: 1_500,
    documentsCreated: 1_500,
    spreadsheetsCreated: 3_200,
    calendarEventsCreated: 10_000,
  },
};

/**
 * What a call over its daily quota throws. Not on Google's pages; as live scripts log them: "email." (Google groups
 * adwords-scripts, Stack Overflow 21444588), "docs create." (a QR-code batch's write-up quoting
 * "Exception: Service invoked too many times for one day: docs create."), "calendar." and "spreadsheets." (scripts'
 * quota classifiers and logs on GitHub quoting the English text). Whether creating a spreadsheet reports "spreadsheets"
 * or a "spreadsheets create" variant was not found; the generic service text is used.
 */
export const DAILY_QUOTA_ERRORS: Readonly<Record<DailyFeature, string>> = {
  emailRecipients: 'Service invoked too many times for one day: email.',
  documentsCreated: 'Service invoked too many times for one day: docs create.',
  spreadsheetsCreated: 'Service invoked too many times for one day: spreadsheets.',
  calendarEventsCreated: 'Service invoked too many times for one day: calendar.',
};

const QUOTA_WINDOW_MS = 24 * 3600000;

interface QuotaWindow {
  /** when the first request of the current 24-hour window happened */
  start: number;
  used: number;
}

interface QuotaState {
  /** the world setting: every user's quota per feature (default: a Google Workspace account) */
  limits: Record<DailyFeature, number>;
  /** per feature, per user */
  readonly windows: Map<string, QuotaWindow>;
}

function quotaState(world: World): QuotaState {
  return world.store<QuotaState>('daily-quota', () => ({ limits: { ...DAILY_QUOTAS.workspace }, windows: new Map() }));
}

const keyOf = (feature: DailyFeature, user: string) => `${feature} ${user}`;

/** What `user` has used of `feature` in the current window (a window older than 24 hours no longer counts). */
function usedBy(world: World, feature: DailyFeature, user: string): number {
  const window = quotaState(world).windows.get(keyOf(feature, user));
  return window && world.clock.now() < window.start + QUOTA_WINDOW_MS ? window.used : 0;
}

/** Makes every user's account a consumer or a Google Workspace one, for every daily quota. */
export function setDailyQuotaAccount(world: World, account: Account): void {
  quotaState(world).limits = { ...DAILY_QUOTAS[account] };
}

/** Sets one feature's daily quota for every user (a test that needs it to run out soon). */
export function setDailyQuota(world: World, feature: DailyFeature, perDay: number): void {
  quotaState(world).limits[feature] = perDay;
}

export function remainingDailyQuota(world: World, feature: DailyFeature, user: string): number {
  return Math.max(0, quotaState(world).limits[feature] - usedBy(world, feature, user));
}

/** Spends `amount` of `user`'s quota, or throws the live text and spends nothing when it does not fit whole. */
export function spendDailyQuota(world: World, feature: DailyFeature, user: string, amount = 1): void {
  if (amount > remainingDailyQuota(world, feature, user)) throw new Error(DAILY_QUOTA_ERRORS[feature]);
  const windows = quotaState(world).windows;
  const used = usedBy(world, feature, user);
  if (used === 0) windows.set(keyOf(feature, user), { start: world.clock.now(), used: amount });
  else windows.get(keyOf(feature, user))!.used = used + amount;
}
