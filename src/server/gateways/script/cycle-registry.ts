import { parsePeriode } from '../../domain/siklus/periode';

/**
 * Which spreadsheet holds the cycle of which period, kept in the document properties of the spreadsheet the add-in
 * is used from (the office's SAKIP workbook): one property "siklus:<period key>" -> spreadsheet id per cycle.
 */
const AWALAN = 'siklus:';

interface SiklusTerdaftar {
  /** period key, e.g. "2026-TW2" */
  kunci: string;
  spreadsheetId: string;
}

export interface RegistriSiklus {
  cari(kunciPeriode: string): string | null;
  catat(kunciPeriode: string, spreadsheetId: string): void;
  /** every recorded cycle, oldest period first */
  semua(): SiklusTerdaftar[];
  /** the cycle of the latest period before this one, or null (the office's first cycle) */
  sebelum(kunciPeriode: string): SiklusTerdaftar | null;
}

/** Periods in time order: the quarters of a year, then its annual cycle (measured once the year is over). */
function urutanPeriode(kunci: string): number | null {
  const hasil = parsePeriode(kunci);
  if (!hasil.ok) return null;
  return hasil.periode.tahun * 10 + (hasil.periode.triwulan ?? 5);
}

export function daftarSiklus(): RegistriSiklus {
  const props = PropertiesService.getDocumentProperties() ?? PropertiesService.getUserProperties();
  const semua = (): SiklusTerdaftar[] =>
    Object.entries(props.getProperties())
      .filter(([k]) => k.startsWith(AWALAN) && urutanPeriode(k.slice(AWALAN.length)) !== null)
      .map(([k, id]) => ({ kunci: k.slice(AWALAN.length), spreadsheetId: id }))
      .sort((a, b) => (urutanPeriode(a.kunci) as number) - (urutanPeriode(b.kunci) as number));
  return {
    cari: (kunci) => props.getProperty(AWALAN + kunci),
    catat: (kunci, id) => props.setProperty(AWALAN + kunci, id),
    semua,
    sebelum: (kunci) => {
      const batas = urutanPeriode(kunci) ?? -Infinity;
      return (
        semua()
          .filter((s) => (urutanPeriode(s.kunci) as number) < batas)
          .pop() ?? null
      );
    },
  };
}
