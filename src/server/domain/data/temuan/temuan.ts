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
