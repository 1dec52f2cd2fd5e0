import aksiLangkahJson from '../../../../sheets-templates/aksi-langkah.json';
import { deriveStepStates } from '../../domain/pelacakan/status-langkah';
import type { StepEvent } from '../../domain/pelacakan/kejadian-langkah';
import type { Pengaturan } from '../../domain/pengaturan';
import { bolehBertindak, timSakip } from '../../domain/pengaturan';
import { TEMPLAT } from '../../domain/templat';
import type { Kejadian, KonteksPelacakan } from './catat-langkah';

/** Actions that finish an SOP step when they are done; the step numbers live in sheets-templates/aksi-langkah.json. */
export type AksiBerlangkah = Exclude<keyof typeof aksiLangkahJson, '_keterangan'>;

/** The SOP step an action finishes, checked against the SOP template. */
export function langkahAksi(aksi: AksiBerlangkah): number {
  const no: unknown = aksiLangkahJson[aksi];
  if (typeof no !== 'number' || !TEMPLAT.sop.steps.some((s) => s.no === no)) {
    throw new Error(`sheets-templates/aksi-langkah.json, kunci "${aksi}": "${String(no)}" bukan nomor langkah SOP.`);
  }
  return no;
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

/** Opens a cycle spreadsheet named by the sidebar. */
export function bukaSiklus(spreadsheetId: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  if (typeof spreadsheetId !== 'string' || !spreadsheetId.trim()) throw new Error('Spreadsheet siklus belum dipilih.');
  return SpreadsheetApp.openById(spreadsheetId);
}

export function adalahTimSakip(p: Pengaturan, email: string): boolean {
  return timSakip(p).some((o) => o.email.trim().toLowerCase() === email);
}

/** Refuses anyone outside the Tim SAKIP, naming what they tried. */
export function wajibTimSakip(p: Pengaturan, email: string, apa: string): void {
  if (!adalahTimSakip(p, email)) {
    throw new Error(`${email} tidak berwenang ${apa}: hanya Tim SAKIP (kolom "Tim SAKIP" di tab Pengaturan).`);
  }
}

/** Refuses anyone who may not act on the action's step (its pelaksana role or the Tim SAKIP). */
export function wajibPelaksana(p: Pengaturan, email: string, no: number, apa: string): void {
  if (!bolehBertindak(p, TEMPLAT.sop, email, no)) {
    const peran = p.pelaksanaLangkah[no] ?? TEMPLAT.sop.steps.find((s) => s.no === no)?.pelaksana ?? '';
    throw new Error(`${email} tidak berwenang ${apa}: hanya ${peran} (pelaksana langkah ${no}) dan Tim SAKIP.`);
  }
}
