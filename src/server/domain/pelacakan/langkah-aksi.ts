/**
 * What an action needs to record SOP steps: the tracking context of a cycle's settings, the step an action
 * finishes (sheets-templates/aksi-langkah.json), and the events that stamp it done.
 */
import type { PermintaanLangkah } from './catat';
import type { CanAct, StepEvent } from './kejadian-langkah';
import { terapkanPelaksana } from './proyeksi';
import { penyuntingPelacakan } from './penyunting';
import { deriveStepStates } from './status-langkah';
import { izinLangkah } from '../pengaturan/peran';
import type { Pengaturan } from '../pengaturan/types';
import type { SopStep } from '../sop/types';
import type { WorkingCalendar } from '../jam-kerja/kalender';
import { TEMPLAT, type AksiBerlangkah } from '../templat';

/** What the tracking actions need from a cycle's settings; the role function is a parameter, not a look-up. */
export interface KonteksPelacakan {
  /** the SOP's steps with the office's pelaksana per step */
  langkah: readonly SopStep[];
  kalender: WorkingCalendar;
  canAct: CanAct;
  /** who may write the Log and Pelacakan tabs (see gateways/protection.ts) */
  penyunting: readonly string[];
}

/** A step event to record: what, by whom, when (epoch ms). */
export interface Kejadian {
  permintaan: PermintaanLangkah;
  oleh: string;
  at: number;
}

/** The tracking context of given settings. */
export function konteksPelacakan(pengaturan: Pengaturan): KonteksPelacakan {
  const sop = TEMPLAT.sop;
  const langkah = terapkanPelaksana(sop.steps, pengaturan.pelaksanaLangkah);
  const canAct = izinLangkah(pengaturan, sop);
  return {
    langkah,
    kalender: pengaturan.kalender,
    canAct,
    penyunting: penyuntingPelacakan(pengaturan.orang, langkah, canAct),
  };
}

/** The SOP step an action finishes, checked against the SOP template. */
export function langkahAksi(aksi: AksiBerlangkah): number {
  const no: unknown = TEMPLAT.aksiLangkah[aksi];
  if (typeof no !== 'number' || !TEMPLAT.sop.steps.some((s) => s.no === no)) {
    throw new Error(`sheets-templates/aksi-langkah.json, kunci "${aksi}": "${String(no)}" bukan nomor langkah SOP.`);
  }
  return no;
}

/** The SOP steps an add-in action stamps (sheets-templates/aksi-langkah.json). */
export function langkahBeraksi(): ReadonlySet<number> {
  const aksi = Object.keys(TEMPLAT.aksiLangkah).filter((k) => !k.startsWith('_')) as AksiBerlangkah[];
  return new Set(aksi.map(langkahAksi));
}

/**
 * The events that record step `no` as done by `oleh` at `nowMs`: its start at `mulaiAt` (never after now) unless it
 * runs already, then its finish; nothing when it is finished already (someone recorded it by hand), so an action
 * run again never trips over the step rules.
 */
export function kejadianTuntas(
  konteks: KonteksPelacakan,
  events: readonly StepEvent[],
  no: number,
  oleh: string,
  mulaiAt: number,
  nowMs: number,
): Kejadian[] {
  const state = deriveStepStates(konteks.langkah, events).find((s) => s.no === no);
  if (!state || state.status === 'selesai') return [];
  const selesai: Kejadian = { permintaan: { type: 'selesai', step: no }, oleh, at: nowMs };
  if (state.status === 'berjalan') return [selesai];
  return [{ permintaan: { type: 'mulai', step: no }, oleh, at: Math.min(mulaiAt, nowMs) }, selesai];
}
