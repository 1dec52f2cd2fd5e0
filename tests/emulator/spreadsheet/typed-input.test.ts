import { displayValue } from './display';
import { SheetDate } from './model';
import { newWorld } from './test-world';
import { parseInput } from './typed-input';

/**
 * Strings written by a script are parsed like typing, in the spreadsheet locale
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String): the
 * locale decides number and date formats). Decision for the emulator: see typed-input.ts.
 */
describe('strings written into cells', () => {
  it('parses numbers with the locale separators: "12,5" is 12.5 under id_ID and stays text under en_US', () => {
    expect(parseInput('12,5', 'id_ID').value).toBe(12.5);
    expect(parseInput('1.250.000', 'id_ID').value).toBe(1250000);
    expect(parseInput('12.5', 'id_ID').value).toBe('12.5');
    expect(parseInput('12,5', 'en_US').value).toBe('12,5');
    expect(parseInput('1,250.75', 'en_US').value).toBe(1250.75);
    expect(parseInput('-7', 'en_US').value).toBe(-7);
  });

  it('parses percent, booleans, dates in the locale order and ISO dates, and sets the matching format', () => {
    expect(parseInput('85%', 'id_ID')).toEqual({ value: 0.85, numberFormat: '0%' });
    expect(parseInput('true', 'id_ID').value).toBe(true);
    const d = parseInput('12/08/2026', 'id_ID');
    expect((d.value as SheetDate).wallMs).toBe(Date.UTC(2026, 7, 12));
    expect(d.numberFormat).toBe('dd/MM/yyyy');
    expect((parseInput('8/12/2026', 'en_US').value as SheetDate).wallMs).toBe(Date.UTC(2026, 7, 12));
    expect((parseInput('2026-08-12 14:30', 'id_ID').value as SheetDate).wallMs).toBe(Date.UTC(2026, 7, 12, 14, 30));
    expect(parseInput('31/02/2026', 'id_ID').value).toBe('31/02/2026');
  });

  it('keeps formulas, apostrophe text and plain-text cells apart from numbers', () => {
    expect(parseInput('=SUM(A1:A3)', 'id_ID')).toEqual({ formula: '=SUM(A1:A3)', value: '' });
    expect(parseInput("'=not a formula", 'id_ID')).toEqual({ value: '=not a formula' });
    expect(parseInput('123', 'id_ID', '@')).toEqual({ value: '123' });
    expect(parseInput('Capaian 100%', 'id_ID')).toEqual({ value: 'Capaian 100%' });
  });
});

describe('display values', () => {
  it('formats numbers by pattern in the locale', () => {
    expect(displayValue(1234567.891, '#,##0.00', 'id_ID')).toBe('1.234.567,89');
    expect(displayValue(1234567.891, '#,##0.00', 'en_US')).toBe('1,234,567.89');
    expect(displayValue(0.857, '0.0%', 'id_ID')).toBe('85,7%');
    expect(displayValue(12.5, undefined, 'id_ID')).toBe('12,5');
    expect(displayValue(true, undefined, 'id_ID')).toBe('TRUE');
  });

  it('formats dates by pattern with the locale month names; "mm" after hours is minutes', () => {
    const wall = new SheetDate(Date.UTC(2026, 7, 12, 14, 5, 9));
    expect(displayValue(wall, 'd MMMM yyyy', 'id_ID')).toBe('12 Agustus 2026');
    expect(displayValue(wall, 'dddd, dd/mm/yyyy HH:mm', 'id_ID')).toBe('Rabu, 12/08/2026 14:05');
    expect(displayValue(wall, 'h:mm AM/PM', 'en_US')).toBe('2:05 PM');
  });
});

// Spreadsheet time zone: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
// Sheets stores dates as wall-clock times of the spreadsheet's zone.
describe('dates and the spreadsheet time zone', () => {
  it('reads back the instant written and displays it in the spreadsheet zone', () => {
    const { run } = newWorld({ timeZone: 'Asia/Jakarta' });
    const out = run((ss) => {
      const r = ss.getRange('A1').setValue(new Date(Date.UTC(2026, 7, 12, 1, 0, 0)));
      return [(r.getValue() as Date).getTime(), r.getDisplayValue(), r.getNumberFormat()];
    });
    expect(out).toEqual([Date.UTC(2026, 7, 12, 1), '12/08/2026 8:00:00', 'dd/MM/yyyy H:mm:ss']);
  });

  it('keeps the wall-clock time when the spreadsheet zone changes, so the instant moves', () => {
    const { run } = newWorld({ timeZone: 'Asia/Jakarta' });
    const later = run((ss) => {
      ss.getRange('A1').setValue(new Date(Date.UTC(2026, 7, 12, 1, 0, 0)));
      ss.setSpreadsheetTimeZone('Asia/Makassar');
      return ss.getRange('A1').getValue() as Date;
    });
    expect(later.toISOString()).toBe('2026-08-12T00:00:00.000Z');
  });

  it('reads a typed date as midnight in the spreadsheet zone', () => {
    const { run } = newWorld({ timeZone: 'Asia/Jakarta' });
    const d = run((ss) => ss.getRange('A1').setValue('17/08/2026').getValue() as Date);
    expect(d.toISOString()).toBe('2026-08-16T17:00:00.000Z');
  });
});
