import peringatanJson from '../../../sheets-templates/pelacakan-peringatan.json';
import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import logJson from '../../../sheets-templates/tab-log.json';
import { CanAct } from '../../../src/server/domain/pelacakan/kejadian-langkah';
import { parseTataLetak } from '../../../src/server/domain/layout';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';
import { BarisLog } from '../../../src/server/domain/pelacakan/log';
import { parsePeringatanPelacakan } from '../../../src/server/domain/pelacakan/tampilan';
import { defaultWorkingCalendar } from '../../../src/server/domain/templat';
import { localMs } from '../../../src/server/domain/zona-waktu';
export const SOP = parseSopTemplate(sopJson);
export const LANGKAH = SOP.steps;
export const TAB_LOG = parseTataLetak(logJson, 'tab-log.json');
export const PERINGATAN = parsePeringatanPelacakan(peringatanJson, 'pelacakan-peringatan.json', SOP);
export const KALENDER = defaultWorkingCalendar();

/** Role -> person, as SKENARIO.md assigns them (one Kabid stands for all units here). */
export const ORANG: Record<string, string> = {
  'Kepala Dinsospermasdes': 'kepala@contoh.go.id',
  Sekretaris: 'sekretaris@contoh.go.id',
  'Sek. Tim Sakip': 'sakip.sekretaris@contoh.go.id',
  'Anggota Tim Sakip': 'sakip.anggota@contoh.go.id',
  Kabid: 'kabid.pspfm@contoh.go.id',
};

export const canAct: CanAct = (email, step) => ORANG[step.pelaksana] === email;

/** WIB wall-clock time in August 2026 as epoch ms. */
export const agu = (tanggal: number, jam: number, menit = 0) => localMs(2026, 8, tanggal, jam, menit);

type Jam = [tanggal: number, jam: number, menit: number];

/** SKENARIO.md: each step's start and finish. */
const JALANNYA: [no: number, mulai: Jam, selesai: Jam][] = [
  [1, [12, 8, 0], [12, 8, 10]],
  [2, [12, 8, 30], [12, 9, 45]],
  [3, [12, 10, 0], [12, 10, 20]],
  [4, [12, 10, 30], [12, 11, 0]],
  [5, [13, 13, 0], [13, 15, 30]],
  [6, [14, 14, 0], [18, 9, 0]],
  [7, [18, 9, 0], [19, 11, 0]],
  [8, [19, 13, 0], [19, 13, 30]],
  [9, [20, 8, 0], [20, 9, 0]],
  [10, [20, 9, 30], [20, 9, 50]],
  [11, [21, 11, 0], [21, 13, 10]],
  [12, [21, 14, 0], [21, 14, 15]],
  [13, [21, 14, 30], [21, 14, 50]],
  [14, [24, 8, 0], [24, 8, 10]],
];

export function barisLangkah(
  aksi: 'mulai' | 'selesai' | 'buka-kembali',
  no: number,
  [t, j, m]: Jam,
  rincian = '',
): BarisLog {
  return {
    waktu: agu(t, j, m),
    pengguna: ORANG[LANGKAH[no - 1].pelaksana],
    aksi,
    langkah: no,
    rincian,
    id: `L${no}-${aksi}-1`,
  };
}

/** The Log of SKENARIO.md up to (not including) the instant `sampai`, with the cycle's creation row first. */
export function logSkenario(sampai = Infinity): BarisLog[] {
  const log: BarisLog[] = [
    {
      waktu: agu(12, 8, 30),
      pengguna: ORANG['Sek. Tim Sakip'],
      aksi: 'siklus-dibuat',
      langkah: 2,
      rincian: 'Siklus Triwulan II Tahun 2026',
      id: 'siklus-1',
    },
  ];
  for (const [no, mulai, selesai] of JALANNYA)
    log.push(barisLangkah('mulai', no, mulai), barisLangkah('selesai', no, selesai));
  return log.filter((b) => b.waktu < sampai).sort((a, b) => a.waktu - b.waktu);
}
