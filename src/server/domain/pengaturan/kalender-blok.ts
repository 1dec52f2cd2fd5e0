import { type JadwalHari, type WorkingCalendar, NAMA_HARI } from '../jam-kerja/kalender';
import {
  type JamKerjaHariData,
  type JamKerjaMingguanData,
  type JamKhususData,
  type KalenderKerjaData,
  parseWorkingCalendar,
} from '../jam-kerja/kalender-schema';
import { type Blok, type BlokTerbaca, type Sel, normalkan } from './blok-tab';
import type { PembacaSel } from './pembaca-sel';

/**
 * The working calendar as three blocks of the Pengaturan tab (HARI KERJA, HARI LIBUR, JAM KHUSUS), written as the
 * calendar file spells it (JJ:MM, YYYY-MM-DD, breaks "12:00-13:00") and read back through the same schema check.
 */
export const JUDUL_KALENDER = { hariKerja: 'HARI KERJA', hariLibur: 'HARI LIBUR', jamKhusus: 'JAM KHUSUS' } as const;

const KOLOM_HARI = ['Hari', 'Mulai', 'Selesai', 'Istirahat'] as const;
const KOLOM_LIBUR = ['Tanggal', 'Nama'] as const;
const KOLOM_KHUSUS = ['Nama', 'Dari', 'Sampai', 'Hari', 'Mulai', 'Selesai', 'Istirahat'] as const;
/** Monday first, as the office reads a week. */
const URUTAN_HARI = [1, 2, 3, 4, 5, 6, 0];
const TAMPIL_HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

function jj(menit: number): string {
  return `${String(Math.floor(menit / 60)).padStart(2, '0')}:${String(menit % 60).padStart(2, '0')}`;
}

/** A day's stretches back to start, end and breaks (the gaps between stretches); empty cells for a day off. */
function selHari(jadwal: JadwalHari): Sel[] {
  if (jadwal.length === 0) return ['', '', ''];
  const istirahat = jadwal.slice(1).map((r, i) => `${jj(jadwal[i].sampai)}-${jj(r.dari)}`);
  return [jj(jadwal[0].dari), jj(jadwal[jadwal.length - 1].sampai), istirahat.join(', ')];
}

export function blokKalender(k: WorkingCalendar): Blok[] {
  const khusus = k.jamKhusus.flatMap((j) =>
    URUTAN_HARI.filter((h) => j.mingguan[h] !== undefined).map((h) => [
      j.nama,
      j.dari,
      j.sampai,
      TAMPIL_HARI[h],
      ...selHari(j.mingguan[h] as JadwalHari),
    ]),
  );
  return [
    {
      judul: JUDUL_KALENDER.hariKerja,
      kolom: KOLOM_HARI,
      baris: URUTAN_HARI.map((h) => [TAMPIL_HARI[h], ...selHari(k.mingguan[h])]),
    },
    { judul: JUDUL_KALENDER.hariLibur, kolom: KOLOM_LIBUR, baris: [...k.hariLibur].map(([t, n]) => [t, n]) },
    { judul: JUDUL_KALENDER.jamKhusus, kolom: KOLOM_KHUSUS, baris: khusus },
  ];
}

function hariDari(p: PembacaSel, b: BlokTerbaca['isi'][number]): number | undefined {
  const teks = p.teks(b, 'Hari');
  if (!teks) return undefined;
  const i = NAMA_HARI.indexOf(normalkan(teks) as (typeof NAMA_HARI)[number]);
  if (i < 0) return p.tambah(b.nomor, 'Hari', `"${teks}" bukan nama hari (Senin … Minggu).`);
  return i;
}

