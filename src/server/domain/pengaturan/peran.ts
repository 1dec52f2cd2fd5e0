import type { CanAct } from '../pelacakan/kejadian-langkah';
import type { SopTemplate } from '../sop/types';
import { normalkan } from './blok-tab';
import type { Orang, Pengaturan } from './types';

/**
 * Who is who, read from the settings. Emails and role names compare without regard to case or spacing ("Sek. Tim
 * SAKIP" is "Sek. Tim Sakip"): they are typed by people.
 */
const PERAN_KABID = 'Kabid';

function orang(p: Pengaturan, email: string): Orang | undefined {
  const dicari = normalkan(email);
  return dicari ? p.orang.find((o) => normalkan(o.email) === dicari) : undefined;
}

/** The roles a person holds; empty for someone not listed. */
export function peranOrang(p: Pengaturan, email: string): string[] {
  return [...(orang(p, email)?.peran ?? [])];
}

/** The role that carries a step: the office's choice in the settings, else the SOP template's default. */
export function pelaksanaLangkah(p: Pengaturan, sop: SopTemplate, stepNo: number): string | undefined {
  return p.pelaksanaLangkah[stepNo] ?? sop.steps.find((s) => s.no === stepNo)?.pelaksana;
}

/**
 * Whether a person may record a step: members of the Tim SAKIP may act on every step; others when they hold the
 * step's pelaksana role (for a Kabid step, any Kabid: each validates their own unit, which the validation rules check).
 */
export function bolehBertindak(p: Pengaturan, sop: SopTemplate, email: string, stepNo: number): boolean {
  const o = orang(p, email);
  if (!o) return false;
  if (o.timSakip) return true;
  const peran = pelaksanaLangkah(p, sop, stepNo);
  return peran !== undefined && o.peran.some((r) => normalkan(r) === normalkan(peran));
}

/** The CanAct the cycle domain expects, bound to these settings. */
export function izinLangkah(p: Pengaturan, sop: SopTemplate): CanAct {
  return (email, step) => bolehBertindak(p, sop, email, step.no);
}

/** Everyone who belongs to a unit kerja. */
export function orangUnit(p: Pengaturan, kode: string): Orang[] {
  return p.orang.filter((o) => normalkan(o.unit) === normalkan(kode));
}

/** The head of a unit kerja (the Sekretaris for the Sekretariat), or null when none is set. */
export function kabidUnit(p: Pengaturan, kode: string): Orang | null {
  return orangUnit(p, kode).find((o) => o.peran.some((r) => normalkan(r) === normalkan(PERAN_KABID))) ?? null;
}

/** The members of the Tim SAKIP. */
export function timSakip(p: Pengaturan): Orang[] {
  return p.orang.filter((o) => o.timSakip);
}
