/** Which cycles a rebuild read, and what it found wrong in them: named in the tabs, never silently skipped. */
import { barisIsi, tabelBerjudul, teksSel, type BarisLembar } from './lembar';

export interface SiklusDibaca {
  kunci: string;
  /** "Triwulan II Tahun 2026" */
  label: string;
  spreadsheetId: string;
  /** "Dibaca …", or why it could not be read */
  keadaan: string;
}

/** Something in a cycle's Log the monitoring cannot use: a broken seal, a refused step event, an unreadable row. */
export interface MasalahLog {
  siklus: string;
  /** the Log row (1-based, as the sheet numbers it); null when the problem names its own rows */
  baris: number | null;
  masalah: string;
}

export function blokSiklus(siklus: readonly SiklusDibaca[]): BarisLembar[] {
  return tabelBerjudul(
    'SIKLUS YANG DIBACA',
    ['Siklus', 'Spreadsheet', 'Keadaan'],
    siklus.map((s) => barisIsi([teksSel(s.label), teksSel(s.spreadsheetId), teksSel(s.keadaan)])),
  );
}

export function blokMasalahLog(masalah: readonly MasalahLog[]): BarisLembar[] {
  const isi = masalah.map((m) =>
    barisIsi([
      teksSel(m.siklus),
      m.baris === null ? teksSel('') : { v: m.baris, format: '0' },
      teksSel(m.masalah, true),
    ]),
  );
  return tabelBerjudul(
    'MASALAH LOG (baris yang tidak dipakai)',
    ['Siklus', 'Baris Log', 'Masalah'],
    isi.length ? isi : [barisIsi([teksSel('Tidak ada: setiap baris Log siklus yang dibaca bersegel dan runtut.')])],
  );
}
