/**
 * Text that a spreadsheet would take as a formula when written as a value: starting with = + - @ or a tab / carriage
 * return (OWASP, CSV/formula injection: https://owasp.org/www-community/attacks/CSV_Injection).
 */
const AWAL_FORMULA = /^[=+\-@\t\r]/;

export function tampakSepertiFormula(teks: string): boolean {
  return AWAL_FORMULA.test(teks);
}

/**
 * Makes user text safe to copy into a sheet: a leading apostrophe, as a person would type in Sheets to force text;
 * Sheets keeps the apostrophe out of the displayed value. Other text is returned unchanged.
 */
export function neutralkanFormula(teks: string): string {
  return tampakSepertiFormula(teks) ? `'${teks}` : teks;
}
