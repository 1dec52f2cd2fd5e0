import { hurufKolom } from '../../domain/layout';
import { pastikanBaris } from './sheet-size';
import { type Pengaturan } from '../../domain/pengaturan/types';
import { bacaPengaturan, type HasilBacaPengaturan } from '../../domain/pengaturan/baca-pengaturan';
import { JUDUL_BLOK, pengaturanKeBaris } from '../../domain/pengaturan/blok-pengaturan';
import { bungkusPengaturan } from '../../domain/pengaturan/bungkus-sel';
import type { SopTemplate } from '../../domain/sop/types';
import { aturLebarKolom } from './tata-letak-sekaligus';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TAB_PENGATURAN = 'Pengaturan';
/** Pixels per column, A to K (the widest block, PERJANJIAN KINERJA, has 11 columns). */
const LEBAR_KOLOM = [220, 280, 300, 160, 200, 230, 150, 170, 100, 100, 120];
const WARNA_JUDUL_BLOK = '#1f4e78';
const WARNA_KEPALA_BLOK = '#d9e2f3';

/**
 * Writes the settings into an empty Pengaturan tab in one batch. The cells are plain text ("@") first, so that what the
 * SAKIP team later types stays as typed ("061.1", "07:30", "2026-08-17") instead of becoming numbers or dates.
 */
export function tulisTabPengaturan(sheet: Sheet, p: Pengaturan, sop: SopTemplate): void {
  const rows = pengaturanKeBaris(p, sop);
  pastikanBaris(sheet, rows.length);
  const orang = rows.findIndex((r) => r[0] === JUDUL_BLOK.orang) + 1;
  const kolomSakip = rows[orang].indexOf('Tim SAKIP') + 1;
  const blok = sheet.getRange(1, 1, rows.length, rows[0].length).setNumberFormat('@');
  // a checkbox rule, not insertCheckboxes, which would reset the cells to false; a checkbox is no text
  if (p.orang.length) {
    const kotak = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    sheet
      .getRange(orang + 2, kolomSakip, p.orang.length, 1)
      .setDataValidation(kotak)
      .setNumberFormat('General');
  }
  // the values last: a run that stops earlier leaves the tab empty, and the re-run writes it whole
  blok.setValues(rows);
}

/**
 * Block titles and header rows in bold colours, column widths, and long text wrapped where it has no room in its block
 * (top-aligned, so a wrapped row reads from its first line): safe to apply again to the tab as written.
 */
export function rapikanTabPengaturan(sheet: Sheet, p: Pengaturan, sop: SopTemplate): void {
  const rows = pengaturanKeBaris(p, sop);
  const lebar = rows[0].length;
  const judul: string[] = Object.values(JUDUL_BLOK);
  sheet
    .getRange(1, 1, rows.length, lebar)
    .setWraps(bungkusPengaturan(rows, LEBAR_KOLOM, judul))
    .setVerticalAlignment('top');
  const barisJudul = rows.flatMap((r, i) => (judul.includes(String(r[0])) ? [i + 1] : []));
  sheet
    .getRangeList(barisJudul.map((b) => `A${b}`))
    .setFontWeight('bold')
    .setFontColor('#ffffff')
    .setBackground(WARNA_JUDUL_BLOK);
  sheet
    .getRangeList(barisJudul.map((b) => `A${b + 1}:${hurufKolom(lebar)}${b + 1}`))
    .setFontWeight('bold')
    .setBackground(WARNA_KEPALA_BLOK);
  aturLebarKolom(sheet, LEBAR_KOLOM.slice(0, lebar));
}

export function bacaTabPengaturan(sheet: Sheet): HasilBacaPengaturan {
  return bacaPengaturan(sheet.getDataRange().getValues(), sheet.getName());
}

/** Whether the tab holds nothing yet (a run stopped between creating it and writing it). */
export function tabKosong(sheet: Sheet): boolean {
  return sheet.getLastRow() === 0;
}

/** The settings of a cycle spreadsheet; throws one error listing every problem, each naming row and column. */
export function bacaPengaturanSiklus(ss: Spreadsheet): Pengaturan {
  const sheet = ss.getSheetByName(TAB_PENGATURAN);
  if (!sheet) throw new Error(`Spreadsheet "${ss.getName()}" tidak punya tab "${TAB_PENGATURAN}".`);
  const hasil = bacaTabPengaturan(sheet);
  if (!hasil.ok) throw new Error(hasil.galat.map((g) => g.pesan).join('\n'));
  return hasil.pengaturan;
}
