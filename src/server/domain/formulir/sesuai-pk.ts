import { bacaTarget, targetSama } from '../indikator/target';
import type { Periode } from '../siklus/periode';
import { teksKosong } from '../data/temuan/kosong';
import { type IndikatorAwal, nilaiDariPK } from './isian-formulir';

/** A cell of a form row that no longer says what the Perjanjian Kinerja says. */
export interface BedaPK {
  /** the form's field */
  kolom: string;
  formulir: string;
  pk: string;
}

const KOLOM_TARGET = new Set(['target', 'targetTahunan']);

function teks(v: unknown): string {
  return teksKosong(v) ? '' : String(v).replace(/\s+/g, ' ').trim();
}

function sama(kolom: string, formulir: unknown, pk: unknown): boolean {
  if (KOLOM_TARGET.has(kolom)) {
    const [a, b] = [bacaTarget(formulir), bacaTarget(pk)];
    if (a.ok && b.ok) return targetSama(a.target, b.target);
  }
  return teks(formulir).toLowerCase() === teks(pk).toLowerCase();
}

/**
 * The cells of a form row written from the Perjanjian Kinerja (the layout's dariPK columns present in `cells`) that
 * differ from it: edited by hand although protected, or written before the PK was changed. The PK is what counts.
 */
export function bedaDenganPK(cells: Readonly<Record<string, unknown>>, pk: IndikatorAwal, periode: Periode): BedaPK[] {
  const harapan = nilaiDariPK(pk, periode);
  return Object.keys(harapan)
    .filter((k) => k in cells && !sama(k, cells[k], harapan[k]))
    .map((k) => ({ kolom: k, formulir: teks(cells[k]), pk: teks(harapan[k]) }));
}
