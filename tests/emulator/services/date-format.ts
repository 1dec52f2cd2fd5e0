/**
 * Java SimpleDateFormat, as Utilities.formatDate / parseDate use it: pattern letters, quoting, English names in any
 * IANA zone. Apps Script runs these on the server with an English (US) locale whatever the script or spreadsheet
 * locale is, so month and day names are always English ("August", "Wednesday").
 *
 * Simplifications: zone names (z, zzzz) come from Intl ("GMT+7", "Western Indonesia Time") where Java would say "WIB"
 * / "West Indonesia Time"; offsets (Z, X) are exact. An unknown zone id formats in GMT, as Java's
 * TimeZone.getTimeZone does.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

const DATE_FORMAT_ERRORS = {
  illegalLetter: (c: string) => `Illegal pattern character '${c}'`,
  unterminatedQuote: 'Unterminated quote',
  unparseable: (text: string) => `Unparseable date: "${text}"`,
} as const;

type Token = { letter: string; count: number } | { literal: string };

/** Splits a pattern into letter runs and literal text, as SimpleDateFormat.compile does. */
function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ literal: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i += 1;
      for (;;) {
        if (i >= pattern.length) throw new Error(DATE_FORMAT_ERRORS.unterminatedQuote);
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        text += pattern[i];
        i += 1;
      }
      tokens.push({ literal: text });
    } else if (/[a-zA-Z]/.test(c)) {
      if (!PATTERN_LETTERS.includes(c)) throw new Error(DATE_FORMAT_ERRORS.illegalLetter(c));
      let count = 1;
      while (pattern[i + count] === c) count += 1;
      tokens.push({ letter: c, count });
      i += count;
    } else {
      tokens.push({ literal: c });
      i += 1;
    }
  }
  return tokens;
}

/** A resolved zone: the offset (minutes east of UTC) at any instant, and its display names. */
interface Zone {
  offsetMinutes(ms: number): number;
  name(ms: number, long: boolean): string;
}

const zoneCache = new Map<string, Zone>();

/** Java custom ids: GMT+7, GMT+07:00, GMT-0530. */
const CUSTOM_ID = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;

export function resolveZone(id: string): Zone {
  const cached = zoneCache.get(id);
  if (cached) return cached;
  const zone = customZone(id) ?? intlZone(id) ?? intlZone('UTC')!;
  zoneCache.set(id, zone);
  return zone;
}

function customZone(id: string): Zone | null {
  const m = CUSTOM_ID.exec(id);
  if (!m || Number(m[2]) > 23) return null;
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  const label = `GMT${formatOffset(minutes, 'colon')}`;
  return { offsetMinutes: () => minutes, name: () => label };
}

function intlZone(id: string): Zone | null {
  let parts: Intl.DateTimeFormat;
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null; // RangeError: not an IANA zone
  }
  const names = {
    short: new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'short' }),
    long: new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'long' }),
  };
  return {
    offsetMinutes(ms) {
      const f: Record<string, number> = {};
      for (const p of parts.formatToParts(new Date(ms))) if (p.type !== 'literal') f[p.type] = Number(p.value);
      const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
      return Math.round((wall - (ms - mod(ms, 1000))) / 60000);
    },
    name(ms, long) {
      const fmt = long ? names.long : names.short;
      return fmt.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? id;
    },
  };
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function formatOffset(minutes: number, style: 'basic' | 'colon' | 'hours'): string {
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'hours') return `${sign}${h}`;
  return style === 'colon' ? `${sign}${h}:${m}` : `${sign}${h}${m}`;
}

/** Calendar fields of an instant as seen in a zone. */
interface Fields {
  year: number;
  month: number; // 0-11
  day: number;
  weekday: number; // 0 = Sunday
  dayOfYear: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  offset: number;
}

function fieldsAt(ms: number, zone: Zone): Fields {
  const offset = zone.offsetMinutes(ms);
  const wall = new Date(ms + offset * 60000);
  const year = wall.getUTCFullYear();
  return {
    year,
    month: wall.getUTCMonth(),
    day: wall.getUTCDate(),
    weekday: wall.getUTCDay(),
    dayOfYear: Math.floor((wall.getTime() - Date.UTC(year, 0, 1)) / 86400000) + 1,
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millis: wall.getUTCMilliseconds(),
    offset,
  };
}

/** US week rules (weeks start on Sunday; week 1 holds 1 January), as Java's default GregorianCalendar for en_US. */
function weekOfYear(f: Fields): { week: number; weekYear: number } {
  const jan1Weekday = mod(f.weekday - (f.dayOfYear - 1), 7);
  const daysInYear = new Date(Date.UTC(f.year, 1, 29)).getUTCMonth() === 1 ? 366 : 365;
  const daysLeftInWeek = 6 - f.weekday;
  if (f.dayOfYear + daysLeftInWeek > daysInYear) return { week: 1, weekYear: f.year + 1 };
  return { week: Math.floor((f.dayOfYear - 1 + jan1Weekday) / 7) + 1, weekYear: f.year };
}

