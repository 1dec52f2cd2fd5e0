import { wibParts } from '../../zona-waktu';
import { neutralkanFormula } from '../../format/neutralkan-formula';
import { issueNumber, type IssuedNumber, type NumberRegister, checkRegister } from './register';

const KOLOM_REGISTER = {
  tahun: 'Tahun',
  urut: 'Nomor urut',
  nomor: 'Nomor surat',
  tanggal: 'Tanggal',
  perihal: 'Perihal',
  siklus: 'Siklus',
  oleh: 'Diminta oleh',
  id: 'ID',
} as const;

type Kolom = keyof typeof KOLOM_REGISTER;
export const URUTAN_KOLOM_REGISTER: readonly Kolom[] = [
  'tahun',
  'urut',
  'nomor',
  'tanggal',
  'perihal',
  'siklus',
  'oleh',
  'id',
];

export interface BarisRegister {
  tahun: number;
  urut: number;
  /** '' on the starting row (numbers issued before the register) */
  nomor: string;
  /** epoch ms, or null when a hand-made row has no date */
  tanggal: number | null;
  perihal: string;
  siklus: string;
  oleh: string;
  /** what the number was asked for ("surat-pengantar:<spreadsheet id>"): one number per id, ever */
  id: string;
}

export type HasilBacaRegister = { ok: true; baris: BarisRegister[] } | { ok: false; alasan: string[] };

/** The tab's values as getValues returns them; the first row is the header. Every problem names row and column. */
export function bacaRegister(values: readonly (readonly unknown[])[], namaTab: string): HasilBacaRegister {
  if (values.length === 0 || values[0].every((v) => v === '')) return { ok: true, baris: [] };
  const judul = values[0].map((v) => String(v).trim().toLowerCase());
  const kolom = {} as Record<Kolom, number>;
  const alasan: string[] = [];
  for (const k of URUTAN_KOLOM_REGISTER) {
    kolom[k] = judul.indexOf(KOLOM_REGISTER[k].toLowerCase());
    if (kolom[k] < 0) alasan.push(`Tab "${namaTab}", baris 1: kolom "${KOLOM_REGISTER[k]}" tidak ditemukan.`);
  }
  if (alasan.length) return { ok: false, alasan };

  const baris: BarisRegister[] = [];
  values.slice(1).forEach((row, i) => {
    if (row.every((v) => v === '' || v === null)) return;
    const di = (k: Kolom) => `Tab "${namaTab}", baris ${i + 2}, kolom "${KOLOM_REGISTER[k]}"`;
    const bulat = (k: Kolom, min: number): number => {
      const v = row[kolom[k]];
      const n = typeof v === 'number' ? v : Number(String(v).trim());
      if (String(v).trim() === '' || !Number.isInteger(n) || n < min) {
        alasan.push(`${di(k)}: "${String(v)}" harus bilangan bulat ${min} atau lebih.`);
      }
      return n;
    };
    const teks = (k: Kolom) => String(row[kolom[k]] ?? '').trim();
    const tanggal = row[kolom.tanggal];
    baris.push({
      tahun: bulat('tahun', 1900),
      urut: bulat('urut', 0),
      nomor: teks('nomor'),
      tanggal: isDate(tanggal) ? tanggal.getTime() : null,
      perihal: teks('perihal'),
      siklus: teks('siklus'),
      oleh: teks('oleh'),
      id: teks('id'),
    });
  });
  return alasan.length ? { ok: false, alasan } : { ok: true, baris };
}

/** The cells of a row in the tab's column order (text neutralised: it can never become a formula). */
export function selBarisRegister(b: BarisRegister): (string | number | Date)[] {
  return URUTAN_KOLOM_REGISTER.map((k) => {
    if (k === 'tahun' || k === 'urut') return b[k];
    if (k === 'tanggal') return b.tanggal === null ? '' : new Date(b.tanggal);
    return neutralkanFormula(b[k]);
  });
}

export const JUDUL_REGISTER: readonly string[] = URUTAN_KOLOM_REGISTER.map((k) => KOLOM_REGISTER[k]);

export interface PermintaanNomor {
  /** one number per id, ever: asking again returns the same number */
  id: string;
  siklus: string;
  perihal: string;
  oleh: string;
  at: Date;
  format: string;
  kode: string;
  unit?: string;
  /** Pengaturan's "Nomor terakhir": used once, when the register is started */
  nomorTerakhirAwal: number;
}

export type KeputusanNomor =
  | { ok: true; baru: false; baris: BarisRegister }
  /** `tambah`: the rows to append, in order (the starting row first when the register is new) */
  | { ok: true; baru: true; baris: BarisRegister; tambah: BarisRegister[] }
  | { ok: false; alasan: string[] };

/** The number for a request: the one already issued to its id, or the next of the register's latest year. */
export function putuskanNomor(baris: readonly BarisRegister[], p: PermintaanNomor): KeputusanNomor {
  const ada = baris.find((b) => b.id === p.id && b.nomor !== '');
  if (ada) return { ok: true, baru: false, baris: ada };

  const awal: BarisRegister[] = [];
  let register: NumberRegister;
  if (baris.length === 0) {
    if (Number.isNaN(p.at.getTime())) return { ok: false, alasan: ['Waktu permintaan nomor surat tidak valid.'] };
    const tahun = wibParts(p.at).year;
    const mulai = barisAwal(tahun, p.nomorTerakhirAwal, p);
    const cek = registerTahun([mulai], tahun);
    if (!cek.ok) return cek;
    register = cek.register;
    awal.push(mulai);
  } else {
    const cek = registerTahun(baris, Math.max(...baris.map((b) => b.tahun)));
    if (!cek.ok) return cek;
    register = cek.register;
  }

  const hasil = issueNumber(register, {
    format: p.format,
    kode: p.kode,
    unit: p.unit,
    at: p.at,
    by: p.oleh,
    purpose: p.perihal,
  });
  if (!hasil.ok) return hasil;
  const terbit: BarisRegister = {
    tahun: hasil.register.tahun,
    urut: hasil.entry.urut,
    nomor: hasil.nomor,
    tanggal: p.at.getTime(),
    perihal: p.perihal,
    siklus: p.siklus,
    oleh: p.oleh,
    id: p.id,
  };
  return { ok: true, baru: true, baris: terbit, tambah: [...awal, terbit] };
}

function barisAwal(tahun: number, nomorTerakhir: number, p: PermintaanNomor): BarisRegister {
  return {
    tahun,
    urut: nomorTerakhir,
    nomor: '',
    tanggal: p.at.getTime(),
    perihal: `Nomor terakhir sebelum register dipakai (tab Pengaturan › Penomoran surat): ${nomorTerakhir}`,
    siklus: p.siklus,
    oleh: p.oleh,
    id: `awal-${tahun}`,
  };
}

/** The register of one year: its last number is the highest urut of the year's rows (hand-made rows included). */
function registerTahun(
  baris: readonly BarisRegister[],
  tahun: number,
): { ok: true; register: NumberRegister } | { ok: false; alasan: string[] } {
  const milikTahun = baris.filter((b) => b.tahun === tahun);
  const issued: IssuedNumber[] = milikTahun
    .filter((b) => b.nomor !== '')
    .map((b) => ({
      nomor: b.nomor,
      urut: b.urut,
      at: b.tanggal === null ? '' : new Date(b.tanggal).toISOString(),
      by: b.oleh,
      purpose: b.perihal,
    }));
  return checkRegister({ tahun, lastIssued: Math.max(0, ...milikTahun.map((b) => b.urut)), issued });
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());
}
