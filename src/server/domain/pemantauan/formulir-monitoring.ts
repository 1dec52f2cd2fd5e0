/**
 * One row of the monitoring form of the SOP, laid out as Tabel 7 "Monitoring Pelaksanaan SOP AP" of the PermenPANRB
 * 35/2012 guide (docs/regulasi/monitoring-sop.md §2): the assessment of how the step was carried out, its Mutu Baku
 * of time, the notes and the action to take, filled from the figures of the cycles. The rule that turns figures into
 * "Berjalan dengan baik" is the office's (§6), not the regulation's.
 */
import { formatAngka } from '../format/bilangan';
import type { LangkahTerpantau } from './penahan';
import { usulanTarget } from './usulan-target';

const PENILAIAN = {
  baik: 'Berjalan dengan baik',
  tidakBaik: 'Tidak berjalan dengan baik',
  belum: 'Belum dapat dinilai',
} as const;

export interface BarisFormulirMonitoring {
  no: number;
  prosedur: string;
  penilaian: string;
  mutuBaku: string;
  catatan: string;
  tindakan: string;
}

/** Carried out as written: never skipped, and within its target in at least half of the cycles that finished it. */
function penilaian(l: LangkahTerpantau): string {
  const { dilaksanakan, dilewati, terlambat } = l.stat;
  if (dilaksanakan === 0 && dilewati === 0) return PENILAIAN.belum;
  return dilewati === 0 && terlambat * 2 <= dilaksanakan ? PENILAIAN.baik : PENILAIAN.tidakBaik;
}

function catatan(l: LangkahTerpantau): string {
  const s = l.stat;
  const bagian = [`Selesai di ${s.dilaksanakan} dari ${s.siklus} siklus`];
  if (s.dilewati) bagian.push(`dilewati di ${s.dilewati} siklus`);
  if (s.terlambat) bagian.push(`terlambat ${s.terlambat} kali`);
  if (s.dibukaKembali) bagian.push(`dibuka kembali ${s.dibukaKembali} kali`);
  if (s.median !== null)
    bagian.push(`median ${formatAngka(s.median)} dan terburuk ${formatAngka(s.terburuk ?? s.median)} menit kerja`);
  return `${bagian.join('; ')} (target ${l.targetMenit} menit).`;
}

function tindakan(l: LangkahTerpantau, nilai: string): string {
  const usul = usulanTarget(l.targetMenit, l.stat);
  const saran: string[] = [];
  if (usul) {
    saran.push(
      `Usulan revisi target waktu: ${l.targetMenit} menjadi ${usul.menit} menit (${usul.alasan}). ` +
        'Hanya usulan: diputuskan Tim SAKIP, SOP tidak diubah oleh add-in.',
    );
  }
  if (l.stat.dilewati) saran.push('Pastikan langkah ini dikerjakan dan dicatat di setiap siklus.');
  if (nilai === PENILAIAN.tidakBaik && l.stat.terlambat) saran.push('Telusuri sebab keterlambatan bersama pelaksana.');
  return saran.join(' ');
}

export function barisFormulirMonitoring(l: LangkahTerpantau): BarisFormulirMonitoring {
  const s = l.stat;
  const nilai = penilaian(l);
  return {
    no: l.no,
    prosedur: l.uraian,
    penilaian: nilai,
    mutuBaku: s.dilaksanakan
      ? `Waktu terpenuhi di ${s.tepatWaktu} dari ${s.dilaksanakan} siklus`
      : 'Belum ada siklus yang menyelesaikan langkah ini',
    catatan: catatan(l),
    tindakan: tindakan(l, nilai),
  };
}
