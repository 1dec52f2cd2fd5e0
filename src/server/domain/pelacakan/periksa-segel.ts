import type { BarisLog } from './baris-log';
import { bentukSegelSah, segelBaris, segelTanpaTempat } from './segel-log';

/** A place where the Log is not as the add-in wrote it, named by sheet row. */
export interface LogTidakUtuh {
  nomor: number;
  /** the row's action and id when the row is there, empty for a row that is gone */
  aksi: string;
  id: string;
  keterangan: string;
}

/** What is wrong at the place, in words: 'baris "unit-disahkan" tanpa segel …', '2 baris Log … hilang'. */
export function uraianTidakUtuh(t: LogTidakUtuh): string {
  return `${t.aksi ? `baris "${t.aksi}" ` : ''}${t.keterangan}`;
}

/** How far past its expected place a row's seal is looked for: as many rows deleted by hand above it. */
const CARI_HILANG = 500;

const kosong = (nomor: number, keterangan: string): LogTidakUtuh => ({ nomor, aksi: '', id: '', keterangan });

/**
 * Reads the seals of a Log row by row, in sheet order. Each row sealed for the place right after the last good row's
 * is intact; a row sealed for a later place is the add-in's own but has rows missing above it (deleted by hand); a row
 * whose seal holds for no place is not the add-in's. An emptied row, and rows missing after the last one (`tercatat`
 * is the last place the add-in recorded writing, 0 when unknown), are reported too. Rows sealed before seals named
 * their place are taken until the first row that names it.
 */
export function pemeriksaSegel(kunci: string, tercatat: number) {
  let tempatTerakhir = 1;
  let bertempat = false;
  const kosongTertunda: number[] = [];
  // rows since the last good one that may hold a place: emptied or changed by hand (or inserted, holding none)
  let tanpaTempat = 0;
  const laporan: LogTidakUtuh[] = [];
  const cariTempat = (b: BarisLog, segel: string): number | null => {
    if (!bentukSegelSah(segel)) return null;
    for (let t = tempatTerakhir + 1; t <= tempatTerakhir + CARI_HILANG; t++) {
      if (segelBaris(kunci, b, t) === segel) return t;
    }
    return null;
  };
  return {
    kosong(nomor: number): void {
      kosongTertunda.push(nomor);
    },
    /** Whether the row at sheet row `nomor` is the add-in's, reporting what is wrong before and at it. */
    sah(nomor: number, b: BarisLog, segel: string): boolean {
      for (const k of kosongTertunda.splice(0)) {
        laporan.push(kosong(k, 'baris kosong di tengah Log (isinya dihapus)'));
        tanpaTempat++;
      }
      if (!bertempat && bentukSegelSah(segel) && segel === segelTanpaTempat(kunci, b)) {
        tempatTerakhir = nomor;
        tanpaTempat = 0;
        return true;
      }
      const tempat = cariTempat(b, segel);
      if (tempat === null) {
        const keterangan = 'tanpa segel add-in yang cocok (diketik, disalin atau diubah tangan), tidak dipakai';
        laporan.push({ nomor, aksi: b.aksi, id: b.id, keterangan });
        tanpaTempat++;
        return false;
      }
      const hilang = tempat - tempatTerakhir - 1 - tanpaTempat;
      tanpaTempat = 0;
      if (hilang > 0) laporan.push(kosong(nomor, `${hilang} baris Log sebelum baris ini hilang (dihapus)`));
      tempatTerakhir = tempat;
      bertempat = true;
      return true;
    },
    /** The last place written as far as this read knows: the next row the add-in writes goes after it. */
    tempat: (): number => Math.max(tercatat, tempatTerakhir + tanpaTempat),
    /** The last place of a row the add-in sealed, or what was recorded when that is further. */
    tempatBersegel: (): number => Math.max(tercatat, tempatTerakhir),
    /** Everything reported, with the rows missing at the end; `barisAkhir` is the Log's last sheet row. */
    laporan(barisAkhir: number): LogTidakUtuh[] {
      const hilang = tercatat - tempatTerakhir - tanpaTempat;
      if (hilang > 0) {
        laporan.push(kosong(barisAkhir + 1, `${hilang} baris terakhir Log yang ditulis add-in hilang (dihapus)`));
      }
      return laporan;
    },
  };
}