function text(full: string, count: number): string {
  return count >= 4 ? full : full.slice(0, 3);
}

function field(letter: string, count: number, f: Fields, ms: number, zone: Zone): string {
  switch (letter) {
    case 'G':
      return 'AD';
    case 'y':
    case 'Y': {
      const year = letter === 'y' ? f.year : weekOfYear(f).weekYear;
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    }
    case 'M':
    case 'L':
      return count >= 3 ? text(MONTHS[f.month], count) : pad(f.month + 1, count);
    case 'w':
      return pad(weekOfYear(f).week, count);
    case 'W':
      return pad(Math.floor((f.day - 1 + mod(f.weekday - (f.day - 1), 7)) / 7) + 1, count);
    case 'D':
      return pad(f.dayOfYear, count);
    case 'd':
      return pad(f.day, count);
    case 'F':
      return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case 'E':
      return text(DAYS[f.weekday], count);
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millis, count);
    case 'z':
      return zone.name(ms, count >= 4);
    case 'Z':
      return formatOffset(f.offset, 'basic');
    default: // 'X'
      if (f.offset === 0) return 'Z';
      return formatOffset(f.offset, count === 1 ? 'hours' : count === 2 ? 'basic' : 'colon');
  }
}

/** Formats an instant like `new SimpleDateFormat(pattern, Locale.US)` with its time zone set to `timeZone`. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const tokens = tokenize(pattern);
  const zone = resolveZone(timeZone);
  const ms = date.getTime();
  const f = fieldsAt(ms, zone);
  return tokens.map((t) => ('literal' in t ? t.literal : field(t.letter, t.count, f, ms, zone))).join('');
}

/**
 * Parses text with a pattern in a zone (numeric fields, month and day names, AM/PM, literals). Fields left out
 * default as in Java: 1 January 1970, midnight.
 */
export function parseDate(input: string, timeZone: string, pattern: string): Date {
  const tokens = tokenize(pattern);
  const wall = { year: 1970, month: 0, day: 1, hour: 0, minute: 0, second: 0, millis: 0 };
  let pm: boolean | null = null;
  let pos = 0;
  const fail = (): never => {
    throw new Error(DATE_FORMAT_ERRORS.unparseable(input));
  };
  const readNumber = (): number => {
    const m = /^[+-]?\d+/.exec(input.slice(pos)) ?? fail();
    pos += m[0].length;
    return Number(m[0]);
  };
  const readName = (names: string[]): number => {
    const rest = input.slice(pos).toLowerCase();
    for (const name of names) {
      for (const candidate of [name, name.slice(0, 3)]) {
        if (rest.startsWith(candidate.toLowerCase())) {
          pos += candidate.length;
          return names.indexOf(name);
        }
      }
    }
    return fail();
  };
  for (const t of tokens) {
    if ('literal' in t) {
      if (!input.startsWith(t.literal, pos)) fail();
      pos += t.literal.length;
      continue;
    }
    switch (t.letter) {
      case 'y': {
        const n = readNumber();
        wall.year = t.count <= 2 && n < 100 ? 2000 + n : n;
        break;
      }
      case 'M':
      case 'L':
        wall.month = t.count >= 3 ? readName(MONTHS) : readNumber() - 1;
        break;
      case 'd':
        wall.day = readNumber();
        break;
      case 'E':
        readName(DAYS);
        break;
      case 'H':
      case 'k':
        wall.hour = readNumber() % 24;
        break;
      case 'h':
      case 'K':
        wall.hour = readNumber() % 12;
        break;
      case 'a':
        pm = readName(['AM', 'PM']) === 1;
        break;
      case 'm':
        wall.minute = readNumber();
        break;
      case 's':
        wall.second = readNumber();
        break;
      case 'S':
        wall.millis = readNumber();
        break;
      default:
        throw new Error(`parseDate: pattern letter '${t.letter}' is not supported by the emulator`);
    }
  }
  if (pm) wall.hour += 12;
  const local = Date.UTC(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second, wall.millis);
  return new Date(wallToInstant(local, resolveZone(timeZone)));
}

/** The instant whose wall-clock time in `zone` is `local` (UTC-coded); two passes settle DST edges. */
export function wallToInstant(local: number, zone: Zone): number {
  let ms = local - zone.offsetMinutes(local) * 60000;
  ms = local - zone.offsetMinutes(ms) * 60000;
  return ms;
}
