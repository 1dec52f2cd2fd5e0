import type { BarisLog } from '../../pelacakan/log';
import { barisKosong, teksKosong } from '../temuan/kosong';
import { KOLOM_SIDIK, kolomBerubah, sidikBaris } from './sidik';
import type { BarisFormulir, JudulKolom, KolomFormulir } from '../temuan/types';
import { AKSI_BARIS } from '../../pelacakan/aksi-log';

/** What the Kabid's Validasi column may hold: the Kabid picks the first two, the add-in sets the third. */
export const STATUS_VALIDASI = {
  valid: 'Valid',
  perbaikan: 'Perlu perbaikan',
  dicekUlang: 'Perlu dicek ulang',
} as const;
export type StatusValidasi = (typeof STATUS_VALIDASI)[keyof typeof STATUS_VALIDASI];
export const PILIHAN_KABID: readonly StatusValidasi[] = [STATUS_VALIDASI.valid, STATUS_VALIDASI.perbaikan];

const normal = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The status a cell holds ('' when empty), or null for text that is none of them. Case and blanks do not matter. */
export function bacaStatus(nilai: unknown): StatusValidasi | '' | null {
  if (teksKosong(nilai)) return '';
  const teks = normal(String(nilai));
  return Object.values(STATUS_VALIDASI).find((s) => normal(s) === teks) ?? null;
}

/** A form row with its validation cells as read from the sheet. */
export interface BarisUnit {
  baris: BarisFormulir;
  status: unknown;
  catatan: unknown;
  sidik: unknown;
}

export type KeadaanBaris =
  | { jenis: 'belum' }
  | { jenis: 'valid' }
  | { jenis: 'perbaikan' }
  /** lost its validation to an edit: the fields that changed (kept in the fingerprint cell), to highlight */
  | { jenis: 'dicekUlang'; berubah: KolomFormulir[] }
  /** marked Valid, but the values changed since: the validation is lost */
  | { jenis: 'batal'; berubah: KolomFormulir[] }
  /** "Valid" typed into the sheet, not fingerprinted yet: the values it validates are those of now */
  | { jenis: 'validBaru'; sidik: string }
  /** no longer Valid, but a fingerprint is left behind (the Kabid retyped the status) */
  | { jenis: 'sidikUsang'; status: StatusValidasi | '' }
  | { jenis: 'tidakDikenal'; teks: string };

/**
 * A row that lost its validation keeps, in place of its fingerprint, the fields that changed ("diubah:realisasi"), so
 * that they stay highlighted until the Kabid validates the row again.
 */
const AWALAN_BERUBAH = 'diubah:';

function tandaBerubah(kolom: readonly KolomFormulir[]): string {
  return AWALAN_BERUBAH + kolom.join(',');
}

function bacaBerubah(sidik: unknown): KolomFormulir[] {
  const teks = teksKosong(sidik) ? '' : String(sidik).trim();
  if (!teks.startsWith(AWALAN_BERUBAH)) return [];
  const kolom: readonly string[] = KOLOM_SIDIK;
  return teks
    .slice(AWALAN_BERUBAH.length)
    .split(',')
    .filter((k): k is KolomFormulir => kolom.includes(k));
}

/** The validation state of a filled row. */
export function keadaanBaris({ baris, status, sidik }: BarisUnit): KeadaanBaris {
  const s = bacaStatus(status);
  const adaSidik = !teksKosong(sidik);
  if (s === null) return { jenis: 'tidakDikenal', teks: String(status).trim() };
  const tandaBatal = adaSidik && String(sidik).trim().startsWith(AWALAN_BERUBAH);
  if (s === STATUS_VALIDASI.valid) {
    // "Valid" over a lost validation is a new validation, of the values of now
    if (!adaSidik || tandaBatal) return { jenis: 'validBaru', sidik: sidikBaris(baris) };
    const berubah = kolomBerubah(String(sidik), baris);
    return berubah.length ? { jenis: 'batal', berubah } : { jenis: 'valid' };
  }
  if (s === STATUS_VALIDASI.dicekUlang) {
    // the old fingerprint still there: a reset whose second cell was not written yet
    if (adaSidik && !tandaBatal) return { jenis: 'batal', berubah: kolomBerubah(String(sidik), baris) };
    return { jenis: 'dicekUlang', berubah: bacaBerubah(sidik) };
  }
  if (adaSidik) return { jenis: 'sidikUsang', status: s };
  if (s === STATUS_VALIDASI.perbaikan) return { jenis: 'perbaikan' };
  return { jenis: 'belum' };
}

