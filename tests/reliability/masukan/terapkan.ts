/**
 * Puts a case's input into the cycle: typing through the Sheets UI as a person (refused where Sheets refuses it, the
 * edit trigger fired), and structural changes by the spreadsheet's owner. A column deleted, inserted or moved is
 * rewritten as the values it leaves behind (the emulator has no column moves); the add-in reads forms by header name,
 * so what it sees is the same.
 */
import { userEdit } from '../../emulator/spreadsheet/user-edit';
import { parseA1 } from '../../emulator/spreadsheet/a1';
import { ORANG } from '../../harness/kantor';
import type { Siklus } from '../../integration/validasi-siklus';
import { wujud, type Ketik, type Nilai, type Ubah } from './kasus';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

function pengetik(k: Ketik): string {
  const unit = /^Form (.+)$/.exec(k.tab)?.[1];
  const oleh = k.oleh ?? (unit ? 'staf' : 'sekTim');
  if (oleh === 'sekTim') return ORANG.sekTim;
  if (!unit) throw new Error(`Kasus: ${oleh} hanya mengetik di tab Form, bukan "${k.tab}".`);
  return ORANG[oleh][unit];
}

/** Types every entry of `ketik` as its person. */
export function ketikSemua(s: Siklus, ketik: readonly Ketik[]): void {
  for (const k of ketik) {
    const nilai = Array.isArray(k.nilai) ? k.nilai.map((r) => r.map(wujud)) : wujud(k.nilai as Nilai);
    const { row, col } = parseA1(k.sel, 1000, 100);
    const tinggi = Array.isArray(nilai) ? nilai.length : 1;
    const lebar = Array.isArray(nilai) ? nilai[0].length : 1;
    const a1 = tinggi * lebar > 1 ? keA1(row, col, tinggi, lebar) : k.sel;
    userEdit(s.world, s.id, k.tab, a1, nilai, pengetik(k));
  }
}

function huruf(col: number): string {
  let h = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) h = String.fromCharCode(65 + ((c - 1) % 26)) + h;
  return h;
}

function keA1(row: number, col: number, tinggi: number, lebar: number): string {
  return `${huruf(col)}${row}:${huruf(col + lebar - 1)}${row + tinggi - 1}`;
}

/** The tab's values rewritten by `ubah` (a row or column operation on the grid), blanks padding where cells left. */
function tulisUlang(sheet: Sheet, ubah: (nilai: unknown[][]) => unknown[][]): void {
  const range = sheet.getDataRange();
  const lama = range.getValues();
  const baru = ubah(lama.map((r) => [...r]));
  const tinggi = Math.max(lama.length, baru.length);
  const lebar = Math.max(lama[0].length, ...baru.map((r) => r.length));
  const penuh = Array.from({ length: tinggi }, (_, i) => Array.from({ length: lebar }, (_, j) => baru[i]?.[j] ?? ''));
  sheet.getRange(1, 1, tinggi, lebar).setValues(penuh);
}

const kolomBerjudul = (sheet: Sheet, judul: string): number => {
  const j = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf(judul);
  if (j < 0) throw new Error(`Kasus: tab "${sheet.getName()}" tidak punya kolom "${judul}".`);
  return j;
};

function ubahKolom(sheet: Sheet, u: Ubah): void {
  if (u.op === 'hapusKolom') {
    const j = kolomBerjudul(sheet, u.judul);
    tulisUlang(sheet, (v) => v.map((r) => [...r.slice(0, j), ...r.slice(j + 1), '']));
  } else if (u.op === 'tukarKolom') {
    const [a, b] = u.judul.map((j) => kolomBerjudul(sheet, j));
    tulisUlang(sheet, (v) => v.map((r) => r.map((x, i) => (i === a ? r[b] : i === b ? r[a] : x))));
  } else if (u.op === 'sisipKolom') {
    const j = kolomBerjudul(sheet, u.sebelum);
    tulisUlang(sheet, (v) => v.map((r, i) => [...r.slice(0, j), i === 0 ? u.judul : '', ...r.slice(j)]));
  }
}

function ubahBaris(sheet: Sheet, u: Ubah): void {
  if (u.op === 'sisipBaris') {
    const lebar = sheet.getLastColumn();
    tulisUlang(sheet, (v) => {
      v.splice(u.sebelum - 1, 0, [u.isi ?? '', ...Array(lebar - 1).fill('')]);
      return v;
    });
  } else if (u.op === 'tukarBaris') {
    const [a, b] = u.baris.map((n) => n - 1);
    tulisUlang(sheet, (v) => v.map((r, i) => (i === a ? v[b] : i === b ? v[a] : r)));
  } else if (u.op === 'hapusBaris') {
    sheet.deleteRow(u.baris);
  }
}

function ubahTab(ss: Ss, u: Ubah): void {
  const sheet = ss.getSheetByName(u.tab);
  if (u.op === 'tabBaru') {
    const baru = ss.insertSheet(u.tab);
    if (u.isi) baru.getRange(1, 1, u.isi.length, u.isi[0].length).setValues(u.isi);
    return;
  }
  if (!sheet) throw new Error(`Kasus: tidak ada tab "${u.tab}".`);
  if (u.op === 'hapusTab') ss.deleteSheet(sheet);
  else if (u.op === 'namaTab') sheet.setName(u.jadi);
  else if (u.op === 'kosongkanTab') sheet.clearContents();
  else if (u.op === 'gabung') gabung(sheet.getRange(u.a1));
  else if (u.op.endsWith('Kolom')) ubahKolom(sheet, u);
  else ubahBaris(sheet, u);
}

/**
 * Cells merged in the Sheets UI, which warns "Merging cells will only preserve the top-leftmost value" and clears the
 * others; Range.merge() in the emulator keeps them, so the person's merge clears them first.
 */
function gabung(range: GoogleAppsScript.Spreadsheet.Range): void {
  const nilai = range.getValues().map((r, i) => r.map((v, j) => (i === 0 && j === 0 ? v : '')));
  range.setValues(nilai).merge();
}

/** The structural changes, made by the owner by hand. */
export function ubahSemua(s: Siklus, ubah: readonly Ubah[]): void {
  s.sebagai(s.pemilik, (ss) => ubah.forEach((u) => ubahTab(ss, u)));
}
