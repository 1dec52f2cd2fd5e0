import { kodeUnitDariTab } from '../../layout';
import type { BarisFormulir, JudulKolom, Keparahan, Temuan } from './types';

/** Builds a finding whose message names the tab, row and column: `Tab "Form SEKRE", baris 7, kolom "Target": …`. */
export function buatTemuan(
  baris: BarisFormulir,
  kolom: string,
  severity: Keparahan,
  isi: string,
  judulKolom: JudulKolom,
): Temuan {
  const column = judulKolom[kolom] ?? kolom;
  return {
    severity,
    unit: baris.unit,
    tab: baris.tab,
    row: baris.rowNumber,
    column,
    message: `Tab "${baris.tab}", baris ${baris.rowNumber}, kolom "${column}": ${isi}`,
  };
}

/**
 * The order of the Temuan tab: by unit in the configured order (unknown units last), a unit's form before the other
 * tabs; the sort is stable, so rows keep their order within a tab.
 */
export function urutanTemuan(urutanUnit: readonly string[]): (a: Temuan, b: Temuan) => number {
  const kunci = (t: Temuan) => {
    const i = urutanUnit.indexOf(t.unit);
    return (i < 0 ? urutanUnit.length : i) * 2 + (kodeUnitDariTab(t.tab) === null ? 1 : 0);
  };
  return (a, b) => kunci(a) - kunci(b);
}
