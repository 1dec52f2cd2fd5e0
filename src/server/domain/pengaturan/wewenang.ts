/** The refusals every action starts with: who may act, named in the message as Pengaturan names them. */
import { TEMPLAT } from '../templat';
import { normalkan } from './blok-tab';
import { bolehBertindak, orangUnit, timSakip } from './peran';
import type { Pengaturan } from './types';

/** Whether `email` (lower case) is listed in the Tim SAKIP. */
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

/** The other members of the Tim SAKIP (lower case), who share what one of them makes. */
export function rekanTimSakip(p: Pengaturan, email: string): string[] {
  return timSakip(p)
    .map((o) => o.email.trim().toLowerCase())
    .filter((e) => e !== email);
}

/** The SOP's first step: its pelaksana (the Kepala) orders the measurement and reads every unit's figures. */
const LANGKAH_PERINTAH = 1;

/** Whether `email` may read every unit's trend: the Tim SAKIP and the Kepala. */
export function bolehLihatSemuaUnit(p: Pengaturan, email: string): boolean {
  return bolehBertindak(p, TEMPLAT.sop, email, LANGKAH_PERINTAH);
}

/** Refuses a unit not in Pengaturan, and anyone but the unit's Kabid and people, the Tim SAKIP and the Kepala. */
export function wajibBolehLihatUnit(p: Pengaturan, email: string, kode: string): void {
  if (!p.unitKerja.some((u) => normalkan(u.kode) === normalkan(kode))) {
    throw new Error(`Unit "${kode}" tidak ada di tab Pengaturan (blok UNIT KERJA) siklus ini.`);
  }
  const orangnya = orangUnit(p, kode).some((o) => normalkan(o.email) === normalkan(email));
  if (!orangnya && !bolehLihatSemuaUnit(p, email)) {
    throw new Error(
      `${email} tidak berwenang melihat tren unit ${kode}: hanya Kabid dan orang unit itu, Tim SAKIP dan Kepala.`,
    );
  }
}
