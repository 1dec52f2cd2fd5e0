import { localeInfo } from './locale';
import { SheetDate, type CellValue } from './model';

/**
 * What a string becomes in a cell, whether a person types it or a script writes it with setValue/setValues: Sheets
 * parses script-written strings the way it parses typing (setValue("123") stores the number 123, "00123" loses its
 * zeros, "TRUE" becomes a boolean), in the spreadsheet's locale. Under id_ID "12,5" is the number 12.5 and "1.000" is
 * 1000, while "12.5" stays text; under en_US it is the reverse. A leading apostrophe (not stored) or the plain-text
 * format "@" keeps the text as it is. Scripts that must store text verbatim should set "@" or prefix "'".
 *
 * Recognised: formulas (leading "="), booleans, numbers with the locale's separators (grouping only in threes), percent,
 * dates in the locale's order (d/m/yyyy for id_ID, m/d/yyyy for en_US) or ISO yyyy-mm-dd, each with an optional time,
 * and bare times. Currency and month-name dates are not parsed (they stay text).
 */
export interface ParsedInput {
  value?: CellValue;
  formula?: string;
  /** the number format Sheets applies to what was recognised (percent, date) */
  numberFormat?: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseNumber(text: string, locale: string): { n: number; percent: boolean; decimals: boolean } | null {
  const { decimal, group } = localeInfo(locale);
  const g = escape(group === '\u00a0' ? ' ' : group);
  const d = escape(decimal);
  const re = new RegExp(`^([-+]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([-+]?\\d+))?(%?)$`);
  const m = re.exec(text.replace(/\u00a0/g, ' '));
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const digits = (m[2] ?? '0').split(group === '\u00a0' ? ' ' : group).join('');
  let n = Number(`${m[1]}${digits}.${m[3] ?? '0'}e${m[4] ?? '0'}`);
  if (m[5]) n /= 100;
  return Number.isFinite(n) ? { n, percent: !!m[5], decimals: m[3] !== undefined } : null;
}

function parseTime(text: string): { ms: number; seconds: boolean } | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return null;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  return { ms: ((h * 60 + min) * 60 + s) * 1000, seconds: m[3] !== undefined };
}

function parseDate(text: string, locale: string): ParsedInput | null {
  const [datePart, timePart, extra] = text.split(/\s+/);
  if (extra !== undefined || !datePart) return null;
  const time = timePart === undefined ? { ms: 0, seconds: false } : parseTime(timePart);
  if (!time) return null;
  let y: number, mo: number, d: number, format: string;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datePart);
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    format = 'yyyy-MM-dd';
  } else {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(datePart);
    if (!m) return null;
    const dayFirst = localeInfo(locale).dateOrder[0] === 'day';
    [d, mo] = dayFirst ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    y = Number(m[3]);
    format = dayFirst ? 'dd/MM/yyyy' : 'M/d/yyyy';
  }
  const wall = Date.UTC(y, mo - 1, d);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  if (timePart !== undefined) format += time.seconds ? ' H:mm:ss' : ' H:mm';
  return { value: new SheetDate(wall + time.ms), numberFormat: format };
}

/** The cell content for a string, as Sheets stores it. `cellFormat` is the cell's current number format. */
export function parseInput(text: string, locale: string, cellFormat?: string): ParsedInput {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith('=')) return { formula: text, value: '' };
  if (cellFormat === '@') return { value: text };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const num = parseNumber(trimmed, locale);
  if (num) return num.percent ? { value: num.n, numberFormat: num.decimals ? '0.00%' : '0%' } : { value: num.n };
  const date = parseDate(trimmed, locale);
  if (date) return date;
  const time = parseTime(trimmed);
  if (time) return { value: new SheetDate(Date.UTC(1899, 11, 30) + time.ms), numberFormat: 'H:mm:ss' };
  return { value: text };
}
