import { localeInfo, type LocaleInfo } from './locale';
import { SheetDate, type CellValue } from './model';
import { serialToWall, wallToSerial } from './time-zone';

/**
 * Display text of a cell (getDisplayValues): the value through its number format, in the spreadsheet locale.
 * Supported formats: date/time patterns (d dd ddd dddd, M MM MMM MMMM, yy yyyy, H HH h hh, m mm, s ss, AM/PM; "m"
 * means minutes after an hour or before seconds, as in Sheets), number patterns (0, #, grouping ",", decimals ".",
 * percent "%", quoted literals, positive;negative sections) and "@". Without a format numbers show up to 10
 * significant digits without grouping, and dates as the locale's date and time.
 */

export const DEFAULT_NUMBER_FORMAT = '0.###############';

export function defaultDateTimeFormat(locale: string): string {
  return localeInfo(locale).dateOrder[0] === 'day' ? 'dd/MM/yyyy H:mm:ss' : 'M/d/yyyy H:mm:ss';
}

type Part = { token: string } | { literal: string };

function splitPattern(pattern: string, tokenRe: RegExp): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end;
      parts.push({ literal: pattern.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      parts.push({ literal: pattern[i + 1] ?? '' });
      i += 2;
    } else {
      tokenRe.lastIndex = i;
      const m = tokenRe.exec(pattern);
      if (m && m.index === i) {
        parts.push({ token: m[0] });
        i += m[0].length;
      } else {
        parts.push({ literal: ch });
        i += 1;
      }
    }
  }
  return parts;
}

const DATE_TOKENS = /AM\/PM|am\/pm|y+|M+|d+|H+|h+|m+|s+/gy;

function isDatePattern(pattern: string): boolean {
  const unquoted = pattern.replace(/"[^"]*"/g, '');
  return /[yMdHhs]/.test(unquoted) || (/m/.test(unquoted) && !/[0#]/.test(unquoted));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(wallMs: number, pattern: string, info: LocaleInfo): string {
  const d = new Date(wallMs);
  const parts = splitPattern(pattern, DATE_TOKENS);
  const tokens = parts.map((p) => ('token' in p ? p.token : null));
  const hasAmPm = tokens.some((t) => t === 'AM/PM' || t === 'am/pm');
  const h24 = d.getUTCHours();
  return parts
    .map((p, i) => {
      if ('literal' in p) return p.literal;
      const t = p.token;
      const n = t.length;
      switch (t[0]) {
        case 'y':
          return n <= 2 ? pad(d.getUTCFullYear() % 100, 2) : String(d.getUTCFullYear());
        case 'M':
          if (n >= 4) return info.monthsLong[d.getUTCMonth()];
          if (n === 3) return info.monthsShort[d.getUTCMonth()];
          return pad(d.getUTCMonth() + 1, n);
        case 'd':
          if (n >= 4) return info.daysLong[d.getUTCDay()];
          if (n === 3) return info.daysShort[d.getUTCDay()];
          return pad(d.getUTCDate(), n);
        case 'H':
          return pad(h24, n);
        case 'h':
          return pad(hasAmPm ? h24 % 12 || 12 : h24, n);
        case 'm': {
          const prev = tokens
            .slice(0, i)
            .reverse()
            .find((x) => x !== null);
          const next = tokens.slice(i + 1).find((x) => x !== null);
          const minutes = /^[Hh]/.test(prev ?? '') || /^s/.test(next ?? '');
          return minutes ? pad(d.getUTCMinutes(), n) : pad(d.getUTCMonth() + 1, n);
        }
        case 's':
          return pad(d.getUTCSeconds(), n);
        default:
          return h24 < 12 ? (t === 'am/pm' ? 'am' : 'AM') : t === 'am/pm' ? 'pm' : 'PM';
      }
    })
    .join('');
}

function withSeparators(intDigits: string, fraction: string, grouping: boolean, info: LocaleInfo): string {
  const grouped = grouping ? intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, info.group) : intDigits;
  return fraction ? `${grouped}${info.decimal}${fraction}` : grouped;
}

function formatNumber(n: number, pattern: string, info: LocaleInfo): string {
  const sections = pattern.split(';');
  const section =
    n < 0 && sections[1] !== undefined ? sections[1] : n === 0 && sections[2] !== undefined ? sections[2] : sections[0];
  const abs = n < 0 && sections[1] !== undefined ? -n : n;
  const parts = splitPattern(section, /[0#?,.]+/gy);
  const numberPart = parts.find((p): p is { token: string } => 'token' in p && /[0#?]/.test(p.token));
  const scaled = section.replace(/"[^"]*"/g, '').includes('%') ? abs * 100 : abs;
  if (!numberPart) return parts.map((p) => ('literal' in p ? p.literal : p.token)).join('');
  const [intPat, fracPat = ''] = numberPart.token.split('.');
  const maxFrac = (fracPat.match(/[0#?]/g) ?? []).length;
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const minInt = (intPat.match(/0/g) ?? []).length;
  let [intDigits, fraction = ''] = Math.abs(scaled).toFixed(maxFrac).split('.');
  fraction = fraction.replace(/0+$/, '').padEnd(minFrac, '0');
  if (intDigits === '0' && minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(minInt, '0');
  const sign = scaled < 0 ? '-' : '';
  const text = sign + withSeparators(intDigits, fraction, intPat.includes(','), info);
  return parts.map((p) => (p === numberPart ? text : 'literal' in p ? p.literal : '')).join('');
}

function formatGeneral(n: number, info: LocaleInfo): string {
  const text = Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
  return text.replace('.', info.decimal);
}

export function displayValue(value: CellValue | undefined, numberFormat: string | undefined, locale: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const info = localeInfo(locale);
  const pattern = numberFormat && numberFormat !== DEFAULT_NUMBER_FORMAT && numberFormat !== '@' ? numberFormat : null;
  if (value instanceof SheetDate) {
    if (pattern && !isDatePattern(pattern)) return formatNumber(wallToSerial(value.wallMs), pattern, info);
    return formatDate(value.wallMs, pattern ?? defaultDateTimeFormat(locale), info);
  }
  if (!pattern) return formatGeneral(value, info);
  return isDatePattern(pattern) ? formatDate(serialToWall(value), pattern, info) : formatNumber(value, pattern, info);
}
