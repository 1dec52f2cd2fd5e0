/**
 * One cycle's SOP steps as the monitoring reads them: the Pelacakan projection of its Log (the same working minutes
 * and lateness the cycle's own Pelacakan tab shows), with the reopens and the people from the replayed step events.
 */
import type { WorkingCalendar } from '../jam-kerja/kalender';
import { barisLogKeEvent, type BarisLog } from '../pelacakan/log';
import type { StepEvent } from '../pelacakan/kejadian-langkah';
import { proyeksiPelacakan } from '../pelacakan/proyeksi';
import { replayEvents } from '../pelacakan/status-langkah';
import type { SopStep } from '../sop/types';
import type { LangkahSiklus } from './statistik';

export interface MasukanLangkahSiklus {
  siklus: string;
  /** the SOP's steps with this cycle's pelaksana */
  langkah: readonly SopStep[];
  /** the Log rows whose seal holds */
  log: readonly BarisLog[];
  kalender: WorkingCalendar;
  nowMs: number;
  /** a person's name from the cycle's Pengaturan, else the email */
  nama: (email: string) => string;
}

export interface HasilLangkahSiklus {
  /** by step number */
  langkah: Map<number, LangkahSiklus>;
  /** step events the step rules refuse (a broken chain), by Log ID, with the reason */
  ditolak: { id: string; alasan: string }[];
}

/** The Peringatan of the Pelacakan tab plays no part in monitoring. */
const TANPA_PERINGATAN = { langkah: [], teks: '' };

export function langkahSiklus(m: MasukanLangkahSiklus): HasilLangkahSiklus {
  const proyeksi = proyeksiPelacakan({ ...m, peringatan: TANPA_PERINGATAN });
  const events = m.log.map(barisLogKeEvent).filter((e): e is StepEvent => e !== null);
  const { states } = replayEvents(m.langkah, events);
  const dimulaiTerakhir = proyeksi.langkah.reduce((n, b, i) => (b.mulai === '' ? n : i), -1);
  const langkah = new Map<number, LangkahSiklus>();
  proyeksi.langkah.forEach((b, i) => {
    const history = states[i].history;
    langkah.set(m.langkah[i].no, {
      siklus: m.siklus,
      menit: b.durasiMenit === '' ? null : b.durasiMenit,
      selesai: b.selesai !== '',
      terlambat: proyeksi.terlambat.includes(m.langkah[i].no),
      dilewati: b.mulai === '' && i < dimulaiTerakhir,
      dibukaKembali: history.filter((e) => e.type === 'buka-kembali').length,
      pelaku: [...new Set(history.map((e) => m.nama(e.by)))],
    });
  });
  return { langkah, ditolak: proyeksi.ditolak.map((d) => ({ id: d.event.id, alasan: d.reason })) };
}