/** Start, end and breaks of one row: null for a day off (start and end empty). */
function jamHari(p: PembacaSel, b: BlokTerbaca['isi'][number]): JamKerjaHariData | null | undefined {
  const mulai = p.jam(b, 'Mulai', false);
  const selesai = p.jam(b, 'Selesai', false);
  if (mulai === undefined || selesai === undefined) return undefined;
  if (!mulai && !selesai) return null;
  if (!mulai || !selesai)
    return p.tambah(
      b.nomor,
      mulai ? 'Selesai' : 'Mulai',
      'isi jam mulai dan selesai, atau kosongkan keduanya untuk hari libur.',
    );
  // "JJ:MM" compare as text; the row and column are named here rather than by the calendar check at the block's title
  if (selesai <= mulai) return p.tambah(b.nomor, 'Selesai', `jam selesai ${selesai} harus sesudah jam mulai ${mulai}.`);
  const istirahat: { mulai: string; selesai: string }[] = [];
  for (const bagian of p
    .teks(b, 'Istirahat', false)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})$/.exec(bagian);
    if (!m) return p.tambah(b.nomor, 'Istirahat', `"${bagian}" bukan rentang jam (tulis 12:00-13:00).`);
    const jeda = { mulai: m[1].replace('.', ':').padStart(5, '0'), selesai: m[2].replace('.', ':').padStart(5, '0') };
    if (!(mulai <= jeda.mulai && jeda.mulai < jeda.selesai && jeda.selesai <= selesai)) {
      const isi = `istirahat ${jeda.mulai}–${jeda.selesai} harus berurutan dan di dalam jam kerja ${mulai}–${selesai}.`;
      return p.tambah(b.nomor, 'Istirahat', isi);
    }
    istirahat.push(jeda);
  }
  return istirahat.length ? { mulai, selesai, istirahat } : { mulai, selesai };
}

/** Reads the three calendar blocks; the schema check's own findings are reported at the HARI KERJA title row. */
export function bacaKalender(
  p: PembacaSel,
  nama: string,
  hariKerja: BlokTerbaca,
  hariLibur: BlokTerbaca | undefined,
  jamKhusus: BlokTerbaca | undefined,
): WorkingCalendar | undefined {
  const galatAwal = p.galat.length;
  const jamKerja: Partial<JamKerjaMingguanData> = {};
  let lengkap = true;
  for (const b of hariKerja.isi) {
    const hari = hariDari(p, b);
    const jam = jamHari(p, b);
    if (hari === undefined || jam === undefined) {
      lengkap = false;
      continue;
    }
    if (NAMA_HARI[hari] in jamKerja)
      p.tambah(b.nomor, 'Hari', `hari ${TAMPIL_HARI[hari]} tercantum lebih dari sekali.`);
    jamKerja[NAMA_HARI[hari]] = jam;
  }
  const hilang = NAMA_HARI.filter((h) => !(h in jamKerja)).map((h) => TAMPIL_HARI[NAMA_HARI.indexOf(h)]);
  if (lengkap && hilang.length) {
    p.tambah(hariKerja.barisJudul, '', `blok "${JUDUL_KALENDER.hariKerja}" belum memuat hari ${hilang.join(', ')}.`);
  }
  const libur = (hariLibur?.isi ?? []).map((b) => ({ tanggal: p.tanggal(b, 'Tanggal'), nama: p.teks(b, 'Nama') }));
  const khusus = new Map<string, JamKhususData>();
  for (const b of jamKhusus?.isi ?? []) {
    const [namaKhusus, dari, sampai, hari, jam] = [
      p.teks(b, 'Nama'),
      p.tanggal(b, 'Dari'),
      p.tanggal(b, 'Sampai'),
      hariDari(p, b),
      jamHari(p, b),
    ];
    if (!namaKhusus || !dari || !sampai || hari === undefined || jam === undefined) continue;
    const kunci = `${namaKhusus}\u0000${dari}\u0000${sampai}`;
    const entri = khusus.get(kunci) ?? { nama: namaKhusus, dari, sampai, jamKerja: {} };
    entri.jamKerja[NAMA_HARI[hari]] = jam;
    khusus.set(kunci, entri);
  }
  if (p.galat.length > galatAwal) return undefined;
  const data: KalenderKerjaData = {
    nama,
    jamKerja: jamKerja as JamKerjaMingguanData,
    hariLibur: libur as { tanggal: string; nama: string }[],
    jamKhusus: [...khusus.values()],
  };
  try {
    return parseWorkingCalendar(data, `tab "${p.tab}"`);
  } catch (e) {
    p.tambah(hariKerja.barisJudul, '', (e as Error).message.replace(/\n- /g, ' • '));
    return undefined;
  }
}
