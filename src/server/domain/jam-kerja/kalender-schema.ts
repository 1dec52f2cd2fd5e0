import { JENIS_LIBUR, JadwalHari, JamKhusus, NAMA_HARI, RentangMenit, WorkingCalendar } from './kalender';

/**
 * The calendar file format (sheets-templates/kalender-kerja.json). Times are local wall-clock "JJ:MM" (24-hour),
 * dates "YYYY-MM-DD". A weekday set to null is a day off.
 */
export interface JamKerjaHariData {
  mulai: string;
  selesai: string;
  istirahat?: { mulai: string; selesai: string }[];
}
export type JamKerjaMingguanData = Record<(typeof NAMA_HARI)[number], JamKerjaHariData | null>;
interface HariLiburData {
  tanggal: string;
  nama: string;
  jenis?: (typeof JENIS_LIBUR)[number];
}
export interface JamKhususData {
  nama: string;
  dari: string;
  sampai: string;
  /** weekdays left out keep their usual hours */
  jamKerja: Partial<JamKerjaMingguanData>;
}
export interface KalenderKerjaData {
  nama: string;
  _keterangan?: string;
  jamKerja: JamKerjaMingguanData;
  hariLibur: HariLiburData[];
  jamKhusus?: JamKhususData[];
}

type Obj = Record<string, unknown>;

/** Collects every problem of the file so the user can fix them in one pass. */
class Pemeriksa {
  readonly masalah: string[] = [];

  tambah(lokasi: string, pesan: string): undefined {
    this.masalah.push(`${lokasi}: ${pesan}`);
    return undefined;
  }

  /** Reports a wrong value; a missing one was already reported by objek() as a missing required key. */
  salah(v: unknown, lokasi: string, pesan: string): undefined {
    return v === undefined ? undefined : this.tambah(lokasi, pesan);
  }

  objek(v: unknown, lokasi: string, kunciSah: readonly string[], kunciWajib: readonly string[]): Obj | undefined {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return this.tambah(lokasi, 'harus berupa objek { … }');
    const o = v as Obj;
    for (const k of Object.keys(o)) {
      if (!kunciSah.includes(k))
        this.tambah(lokasi, `kunci "${k}" tidak dikenal (yang dikenal: ${kunciSah.join(', ')})`);
    }
    for (const k of kunciWajib) if (!(k in o)) this.tambah(lokasi, `"${k}" wajib diisi`);
    return o;
  }

  teks(v: unknown, lokasi: string): string | undefined {
    if (typeof v !== 'string' || !v.trim()) return this.salah(v, lokasi, 'harus berupa teks yang tidak kosong');
    return v.trim();
  }

  daftar(v: unknown, lokasi: string): unknown[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return this.tambah(lokasi, 'harus berupa daftar [ … ]') ?? [];
    return v;
  }

  /** "JJ:MM" -> minutes after midnight; 24:00 is allowed as an end of day. */
  jam(v: unknown, lokasi: string): number | undefined {
    const m = typeof v === 'string' ? /^(\d{2}):(\d{2})$/.exec(v) : null;
    const menit = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
    if (!m || Number(m[2]) > 59 || menit > 24 * 60) {
      return this.salah(v, lokasi, `${JSON.stringify(v)} bukan jam yang sah (tulis JJ:MM, mis. "07:30")`);
    }
    return menit;
  }

  tanggal(v: unknown, lokasi: string): string | undefined {
    const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!m || !d || d.toISOString().slice(0, 10) !== v) {
      return this.salah(v, lokasi, `${JSON.stringify(v)} bukan tanggal yang sah (tulis YYYY-MM-DD, mis. "2026-08-17")`);
    }
    return v as string;
  }

  /** One weekday's hours: the working stretches left once the breaks are cut out. */
  hari(v: unknown, lokasi: string): JadwalHari | undefined {
    if (v === null) return [];
    const o = this.objek(v, lokasi, ['mulai', 'selesai', 'istirahat'], ['mulai', 'selesai']);
    if (!o) return undefined;
    const mulai = this.jam(o.mulai, `${lokasi}.mulai`);
    const selesai = this.jam(o.selesai, `${lokasi}.selesai`);
    if (mulai === undefined || selesai === undefined) return undefined;
    if (mulai >= selesai) return this.tambah(lokasi, `jam mulai ${o.mulai} harus sebelum jam selesai ${o.selesai}`);
    const rentang: RentangMenit[] = [];
    let awal = mulai;
    for (const [i, ist] of this.daftar(o.istirahat, `${lokasi}.istirahat`).entries()) {
      const lok = `${lokasi}.istirahat ke-${i + 1}`;
      const io = this.objek(ist, lok, ['mulai', 'selesai'], ['mulai', 'selesai']);
      const im = io && this.jam(io.mulai, `${lok}.mulai`);
      const is = io && this.jam(io.selesai, `${lok}.selesai`);
      if (im === undefined || is === undefined) return undefined;
      if (im >= is || im < awal || is > selesai) {
        return this.tambah(
          lok,
          `istirahat ${io?.mulai}–${io?.selesai} harus berurutan, tidak tumpang tindih, dan berada di dalam jam kerja`,
        );
      }
      if (im > awal) rentang.push({ dari: awal, sampai: im });
      awal = is;
    }
    if (selesai > awal) rentang.push({ dari: awal, sampai: selesai });
    return rentang;
  }

  mingguan(v: unknown, lokasi: string, lengkap: boolean): (JadwalHari | undefined)[] | undefined {
    const o = this.objek(v, lokasi, NAMA_HARI, lengkap ? NAMA_HARI : []);
    if (!o) return undefined;
    return NAMA_HARI.map((h) => (h in o ? this.hari(o[h], `${lokasi}.${h}`) : undefined));
  }
}

