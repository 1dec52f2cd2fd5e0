/**
 * The Monitoring SOP tab of the office's SAKIP workbook, rebuilt whole from the Logs of the cycles of a year: which
 * cycles were read, what was wrong in their Logs, the steps that hold the cycle up, per step the figures, the
 * monitoring form of PermenPANRB 35/2012 (Tabel 7), and per step the working minutes of each cycle beside a chart.
 */
import { formatWaktuLokal } from '../format/tanggal';
import type { SopStep } from '../sop/types';
import { barisFormulirMonitoring } from './formulir-monitoring';
import { angkaSel, barisIsi, susunTab, tabelBerjudul, teksSel, type BlokBergrafik, type LembarPantau } from './lembar';
import { kalimatPenahan, type LangkahTerpantau } from './penahan';
import { blokMasalahLog, blokSiklus, type MasalahLog, type SiklusDibaca } from './siklus-dibaca';
import { ringkasLangkah, type LangkahSiklus } from './statistik';

export const NAMA_TAB_MONITORING = 'Monitoring SOP';
const JUDUL_PARAF = 'Paraf Penilai';
const JUDUL_FORMULIR = [
  'No.',
  'Prosedur',
  'Penilaian Terhadap Penerapan',
  'Mutu Baku (waktu)',
  'Catatan Hasil Penilaian',
  'Tindakan yang Harus Diambil',
  JUDUL_PARAF,
];
const LEBAR_KOLOM = [170, 320, 170, 170, 260, 320, 110, 110, 110, 240];
const MENIT = '#,##0';

export interface MasukanMonitoring {
  tahun: number;
  dibangunMs: number;
  /** the SOP's steps with the pelaksana of the latest cycle read */
  langkah: readonly SopStep[];
  siklus: readonly SiklusDibaca[];
  /** the cycles whose Log was read, in period order, each with its steps by number */
  perSiklus: readonly { label: string; langkah: ReadonlyMap<number, LangkahSiklus> }[];
  masalah: readonly MasalahLog[];
  /** what a Tim SAKIP member typed in the Paraf Penilai column of the form, by step number: kept */
  paraf: ReadonlyMap<number, string>;
}

function keadaan(s: LangkahSiklus): string {
  if (s.dilewati) return 'Dilewati';
  if (s.menit === null) return 'Belum dimulai';
  if (s.selesai) return s.terlambat ? 'Selesai terlambat' : 'Selesai tepat waktu';
  return s.terlambat ? 'Terlambat (berjalan)' : 'Berjalan';
}

function terpantau(m: MasukanMonitoring): { langkah: LangkahTerpantau; perSiklus: LangkahSiklus[] }[] {
  return m.langkah.map((step) => {
    const perSiklus = m.perSiklus.flatMap((s) => s.langkah.get(step.no) ?? []);
    return {
      langkah: { no: step.no, uraian: step.uraian, targetMenit: step.waktuMenit, stat: ringkasLangkah(perSiklus) },
      perSiklus,
    };
  });
}

function blokRingkasan(data: ReturnType<typeof terpantau>, langkah: readonly SopStep[]) {
  return tabelBerjudul(
    'RINGKASAN PER LANGKAH (median dan terburuk dari siklus yang menyelesaikan langkahnya)',
    [
      'No',
      'Uraian',
      'Pelaksana',
      'Target (menit)',
      'Siklus selesai',
      'Median (menit kerja)',
      'Terburuk (menit kerja)',
      'Terlambat (kali)',
      'Dibuka kembali (kali)',
      'Dilaksanakan oleh',
    ],
    data.map(({ langkah: l }, i) =>
      barisIsi([
        angkaSel(l.no, '0'),
        teksSel(l.uraian, true),
        teksSel(langkah[i].pelaksana, true),
        angkaSel(l.targetMenit, MENIT),
        teksSel(`${l.stat.dilaksanakan} dari ${l.stat.siklus}`),
        angkaSel(l.stat.median, MENIT),
        angkaSel(l.stat.terburuk, MENIT),
        angkaSel(l.stat.terlambat, '0'),
        angkaSel(l.stat.dibukaKembali, '0'),
        teksSel(l.stat.pelaku.join(', '), true),
      ]),
    ),
  );
}

function blokFormulir(data: ReturnType<typeof terpantau>, paraf: ReadonlyMap<number, string>) {
  return tabelBerjudul(
    'FORMULIR MONITORING PELAKSANAAN SOP (PermenPANRB 35/2012, Lampiran, Tabel 7)',
    JUDUL_FORMULIR,
    data.map(({ langkah }) => {
      const f = barisFormulirMonitoring(langkah);
      return barisIsi([
        angkaSel(f.no, '0'),
        teksSel(f.prosedur, true),
        teksSel(f.penilaian, true),
        teksSel(f.mutuBaku, true),
        teksSel(f.catatan, true),
        teksSel(f.tindakan, true),
        teksSel(paraf.get(f.no) ?? ''),
      ]);
    }),
  );
}

/** Per step the working minutes of each cycle beside a chart of them against the target. */
function blokPerLangkah(data: ReturnType<typeof terpantau>): BlokBergrafik[] {
  return data.map(({ langkah: l, perSiklus }) => ({
    judul: `Langkah ${l.no}: ${l.uraian}`,
    kepala: ['Siklus', 'Target (menit)', 'Menit kerja', 'Keadaan'],
    isi: perSiklus.map((s) =>
      barisIsi([teksSel(s.siklus), angkaSel(l.targetMenit, MENIT), angkaSel(s.menit, MENIT), teksSel(keadaan(s))]),
    ),
    grafik: {
      judul: `Langkah ${l.no}: target dan menit kerja per siklus`,
      sumbuX: 'Siklus',
      sumbuY: 'Menit kerja',
      kolomGrafik: 3,
    },
  }));
}

export function lembarMonitoring(m: MasukanMonitoring): LembarPantau {
  const data = terpantau(m);
  const dibaca = m.perSiklus.length;
  return susunTab(
    NAMA_TAB_MONITORING,
    `MONITORING PELAKSANAAN SOP PENGUKURAN KINERJA — TAHUN ${m.tahun}`,
    [
      `Dibangun ulang dari Log ${dibaca} siklus pada ${formatWaktuLokal(m.dibangunMs)}.`,
      ...kalimatPenahan(
        data.map((d) => d.langkah),
        dibaca,
      ),
      'Menit kerja menurut kalender kerja setiap siklus, seperti tab Pelacakan SOP-nya.',
      'Usulan revisi target hanya usulan: diputuskan Tim SAKIP.',
    ],
    [blokSiklus(m.siklus), blokMasalahLog(m.masalah), blokRingkasan(data, m.langkah), blokFormulir(data, m.paraf)],
    { judul: 'MENIT KERJA PER SIKLUS (grafik: target dan menit kerja)', blok: blokPerLangkah(data) },
    LEBAR_KOLOM,
  );
}

/**
 * The Paraf Penilai a person typed in the form of the tab as it stands (its values, as getValues gives them), by step
 * number: the rebuild writes them back beside their step.
 */
export function parafTercatat(nilai: readonly (readonly unknown[])[]): Map<number, string> {
  const paraf = new Map<number, string>();
  const kepala = nilai.findIndex((r) => r.includes(JUDUL_PARAF));
  if (kepala < 0) return paraf;
  const kolom = nilai[kepala].indexOf(JUDUL_PARAF);
  for (const r of nilai.slice(kepala + 1)) {
    if (typeof r[0] !== 'number') break;
    const isi = String(r[kolom] ?? '').trim();
    if (isi) paraf.set(r[0], isi);
  }
  return paraf;
}
