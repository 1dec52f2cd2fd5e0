/**
 * The bad-input corpus (tests/reliability/masukan-buruk/*.json): what office staff type or do to a cycle spreadsheet,
 * the action run afterwards, and what must come of it. Kept as data so that a case is added without code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A cell value as typed; `ulang` builds a long text (`awal` + `ulang` × `kali` + `akhir`). */
export type Nilai = string | number | boolean | { ulang: string; kali: number; awal?: string; akhir?: string };

/** Typed by a person into a cell (or a block, one value per cell) of a tab, as the Sheets UI takes it. */
export interface Ketik {
  tab: string;
  /** A1 of the cell, or of the block's top-left cell when `nilai` is an array */
  sel: string;
  nilai: Nilai | Nilai[][];
  /** who types: the unit's staff (default for a "Form" tab), its Kabid, or the Sek. Tim SAKIP (default elsewhere) */
  oleh?: 'staf' | 'kabid' | 'sekTim';
}

/** A change to the spreadsheet's structure, made by its owner (the Sek. Tim SAKIP) by hand. */
export type Ubah =
  | { op: 'hapusKolom'; tab: string; judul: string }
  | { op: 'tukarKolom'; tab: string; judul: [string, string] }
  | { op: 'sisipKolom'; tab: string; sebelum: string; judul: string }
  | { op: 'sisipBaris'; tab: string; sebelum: number; isi?: string }
  | { op: 'tukarBaris'; tab: string; baris: [number, number] }
  | { op: 'hapusBaris'; tab: string; baris: number }
  | { op: 'gabung'; tab: string; a1: string }
  | { op: 'hapusTab'; tab: string }
  | { op: 'namaTab'; tab: string; jadi: string }
  | { op: 'tabBaru'; tab: string; isi?: string[][] }
  | { op: 'kosongkanTab'; tab: string };

/** The actions run after the input, in order: Periksa isian, Susun Rekap, the document, the next cycle's start. */
export type NamaAksi = 'periksa' | 'rekap' | 'dokumen' | 'mulaiSiklus';

/** Where a message must point: the tab, and the row and column when the input has them. */
export interface Lokasi {
  tab: string;
  baris?: number;
  kolom?: string;
  /** a part of the message's text that must be there too (the value quoted, the reason) */
  isi?: string;
}

/**
 * The correct outcome: the Rekap row of `asal` ("Form PSPFM, baris 2") reads `realisasi` or `penjelasan` with no galat
 * about that cell in Temuan; or a message naming `pesan`'s place; or, for inputs the add-in simply works through,
 * `berhasil`: every action ends without an error and without a galat about the place changed.
 */
export interface Harapan {
  asal?: string;
  realisasi?: number;
  penjelasan?: string;
  pesan?: Lokasi;
  berhasil?: true;
  /** with `pesan`: the message comes from actions that all ran through, none refused */
  tanpaPenolakan?: true;
  /** Sheets itself refuses the typing (a text longer than a cell holds): nothing enters the cycle */
  ditolakSheets?: true;
}

export interface Kasus {
  id: string;
  /** what the office person means by it, in a few words */
  uraian?: string;
  ketik?: Ketik[];
  ubah?: Ubah[];
  aksi: NamaAksi[];
  harapan: Harapan;
}

const FOLDER = join(__dirname, '..', 'masukan-buruk');

/** Every case of the corpus, file by file; an id used twice is an error. */
export function muatKorpus(): Kasus[] {
  const semua = readdirSync(FOLDER)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(join(FOLDER, f), 'utf8')) as { kasus: Kasus[] }).kasus);
  const ganda = semua.map((k) => k.id).filter((id, i, ids) => ids.indexOf(id) !== i);
  if (ganda.length) throw new Error(`Id kasus ganda di korpus: ${ganda.join(', ')}`);
  return semua;
}

/** The value a Nilai stands for. */
export function wujud(nilai: Nilai): string | number | boolean {
  if (typeof nilai !== 'object') return nilai;
  return `${nilai.awal ?? ''}${nilai.ulang.repeat(nilai.kali)}${nilai.akhir ?? ''}`;
}
