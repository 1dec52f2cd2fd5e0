/**
 * The last Log place (sheet row, domain/pelacakan/segel-log.ts) the add-in wrote in each cycle, kept in the script
 * properties where the people using the add-in cannot change it: rows deleted at the end of a Log are noticed by it.
 * Recorded after the rows are written, so a run that stops in between leaves it behind, never ahead (which the reader
 * takes as nothing missing). One property of a few bytes per cycle spreadsheet, far inside the 500 kB store
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
 */
export const AWALAN_TEMPAT_LOG = 'pengukuran-kinerja.tempat-log.';

/** 0 when nothing is recorded (a cycle whose Log was last written before places were recorded). */
export function tempatLogTercatat(spreadsheetId: string): number {
  const n = Number(PropertiesService.getScriptProperties().getProperty(AWALAN_TEMPAT_LOG + spreadsheetId));
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function catatTempatLog(spreadsheetId: string, tempat: number): void {
  PropertiesService.getScriptProperties().setProperty(AWALAN_TEMPAT_LOG + spreadsheetId, String(tempat));
}
