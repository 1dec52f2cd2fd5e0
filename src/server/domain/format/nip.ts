import { NAMA_BULAN } from './tanggal';
import { wibParts } from '../zona-waktu';

/**
 * NIP (Nomor Induk Pegawai) of a PNS: 18 digits = birth date YYYYMMDD, appointment (TMT CPNS) YYYYMM, gender digit
 * (1 laki-laki, 2 perempuan) and a 3-digit sequence; written grouped 8 6 1 3: "19620728 198901 1 001".
 */
interface NipValid {
  ok: true;
  /** the 18 digits without spaces */
  nip: string;
  /** grouped 8 6 1 3 */
  tertulis: string;
  tanggalLahir: { year: number; month: number; day: number };
  tmtPengangkatan: { year: number; month: number };
  jenisKelamin: 'laki-laki' | 'perempuan';
  nomorUrut: number;
}

interface NipInvalid {
  ok: false;
  /** every problem found, in Bahasa Indonesia */
  alasan: string[];
}

export type NipResult = NipValid | NipInvalid;

export interface ValidateNipOptions {
  /** when given, birth and appointment may not lie after this instant (its WIB date) */
  acuan?: Date;
}

const NIP_LENGTH = 18;
const EARLIEST_BIRTH_YEAR = 1900;
/** Appointment must come at least this long after birth; CPNS candidates are at least 18, one year of slack. */
const MIN_AGE_AT_APPOINTMENT_YEARS = 17;

export function validateNip(input: string, options: ValidateNipOptions = {}): NipResult {
  const nip = input.replace(/\s+/g, '');
  const shapeProblem = checkShape(nip);
  if (shapeProblem) return { ok: false, alasan: [shapeProblem] };

  const alasan: string[] = [];
  const lahir = { year: num(nip, 0, 4), month: num(nip, 4, 6), day: num(nip, 6, 8) };
  const tmt = { year: num(nip, 8, 12), month: num(nip, 12, 14) };
  const genderDigit = nip[14];
  const nomorUrut = num(nip, 15, 18);

  const lahirValid = isRealDate(lahir.year, lahir.month, lahir.day);
  if (!lahirValid) {
    alasan.push(`Tanggal lahir pada NIP (${nip.slice(0, 8)}) bukan tanggal yang ada.`);
  } else if (lahir.year < EARLIEST_BIRTH_YEAR) {
    alasan.push(`Tahun lahir pada NIP (${lahir.year}) tidak masuk akal.`);
  }

  const tmtValid = tmt.month >= 1 && tmt.month <= 12;
  if (!tmtValid) {
    alasan.push(`Bulan pengangkatan pada NIP (${nip.slice(8, 14)}) bukan bulan yang ada.`);
  } else if (lahirValid && monthIndex(tmt) < monthIndex(lahir) + MIN_AGE_AT_APPOINTMENT_YEARS * 12) {
    alasan.push(
      `Pengangkatan pada NIP (${namaBulanTahun(tmt)}) kurang dari ${MIN_AGE_AT_APPOINTMENT_YEARS} tahun ` +
        `setelah tanggal lahir (${lahir.day} ${namaBulanTahun(lahir)}).`,
    );
  }

  if (options.acuan) {
    const now = wibParts(options.acuan);
    if (lahirValid && dayIndex(lahir) > dayIndex(now)) {
      alasan.push(`Tanggal lahir pada NIP (${lahir.day} ${namaBulanTahun(lahir)}) berada di masa depan.`);
    }
    if (tmtValid && monthIndex(tmt) > monthIndex(now)) {
      alasan.push(`Pengangkatan pada NIP (${namaBulanTahun(tmt)}) berada di masa depan.`);
    }
  }

  if (genderDigit !== '1' && genderDigit !== '2') {
    alasan.push(`Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), tertulis ${genderDigit}.`);
  }
  if (nomorUrut === 0) alasan.push('Nomor urut pada NIP (3 angka terakhir) tidak boleh 000.');

  if (alasan.length > 0) return { ok: false, alasan };
  return {
    ok: true,
    nip,
    tertulis: groupNip(nip),
    tanggalLahir: lahir,
    tmtPengangkatan: tmt,
    jenisKelamin: genderDigit === '1' ? 'laki-laki' : 'perempuan',
    nomorUrut,
  };
}

/** The NIP grouped 8 6 1 3; throws with the reasons (Bahasa Indonesia) when it is not a valid NIP. */
export function formatNip(input: string): string {
  const result = validateNip(input);
  if (!result.ok) throw new Error(`NIP "${input}" tidak valid: ${result.alasan.join(' ')}`);
  return result.tertulis;
}

function checkShape(nip: string): string | null {
  if (nip === '') return 'NIP kosong.';
  const stray = nip.match(/\D/);
  if (stray) return `NIP hanya boleh berisi angka dan spasi, ditemukan "${stray[0]}".`;
  if (nip.length !== NIP_LENGTH) return `NIP harus ${NIP_LENGTH} angka, tertulis ${nip.length} angka.`;
  return null;
}

function groupNip(nip: string): string {
  return [nip.slice(0, 8), nip.slice(8, 14), nip.slice(14, 15), nip.slice(15)].join(' ');
}

function num(s: string, from: number, to: number): number {
  return Number(s.slice(from, to));
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthIndex(d: { year: number; month: number }): number {
  return d.year * 12 + d.month - 1;
}

function dayIndex(d: { year: number; month: number; day: number }): number {
  return monthIndex(d) * 31 + d.day;
}

function namaBulanTahun(d: { year: number; month: number }): string {
  return `${NAMA_BULAN[d.month - 1]} ${d.year}`;
}
