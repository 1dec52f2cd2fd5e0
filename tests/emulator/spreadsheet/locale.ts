/**
 * What a spreadsheet locale ("id_ID", "en_US") means for typed input and display: separators, date order, month and
 * day names. Derived from Intl so any locale Sheets offers works.
 */
export interface LocaleInfo {
  decimal: string;
  group: string;
  /** order of day / month / year in a short date, e.g. ['day','month','year'] for id_ID */
  dateOrder: ('day' | 'month' | 'year')[];
  monthsLong: string[];
  monthsShort: string[];
  daysLong: string[];
  daysShort: string[];
}

const cache = new Map<string, LocaleInfo>();

function names(tag: string, key: 'month' | 'weekday', style: 'long' | 'short', count: number, at: (i: number) => Date) {
  const f = new Intl.DateTimeFormat(tag, { [key]: style, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => f.format(at(i)).replace(/\.$/, ''));
}

export function localeInfo(locale: string): LocaleInfo {
  const known = cache.get(locale);
  if (known) return known;
  const tag = locale.replace('_', '-');
  const numberParts = new Intl.NumberFormat(tag).formatToParts(12345.6);
  const dateParts = new Intl.DateTimeFormat(tag, { timeZone: 'UTC' }).formatToParts(Date.UTC(2006, 10, 22));
  const info: LocaleInfo = {
    decimal: numberParts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: numberParts.find((p) => p.type === 'group')?.value ?? ',',
    dateOrder: dateParts
      .map((p) => p.type)
      .filter((t): t is 'day' | 'month' | 'year' => t === 'day' || t === 'month' || t === 'year'),
    monthsLong: names(tag, 'month', 'long', 12, (i) => new Date(Date.UTC(2006, i, 1))),
    monthsShort: names(tag, 'month', 'short', 12, (i) => new Date(Date.UTC(2006, i, 1))),
    // 2006-01-01 was a Sunday
    daysLong: names(tag, 'weekday', 'long', 7, (i) => new Date(Date.UTC(2006, 0, 1 + i))),
    daysShort: names(tag, 'weekday', 'short', 7, (i) => new Date(Date.UTC(2006, 0, 1 + i))),
  };
  cache.set(locale, info);
  return info;
}