/** Whether the row counts as validated once its bookkeeping is brought up to date. */
export function sahValid(k: KeadaanBaris): boolean {
  return k.jenis === 'valid' || k.jenis === 'validBaru';
}

/** Words for a state, as the Kabid's refusal messages and the Temuan show them. */
export function uraianKeadaan(k: KeadaanBaris): string {
  switch (k.jenis) {
    case 'belum':
      return 'belum divalidasi';
    case 'perbaikan':
      return STATUS_VALIDASI.perbaikan;
    case 'dicekUlang':
    case 'batal':
      return STATUS_VALIDASI.dicekUlang;
    case 'tidakDikenal':
      return `status "${k.teks}" tidak dikenal`;
    case 'sidikUsang':
      return k.status || 'belum divalidasi';
    default:
      return STATUS_VALIDASI.valid;
  }
}

const SEMUA_AKSI_BARIS: readonly string[] = Object.values(AKSI_BARIS);

/** Who records, who changed the sheet (known only to an installable onEdit trigger), when, about which unit. */
export interface KonteksCatatan {
  kode: string;
  /** the SOP step the Log rows concern (the Kabid's validation), or null */
  langkah: number | null;
  /** the person the add-in runs as */
  oleh: string;
  /** the person whose typing is being handled (e.user of an installable onEdit trigger), when known */
  pengetik: string | null;
  nowMs: number;
  /** the Log so far */
  log: readonly BarisLog[];
  judulKolom: JudulKolom;
}

/**
 * A Log row about one form row, or null when the row's latest such Log row already says the same (a re-run after a
 * failure, a retried click): ids "baris-divalidasi-SEKRE-B7-2", unique per unit row.
 */
function barisLogBaris(
  k: KonteksCatatan,
  rowNumber: number,
  aksi: (typeof AKSI_BARIS)[keyof typeof AKSI_BARIS],
  rincian: string,
  tambahan: readonly BarisLog[] = [],
): BarisLog | null {
  const tanda = `-${k.kode}-B${rowNumber}-`;
  const milikBaris = [...k.log, ...tambahan].filter(
    (b) => SEMUA_AKSI_BARIS.includes(b.aksi) && barisDicatat(b, k.kode).includes(rowNumber),
  );
  if (milikBaris[milikBaris.length - 1]?.aksi === aksi) return null;
  const ada = new Set([...k.log, ...tambahan].map((b) => b.id));
  let n = milikBaris.filter((b) => b.aksi === aksi).length + 1;
  while (ada.has(`${aksi}${tanda}${n}`)) n++;
  return {
    waktu: Math.floor(k.nowMs / 1000) * 1000,
    pengguna: k.pengetik ?? k.oleh,
    aksi,
    langkah: k.langkah,
    rincian,
    id: `${aksi}${tanda}${n}`,
  };
}

/**
 * The form rows a Log row of unit `kode` is about: the row its id names ("…-SEKRE-B7-2"), or for a row of several
 * (barisLogRentang, "…-SEKRE-B3-B12-1", whose id names only the first and the last) the rows its Rincian lists.
 */
function barisDicatat(b: BarisLog, kode: string): number[] {
  const rentang = b.id.lastIndexOf(`-${kode}-B`);
  if (rentang < 0) return [];
  const bagian = b.id.slice(rentang + kode.length + 3).split('-');
  if (bagian.length < 3) return [Number(bagian[0])];
  const daftar = /baris (\d+(?:, \d+)*(?: dan \d+)?)/.exec(b.rincian);
  return daftar ? daftar[1].split(/, | dan /).map(Number) : [];
}

/** "baris 3", "baris 2, 3 dan 5": the rows a Log row or a message is about. */
export function teksBaris(nomor: readonly number[]): string {
  const daftar = nomor.map(String);
  return daftar.length < 2
    ? `baris ${daftar.join('')}`
    : `baris ${daftar.slice(0, -1).join(', ')} dan ${daftar[daftar.length - 1]}`;
}

/**
 * One Log row about a Kabid's mark on several form rows: the one-row case is barisLogBaris's row; several rows get
 * one row whose id names the range, "baris-divalidasi-SEKRE-B3-B12-1", and whose Rincian lists the rows. Null when
 * no row would be logged alone (each row's latest such Log row already says the same).
 */
