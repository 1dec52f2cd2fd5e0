/** The refusals every action starts with: who may act, named in the message as Pengaturan names them. */
import { TEMPLAT } from '../templat';
import { bolehBertindak, timSakip } from './peran';
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
