import { type TataLetakTab, petaJudul } from '../../layout';
import type { BarisUnit } from './status-validasi';
import type { JudulKolom } from '../temuan/types';

/** The fields of the Kabid's validation columns in the form layout (sheets-templates/tab-formulir.json). */
export const KOLOM_VALIDASI = { status: 'validasi', catatan: 'catatanKabid', sidik: 'sidikValidasi' } as const;
const BUKAN_ISIAN: ReadonlySet<string> = new Set(Object.values(KOLOM_VALIDASI));

/** The columns a unit types into: neither computed by the add-in nor the Kabid's. */
export function kolomIsianUnit(tataLetak: TataLetakTab): TataLetakTab['kolom'] {
  return tataLetak.kolom.filter((k) => !k.terkunci && !BUKAN_ISIAN.has(k.isi));
}

/** Header text per field, as validasiFormulir takes it (judulKolom). */
export function judulKolomFormulir(tataLetak: TataLetakTab): JudulKolom {
  return Object.fromEntries(tataLetak.kolom.map((k) => [k.isi, k.judul]));
}

export interface IsiFormulirUnit {
  rows: BarisUnit[];
  /** 1-based sheet column of each field, as found by header name */
  kolom: Map<string, number>;
}

/**
 * A unit's form tab read by header name (getDataRange().getValues(), header row first): the unit's cells of each row
 * and its validation cells. Refuses a form whose headers were changed, naming the missing ones.
 */
export function bacaIsiFormulir(
  tataLetak: TataLetakTab,
  values: readonly (readonly unknown[])[],
  kode: string,
  tab: string,
): IsiFormulirUnit {
  const posisi = petaJudul({ ...tataLetak, nama: tab }, values[0] ?? []);
  const kolom = new Map(tataLetak.kolom.map((k) => [k.isi, (posisi.get(k.judul) as number) + 1]));
  const isian = kolomIsianUnit(tataLetak);
  const sel = (row: readonly unknown[], isi: string) => row[(kolom.get(isi) as number) - 1];
  const rows = values.slice(1).map((row, i) => ({
    baris: {
      unit: kode,
      tab,
      rowNumber: i + 2,
      cells: Object.fromEntries(isian.map((k) => [k.isi, sel(row, k.isi)])),
    },
    status: sel(row, KOLOM_VALIDASI.status),
    catatan: sel(row, KOLOM_VALIDASI.catatan),
    sidik: sel(row, KOLOM_VALIDASI.sidik),
  }));
  return { rows, kolom };
}
