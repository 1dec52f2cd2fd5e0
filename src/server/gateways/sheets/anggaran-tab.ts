import {
  bacaBarisAnggaran,
  type BarisTabAnggaran,
  barisIsianAnggaran,
} from '../../domain/data/anggaran/isian-anggaran';
import { rentangKolomIsian } from '../../domain/layout';
import type { Pengaturan } from '../../domain/pengaturan/types';
import { TEMPLAT } from '../../domain/templat';
import { siapkanTabFormulir } from './formulir-tab';
import type { RencanaProteksi } from './proteksi-sekaligus';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The cycle's Anggaran tab written from Pengaturan's programs and pagu when it is new or empty (what units typed is
 * never overwritten), formatted and protected: only the Tim SAKIP changes unit, program and pagu.
 */
export function siapkanTabAnggaran(sheet: Sheet, p: Pengaturan, tulisIsi: boolean, timSakip: readonly string[]) {
  const isi = barisIsianAnggaran(
    TEMPLAT.anggaran,
    p.anggaran,
    p.unitKerja.map((u) => u.kode),
  );
  siapkanTabFormulir(sheet, TEMPLAT.anggaran, isi, {
    tulisIsi,
    daftar: {},
    editorTerkunci: timSakip,
    namaUnit: 'anggaran seluruh unit',
  });
}

/** The Anggaran tab and its rows, read once. */
export interface TabAnggaran {
  sheet: Sheet;
  baris: BarisTabAnggaran[];
}

/** The tab's rows in one read of values and one of formulas; null when the cycle has no Anggaran tab. */
export function bacaTabAnggaran(ss: Spreadsheet): TabAnggaran | null {
  const sheet = ss.getSheetByName(TEMPLAT.anggaran.nama);
  if (!sheet) return null;
  const blok = sheet.getDataRange();
  return { sheet, baris: bacaBarisAnggaran(TEMPLAT.anggaran, blok.getValues(), blok.getFormulas()) };
}

/**
 * Each unit's rows of the Anggaran tab open to its people and the Tim SAKIP only (a range protection over the input
 * columns of the unit's rows, inside the tab's protection that leaves those columns open), as a plan for
 * lindungiSekaligus; null without an Anggaran tab.
 */
export function rencanaAnggaranUnit(
  ss: Spreadsheet,
  penerima: ReadonlyMap<string, readonly string[]>,
  timSakip: readonly string[],
): RencanaProteksi | null {
  const tab = bacaTabAnggaran(ss);
  if (!tab) return null;
  const { sheet, baris } = tab;
  const kelompok = [...penerima].flatMap(([kode, orang]) => {
    const nomor = baris.filter((b) => b.unit.toUpperCase() === kode.toUpperCase()).map((b) => b.rowNumber);
    if (!nomor.length) return [];
    const [awal, akhir] = [Math.min(...nomor), Math.max(...nomor)];
    const rentang = rentangKolomIsian(TEMPLAT.anggaran).map(([c, n]) => sheet.getRange(awal, c, akhir - awal + 1, n));
    return [{ rentang, editors: [...orang, ...timSakip], keterangan: `Isian anggaran ${kode}: unit dan Tim SAKIP` }];
  });
  return { sheet, kelompok };
}
