import { StepEvent } from './kejadian-langkah';
import { replayEvents } from './status-langkah';
import { SopStep } from '../sop/types';
import { WorkingCalendar } from '../jam-kerja/kalender';
import { TimingStatus, stepTiming } from '../jam-kerja/waktu-langkah';
import { BarisLog, barisLogKeEvent } from './log';
import { PeringatanPelacakan } from './tampilan';

/** Status as the sheet shows it; the conditional format rules colour these texts. */
const LABEL_STATUS: Record<TimingStatus, string> = {
  belum: 'Belum dimulai',
  berjalan: 'Berjalan',
  'selesai tepat waktu': 'Selesai tepat waktu',
  'selesai terlambat': 'Selesai terlambat',
  terlambat: 'Terlambat',
};

const STATUS_LEWAT: readonly TimingStatus[] = ['terlambat', 'selesai terlambat'];

/** One row of the Pelacakan sheet. Instants are epoch ms (the gateway writes them as dates); '' = empty cell. */
export interface BarisPelacakan {
  no: number | '';
  uraian: string;
  pelaksana: string;
  kelengkapan: string;
  output: string;
  targetMenit: number;
  mulai: number | '';
  selesai: number | '';
  /** working minutes, rounded to whole minutes */
  durasiMenit: number | '';
  selisihMenit: number | '';
  status: string;
  oleh: string;
  tautanOutput: string;
  catatan: string;
}

export interface ProyeksiPelacakan {
  /** one row per SOP step, in the SOP's order */
  langkah: BarisPelacakan[];
  /** sum of the targets against the sum of working minutes of the steps started so far */
  jumlah: BarisPelacakan;
  /** steps over their target, running or finished */
  terlambat: number[];
  /** the SOP's Peringatan when one of the steps it concerns is over its target, else null */
  peringatan: string | null;
  /** Log events the step rules refuse (e.g. a Log edited by hand), with the reason: they change nothing */
  ditolak: { event: StepEvent; reason: string }[];
}

export interface MasukanProyeksi {
  /** the SOP's steps, with the office's pelaksana per step already applied (terapkanPelaksana) */
  langkah: readonly SopStep[];
  /** every Log row; step events are read from it, and output links from any row naming a step */
  log: readonly BarisLog[];
  kalender: WorkingCalendar;
  nowMs: number;
  peringatan: PeringatanPelacakan;
}

/** The pelaksana role the office assigned to each step (Pengaturan), else the SOP's own. */
export function terapkanPelaksana(langkah: readonly SopStep[], pelaksanaLangkah: Record<number, string>): SopStep[] {
  return langkah.map((s) => {
    const peran = pelaksanaLangkah[s.no]?.trim();
    return peran ? { ...s, pelaksana: peran } : s;
  });
}

const URL = /https?:\/\/\S+/g;
/** Punctuation that ends the sentence around a link rather than the link ("... /view." or "(lihat https://...)"). */
const TANDA_BACA_PENUTUP = /[.,;:!?'"»)\]]+$/;

/** The links written in a text, each without the punctuation that closes its sentence. */
function tautanDalam(teks: string): string[] {
  return (teks.match(URL) ?? []).map((url) => url.replace(TANDA_BACA_PENUTUP, '')).filter((url) => url !== '');
}

/** The last link written in a Log row about each step (a document made, a note with the output's address). */
export function tautanOutputDariLog(log: readonly BarisLog[]): Map<number, string> {
  const tautan = new Map<number, string>();
  for (const baris of [...log].sort((a, b) => a.waktu - b.waktu)) {
    const url = tautanDalam(baris.rincian);
    if (baris.langkah !== null && url.length) tautan.set(baris.langkah, url[url.length - 1]);
  }
  return tautan;
}

/**
 * The Pelacakan sheet as a pure function of the Log, the settings and the time: rebuilding it from the same Log at the
 * same instant gives the same sheet. A running step counts its working time up to nowMs.
 */
export function proyeksiPelacakan(masukan: MasukanProyeksi): ProyeksiPelacakan {
  const { langkah, log, kalender, nowMs } = masukan;
  const events = log.map(barisLogKeEvent).filter((e): e is StepEvent => e !== null);
  const { states, ditolak } = replayEvents(langkah, events);
  const tautan = tautanOutputDariLog(log);
  const terlambat: number[] = [];
  const baris = langkah.map((step, i): BarisPelacakan => {
    const state = states[i];
    const timing = stepTiming(step, state, kalender, nowMs);
    if (STATUS_LEWAT.includes(timing.status)) terlambat.push(step.no);
    const durasi = timing.status === 'belum' ? '' : Math.round(timing.aktualMenit);
    return {
      no: step.no,
      uraian: step.uraian,
      pelaksana: step.pelaksana,
      kelengkapan: step.kelengkapan,
      output: step.output,
      targetMenit: step.waktuMenit,
      mulai: state.mulai ?? '',
      selesai: state.selesai ?? '',
      durasiMenit: durasi,
      selisihMenit: durasi === '' ? '' : durasi - step.waktuMenit,
      status: LABEL_STATUS[timing.status],
      oleh: state.oleh ?? '',
      tautanOutput: tautan.get(step.no) ?? '',
      catatan: state.catatan ?? '',
    };
  });
  const berjalan = baris.filter((b) => b.durasiMenit !== '');
  const jumlah: BarisPelacakan = {
    no: '',
    uraian: 'Jumlah',
    pelaksana: '',
    kelengkapan: '',
    output: '',
    targetMenit: jumlahkan(baris.map((b) => b.targetMenit)),
    mulai: '',
    selesai: '',
    durasiMenit: jumlahkan(berjalan.map((b) => b.durasiMenit as number)),
    selisihMenit: berjalan.length ? jumlahkan(berjalan.map((b) => b.selisihMenit as number)) : '',
    status: '',
    oleh: '',
    tautanOutput: '',
    catatan: '',
  };
  const peringatan = masukan.peringatan.langkah.some((no) => terlambat.includes(no)) ? masukan.peringatan.teks : null;
  return { langkah: baris, jumlah, terlambat, peringatan, ditolak };
}

function jumlahkan(angka: readonly number[]): number {
  return angka.reduce((a, b) => a + b, 0);
}