function hariLibur(p: Pemeriksa, data: unknown): Map<string, string> {
  const libur = new Map<string, string>();
  p.daftar(data, 'hariLibur').forEach((item, i) => {
    const lokasi = `hariLibur ke-${i + 1}`;
    const o = p.objek(item, lokasi, ['tanggal', 'nama', 'jenis'], ['tanggal', 'nama']);
    if (!o) return;
    const tanggal = p.tanggal(o.tanggal, `${lokasi}.tanggal`);
    const nama = p.teks(o.nama, `${lokasi}.nama`);
    if (o.jenis !== undefined && !(JENIS_LIBUR as readonly unknown[]).includes(o.jenis)) {
      p.tambah(`${lokasi}.jenis`, `${JSON.stringify(o.jenis)} tidak dikenal (pilih: ${JENIS_LIBUR.join(', ')})`);
    }
    if (tanggal && libur.has(tanggal)) p.tambah(lokasi, `tanggal ${tanggal} sudah tercantum ("${libur.get(tanggal)}")`);
    else if (tanggal && nama) libur.set(tanggal, nama);
  });
  return libur;
}

function jamKhusus(p: Pemeriksa, data: unknown): JamKhusus[] {
  const hasil: JamKhusus[] = [];
  p.daftar(data, 'jamKhusus').forEach((item, i) => {
    const lokasi = `jamKhusus ke-${i + 1}`;
    const o = p.objek(item, lokasi, ['nama', 'dari', 'sampai', 'jamKerja'], ['nama', 'dari', 'sampai', 'jamKerja']);
    if (!o) return;
    const nama = p.teks(o.nama, `${lokasi}.nama`);
    const dari = p.tanggal(o.dari, `${lokasi}.dari`);
    const sampai = p.tanggal(o.sampai, `${lokasi}.sampai`);
    const mingguan = p.mingguan(o.jamKerja, `${lokasi}.jamKerja`, false);
    if (!nama || !dari || !sampai || !mingguan) return;
    if (dari > sampai) {
      p.tambah(lokasi, `tanggal "dari" ${dari} harus tidak setelah "sampai" ${sampai}`);
      return;
    }
    const bentrok = hasil.find((k) => k.dari <= sampai && dari <= k.sampai);
    if (bentrok) p.tambah(lokasi, `rentang ${dari} s.d. ${sampai} tumpang tindih dengan "${bentrok.nama}"`);
    else hasil.push({ nama, dari, sampai, mingguan });
  });
  return hasil;
}

/**
 * Checks a calendar file and turns it into a WorkingCalendar. Throws one Error listing every problem, each with
 * its location in the file, so the user can fix them all at once.
 */
export function parseWorkingCalendar(json: unknown, sumber: string): WorkingCalendar {
  const p = new Pemeriksa();
  const o = p.objek(
    json,
    '(berkas)',
    ['nama', '_keterangan', 'jamKerja', 'hariLibur', 'jamKhusus'],
    ['nama', 'jamKerja'],
  );
  const nama = o && p.teks(o.nama, 'nama');
  const mingguan = o && p.mingguan(o.jamKerja, 'jamKerja', true);
  const libur = hariLibur(p, o?.hariLibur);
  const khusus = jamKhusus(p, o?.jamKhusus);
  if (mingguan && mingguan.every((h) => h !== undefined && h.length === 0)) {
    p.tambah('jamKerja', 'tidak ada satu hari kerja pun dalam seminggu');
  }
  if (p.masalah.length || !nama || !mingguan) {
    throw new Error(`Kalender kerja di ${sumber} tidak sah:\n- ${p.masalah.join('\n- ')}`);
  }
  return { nama, mingguan: mingguan as JadwalHari[], hariLibur: libur, jamKhusus: khusus };
}
