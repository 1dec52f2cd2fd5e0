import { targetTriwulan } from '../indikator/kumulasi';
import { adalahRentang, type NilaiTarget, tulisTarget } from '../indikator/target';
import type { TataLetakTab } from '../layout';
import type { Periode } from '../siklus/periode';
import { neutralkanFormula } from '../format/neutralkan-formula';
import type { Sel } from '../pengaturan/blok-tab';
import type { IndikatorPK, Pengaturan } from '../pengaturan/types';

/** What a unit's form starts with for one indicator, so the unit mostly types realisasi and explanations. */
export type IndikatorAwal = Omit<IndikatorPK, 'unit'>;

/**
 * The form tab's rows below the header, one per indicator of the unit's Perjanjian Kinerja, written from it: the
 * annual target, the target of this period (the triwulan's from the Rencana Aksi, or the year's) and the cumulation
 * method. Text is neutralised against formula injection.
 */
export function barisIsianFormulir(
  tataLetak: TataLetakTab,
  indikator: readonly IndikatorAwal[],
  periode: Periode,
): Sel[][] {
  return indikator.map((pk) => {
    const data = nilaiDariPK(pk, periode);
    return tataLetak.kolom.map((k): Sel => data[k.isi] ?? '');
  });
}

/** The cells a form row takes from its Perjanjian Kinerja indicator, by field, as they are written. */
export function nilaiDariPK(pk: IndikatorAwal, periode: Periode): Record<string, Sel> {
  const { targetTriwulan: _triwulan, ...teks } = pk;
  const data: Record<string, NilaiTarget | string | null> = {
    ...teks,
    targetTahunan: pk.target,
    target: targetPeriodeIni(pk, periode),
  };
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, selIsian(v)]));
}

/** The target a unit reads next to the realisasi it types: this triwulan's own (not to date), or the year's. */
function targetPeriodeIni(pk: IndikatorAwal, periode: Periode): NilaiTarget | string | null {
  if (periode.jenis === 'Tahunan' || typeof pk.target === 'string') return pk.target;
  return targetTriwulan({ tahunan: pk.target, triwulan: pk.targetTriwulan, metode: pk.metode }, periode.triwulan);
}

function selIsian(v: NilaiTarget | string | null | undefined): Sel {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return neutralkanFormula(v);
  return adalahRentang(v) ? tulisTarget(v) : v;
}

/** A unit's indicators from the Perjanjian Kinerja list of the settings. */
export function indikatorPKUnit(p: Pengaturan, kodeUnit: string): IndikatorAwal[] {
  return p.perjanjianKinerja
    .filter((i) => i.unit.toUpperCase() === kodeUnit.toUpperCase())
    .map(({ unit: _unit, ...awal }) => awal);
}
