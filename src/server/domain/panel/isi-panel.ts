/**
 * What the sidebar shows of a cycle, computed from the SOP, the step states and who is asking. Pure: no Apps Script
 * service, so the rules of "which buttons may this person press now" are tested without the emulator.
 */
import type {
  AksiPanel,
  AksiSiklus,
  KelengkapanUnit,
  LangkahBerikutnya,
  LangkahPanel,
  PanelSiklusAktif,
  Pengguna,
  StatusLangkah,
} from '../../../shared/api';
import type { StepState } from '../pelacakan/kejadian-langkah';
import { formatAngka } from '../format/bilangan';
import { formatJam, formatWaktuLokal } from '../format/tanggal';
import type { SopStep } from '../sop/types';
import type { WorkingCalendar } from '../jam-kerja/kalender';
import { stepTiming } from '../jam-kerja/waktu-langkah';
import { localDayIndex } from '../zona-waktu';

export interface BahanPanel {
  spreadsheetId: string;
  judul: string;
  periode: string;
  /** the SOP's steps, pelaksana as this cycle's Pengaturan assigns them */
  langkah: readonly SopStep[];
  /** one state per step (deriveStepStates) */
  states: readonly StepState[];
  kalender: WorkingCalendar;
  /** epoch ms */
  sekarang: number;
  pengguna: Pengguna;
  /** whether the user may record events on step `no` (the settings' permission rule) */
  boleh: (no: number) => boolean;
  /** per unit, as the last Rekap counted it; empty before the first consolidation */
  kelengkapan?: readonly KelengkapanUnit[];
  /** the cycle's actions this user may take now (aksiSiklusYangBoleh) */
  aksiSiklus?: readonly AksiSiklus[];
}

const STATUS_TEKS: Record<StatusLangkah, string> = {
  belum: 'Belum dimulai',
  berjalan: 'Berjalan',
  'selesai tepat waktu': 'Selesai tepat waktu',
  'selesai terlambat': 'Selesai terlambat',
  terlambat: 'Berjalan, terlambat',
};

/** Working minutes in words: "45 menit", "2 jam", "18 jam 30 menit". */
export function durasiTeks(menit: number): string {
  const bulat = Math.round(menit);
  const jam = Math.floor(bulat / 60);
  const sisa = bulat % 60;
  if (jam === 0) return `${sisa} menit`;
  return sisa ? `${formatAngka(jam)} jam ${sisa} menit` : `${formatAngka(jam)} jam`;
}

function waktuTeks(status: StatusLangkah, aktual: number, target: number): string {
  if (status === 'belum') return `Target ${durasiTeks(target)}`;
  const lewat = Math.round(aktual) - target;
  const dasar = `${durasiTeks(aktual)} dari ${durasiTeks(target)}`;
  return lewat > 0 ? `${dasar} (lewat ${durasiTeks(lewat)})` : dasar;
}

/** "Selesai 09.45 WIB" on the day it started, the full date otherwise. */
function selesaiTeks(state: StepState): string {
  if (state.status !== 'selesai' || state.selesai === undefined) return '';
  const hariSama = state.mulai !== undefined && localDayIndex(state.mulai) === localDayIndex(state.selesai);
  return `Selesai ${hariSama ? formatJam(new Date(state.selesai)) : formatWaktuLokal(state.selesai)}`;
}

function langkahPanel(step: SopStep, state: StepState, bahan: BahanPanel): LangkahPanel {
  const timing = stepTiming(step, state, bahan.kalender, bahan.sekarang);
  return {
    no: step.no,
    uraian: step.uraian,
    pelaksana: step.pelaksana,
    status: timing.status,
    statusTeks: STATUS_TEKS[timing.status],
    targetMenit: timing.targetMenit,
    aktualMenit: Math.round(timing.aktualMenit),
    waktuTeks: waktuTeks(timing.status, timing.aktualMenit, timing.targetMenit),
    mulaiTeks: state.mulai === undefined ? '' : `Mulai ${formatWaktuLokal(state.mulai)}`,
    selesaiTeks: selesaiTeks(state),
    oleh: state.oleh ?? '',
    catatan: state.catatan ?? '',
  };
}

/**
 * The buttons for this person now: finish any running step they may act on, start the first step not yet started,
 * and reopen the step finished last (to correct a finish recorded too early). Steps go in SOP order, so only the
 * first unstarted one is offered.
 */
export function aksiYangBoleh(
  langkah: readonly SopStep[],
  states: readonly StepState[],
  boleh: (no: number) => boolean,
): AksiPanel[] {
  const uraian = new Map(langkah.map((s) => [s.no, s.uraian]));
  const aksi = (jenis: AksiPanel['jenis'], no: number, kata: string): AksiPanel => ({
    jenis,
    no,
    label: `${kata} langkah ${no}`,
    uraian: uraian.get(no) ?? '',
  });
  const hasil: AksiPanel[] = [];
  for (const s of states) if (s.status === 'berjalan' && boleh(s.no)) hasil.push(aksi('selesai', s.no, 'Selesai'));
  const belum = states.find((s) => s.status === 'belum');
  if (belum && boleh(belum.no)) hasil.push(aksi('mulai', belum.no, 'Mulai'));
  const terakhir = states
    .filter((s) => s.status === 'selesai')
    .reduce<StepState | undefined>((a, s) => (!a || (s.selesai ?? 0) >= (a.selesai ?? 0) ? s : a), undefined);
  if (terakhir && boleh(terakhir.no)) hasil.push(aksi('buka-kembali', terakhir.no, 'Buka kembali'));
  return hasil;
}

function berikutnya(langkah: readonly SopStep[], states: readonly StepState[]): LangkahBerikutnya | null {
  const state = states.find((s) => s.status !== 'selesai');
  const step = state && langkah.find((s) => s.no === state.no);
  if (!state || !step) return null;
  return {
    no: step.no,
    uraian: step.uraian,
    pelaksana: step.pelaksana,
    keadaan: state.status === 'berjalan' ? 'Berjalan' : 'Belum dimulai',
  };
}

export function susunPanelSiklus(bahan: BahanPanel): PanelSiklusAktif {
  const stateOf = new Map(bahan.states.map((s) => [s.no, s]));
  const langkah = bahan.langkah.flatMap((step) => {
    const state = stateOf.get(step.no);
    return state ? [langkahPanel(step, state, bahan)] : [];
  });
  return {
    jenis: 'siklus',
    spreadsheetId: bahan.spreadsheetId,
    judul: bahan.judul,
    periode: bahan.periode,
    pengguna: bahan.pengguna,
    langkah,
    berikutnya: berikutnya(bahan.langkah, bahan.states),
    aksi: aksiYangBoleh(bahan.langkah, bahan.states, bahan.boleh),
    aksiSiklus: (bahan.aksiSiklus ?? []).map((a) => ({ ...a })),
    jumlahSelesai: bahan.states.filter((s) => s.status === 'selesai').length,
    diperbaruiTeks: `Diperbarui ${formatJam(new Date(bahan.sekarang))}`,
    ...(bahan.kelengkapan?.length ? { kelengkapan: bahan.kelengkapan.map((k) => ({ ...k })) } : {}),
  };
}
