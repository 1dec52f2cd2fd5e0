/**
 * A Sheets cell holds at most 50,000 characters; a longer write is refused with "Your input contains more than the
 * maximum of 50000 characters in a single cell." (https://support.google.com/drive/answer/37603).
 */
export const BATAS_SEL = 50_000;

/** `teks` within `maks` characters, the cut marked with "…"; shorter text unchanged. */
export function potongTeks(teks: string, maks: number = BATAS_SEL): string {
  return teks.length <= maks ? teks : `${teks.slice(0, maks - 1)}…`;
}

/** A value quoted in a message: in double quotes, cut to `maks` characters so the reason after it is still read. */
export function kutipPendek(teks: string, maks = 60): string {
  return `"${potongTeks(teks, maks)}"`;
}
