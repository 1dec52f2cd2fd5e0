import { formatWaktuLokal } from '../../format/tanggal';
import { susunSurel, type IsiSurel, type Tautan } from '../../surel/susun-surel';
import type { Pengingat } from './jatuh-tempo';

export interface KonteksSiklus {
  /** the cycle spreadsheet's name, "Pengukuran Kinerja – Triwulan II Tahun 2026 – Dinsospermasdes" */
  namaSiklus: string;
  /** the exact tab the reader acts in: the unit's form when one unit is late, else the Pelacakan SOP tab */
  tautan: Tautan;
}

/** "75 menit (1 jam 15 menit)"; under an hour just "45 menit". */
export function formatMenitKerja(menit: number): string {
  const jam = Math.floor(menit / 60);
  if (jam === 0) return `${menit} menit`;
  const sisa = menit % 60;
  return `${menit} menit (${jam} jam${sisa ? ` ${sisa} menit` : ''})`;
}

function rincian(p: Pengingat): [label: string, isi: string][] {
  return [
    ['Uraian', p.step.uraian],
    ['Pelaksana', p.step.pelaksana],
    ...(p.terbuka.length ? [['Belum selesai', p.terbuka.join('; ')] as [string, string]] : []),
    ['Target waktu', `${formatMenitKerja(p.targetMenit)} kerja`],
    ['Waktu kerja sejauh ini', `${formatMenitKerja(p.aktualMenit)} kerja`],
    [p.putaran > 1 ? `Dibuka kembali (ke-${p.putaran - 1})` : 'Dimulai', formatWaktuLokal(p.berjalanSejak)],
    [
      p.jenis === 'eskalasi' ? 'Melewati dua kali target sejak' : 'Melewati target sejak',
      formatWaktuLokal(p.lewatTargetSejak),
    ],
  ];
}

const PENUTUP = {
  pengingat:
    'Pesan ini dikirim otomatis oleh add-in Pengukuran Kinerja, satu kali untuk setiap langkah yang melewati ' +
    'target waktunya, hanya kepada yang bagiannya belum selesai. Bila langkah sudah selesai, mohon tandai selesai ' +
    'di panel Pengukuran Kinerja.',
  eskalasi:
    'Pesan ini dikirim otomatis oleh add-in Pengukuran Kinerja, satu kali untuk setiap langkah yang melewati dua ' +
    'kali target waktunya, kepada atasan pelaksananya menurut blok ATASAN (ESKALASI PENGINGAT) tab Pengaturan.',
};

/** The reminder to the late people, or the escalation to the people above them. */
export function susunEmailPengingat(p: Pengingat, siklus: KonteksSiklus): IsiSurel {
  const siapa = p.terbuka.length ? ` (belum selesai: ${p.terbuka.join('; ')})` : '';
  const eskalasi = p.jenis === 'eskalasi';
  return susunSurel({
    siklus: siklus.namaSiklus,
    perihal: eskalasi
      ? `Eskalasi: langkah ${p.langkah} melewati dua kali target waktu`
      : `Langkah ${p.langkah} melewati target waktu`,
    ajakan: eskalasi
      ? `Mohon tindak lanjuti langkah ${p.langkah}: sudah melewati dua kali target waktunya${siapa}.`
      : `Mohon selesaikan langkah ${p.langkah} atau catat kendalanya: sudah melewati target waktunya${siapa}.`,
    tautan: [siklus.tautan],
    salam: eskalasi ? 'Yth. Bapak/Ibu atasan pelaksana langkah,' : `Yth. ${p.step.pelaksana},`,
    paragraf: [
      `Langkah ${p.langkah} SOP Pengukuran Kinerja masih berjalan dan telah melewati ` +
        `${eskalasi ? 'dua kali ' : ''}target waktunya.`,
    ],
    rincian: rincian(p),
    penutup: PENUTUP[p.jenis],
  });
}
