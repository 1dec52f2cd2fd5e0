/**
 * Which spreadsheet holds the cycle of which period, kept in the document properties of the spreadsheet the add-in
 * is used from (the office's SAKIP workbook).
 */
const AWALAN = 'siklus:';

export interface RegistriSiklus {
  cari(kunciPeriode: string): string | null;
  catat(kunciPeriode: string, spreadsheetId: string): void;
}

export function daftarSiklus(): RegistriSiklus {
  const props = PropertiesService.getDocumentProperties() ?? PropertiesService.getUserProperties();
  return {
    cari: (kunci) => props.getProperty(AWALAN + kunci),
    catat: (kunci, id) => props.setProperty(AWALAN + kunci, id),
  };
}