export function barisLogRentang(
  k: KonteksCatatan,
  nomor: readonly number[],
  aksi: (typeof AKSI_BARIS)[keyof typeof AKSI_BARIS],
  rincian: (baris: readonly number[]) => string,
  tambahan: readonly BarisLog[] = [],
): BarisLog | null {
  const baru = nomor.filter((n) => barisLogBaris(k, n, aksi, '', tambahan));
  if (baru.length <= 1) return baru.length ? barisLogBaris(k, baru[0], aksi, rincian(baru), tambahan) : null;
  const awalan = `${aksi}-${k.kode}-B${baru[0]}-B${baru[baru.length - 1]}-`;
  const ada = new Set([...k.log, ...tambahan].map((b) => b.id));
  let n = 1;
  while (ada.has(`${awalan}${n}`)) n++;
  return {
    waktu: Math.floor(k.nowMs / 1000) * 1000,
    pengguna: k.pengetik ?? k.oleh,
    aksi,
    langkah: k.langkah,
    rincian: rincian(baru),
    id: `${awalan}${n}`,
  };
}

/** A validation cell change: the row's new status and fingerprint, and the Kabid's note when it changes too. */
export interface TulisValidasi {
  rowNumber: number;
  status: string;
  sidik: string;
  catatan?: string;
}

export interface HasilRekonsiliasi {
  /** every filled row's state after the changes below */
  keadaan: { baris: BarisFormulir; keadaan: KeadaanBaris }[];
  tulis: TulisValidasi[];
  log: BarisLog[];
  /** cells changed after validation (rows waiting for the Kabid again), to highlight */
  berubah: { rowNumber: number; kolom: KolomFormulir[] }[];
}

/**
 * Brings a unit's validation bookkeeping up to date with its rows: a validated row whose values changed loses its
 * validation ("Perlu dicek ulang", logged as 'validasi-batal' with the fields that changed); "Valid" typed into the
 * sheet gets its fingerprint now (logged with the typist when known); a fingerprint left under another status is
 * dropped. Rows already in order produce nothing, so running it again changes nothing.
 */
export function rekonsiliasiUnit(semua: readonly BarisUnit[], k: KonteksCatatan): HasilRekonsiliasi {
  const hasil: HasilRekonsiliasi = { keadaan: [], tulis: [], log: [], berubah: [] };
  const tab = semua[0]?.baris.tab ?? '';
  const catat = (row: number, aksi: (typeof AKSI_BARIS)[keyof typeof AKSI_BARIS], rincian: string) => {
    const baris = barisLogBaris(k, row, aksi, `Tab "${tab}" baris ${row}: ${rincian}`, hasil.log);
    if (baris) hasil.log.push(baris);
  };
  const olehSiapa = k.pengetik ? ` oleh ${k.pengetik}` : '';
  for (const b of semua) {
    if (barisKosong(b.baris)) continue;
    const row = b.baris.rowNumber;
    const keadaan = keadaanBaris(b);
    if (keadaan.jenis === 'batal') {
      const kolom = keadaan.berubah.map((f) => `"${k.judulKolom[f] ?? f}"`).join(', ');
      hasil.tulis.push({ rowNumber: row, status: STATUS_VALIDASI.dicekUlang, sidik: tandaBerubah(keadaan.berubah) });
      hasil.berubah.push({ rowNumber: row, kolom: keadaan.berubah });
      catat(row, AKSI_BARIS.batal, `diubah${olehSiapa} setelah divalidasi (kolom ${kolom}); validasi dibatalkan.`);
      hasil.keadaan.push({ baris: b.baris, keadaan: { jenis: 'dicekUlang', berubah: keadaan.berubah } });
    } else if (keadaan.jenis === 'validBaru') {
      hasil.tulis.push({ rowNumber: row, status: STATUS_VALIDASI.valid, sidik: keadaan.sidik });
      const siapa = k.pengetik ? `oleh ${k.pengetik}` : '(pengetik tidak tercatat)';
      catat(row, AKSI_BARIS.valid, `"${STATUS_VALIDASI.valid}" diketik langsung di sheet ${siapa}.`);
      hasil.keadaan.push({ baris: b.baris, keadaan: { jenis: 'valid' } });
    } else if (keadaan.jenis === 'sidikUsang') {
      hasil.tulis.push({ rowNumber: row, status: String(b.status), sidik: '' });
      if (keadaan.status === STATUS_VALIDASI.perbaikan) {
        catat(row, AKSI_BARIS.perbaikan, `"${STATUS_VALIDASI.perbaikan}" diketik langsung di sheet${olehSiapa}.`);
      }
      hasil.keadaan.push({ baris: b.baris, keadaan: keadaanBaris({ ...b, sidik: '' }) });
    } else {
      if (keadaan.jenis === 'dicekUlang') hasil.berubah.push({ rowNumber: row, kolom: keadaan.berubah });
      hasil.keadaan.push({ baris: b.baris, keadaan });
    }
  }
  return hasil;
}
