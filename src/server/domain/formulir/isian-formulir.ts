import type { KebijakanCapaian } from '../indikator/pengaturan-capaian';
import { parseAngka } from '../indikator/parse-angka';
import { type TataLetakTab, hurufKolom, petaJudul, posisiKolom } from '../layout';
import { neutralkanFormula } from '../format/neutralkan-formula';
import type { Sel } from '../pengaturan/blok-tab';
import type { IndikatorPK, Pengaturan } from '../pengaturan/types';

/** What a unit's form starts with for one indicator, so the unit mostly types realisasi and explanations. */
export type IndikatorAwal = Omit<IndikatorPK, 'unit'>;

/**
 * The Capaian (%) formula of one form row, following the office's policy (negative variant, capping). It shows a
 * value while the unit types; the official number is computed again at consolidation, from the same policy.
 * Formulas are written in the en_US syntax Apps Script expects (English names, comma separators) whatever the
 * spreadsheet locale.
 */
export function rumusCapaian(tataLetak: TataLetakTab, baris: number, kebijakan: KebijakanCapaian): string {
  const sel = (isi: string) => `${hurufKolom(posisiKolom(tataLetak, isi))}${baris}`;
  const [t, r, pol] = [sel('target'), sel('realisasi'), `LOWER(TRIM(${sel('polaritas')}))`];
  const negatif = kebijakan.varianNegatif === 'A' ? `(2*${t}-${r})/${t}*100` : `${t}/${r}*100`;
  const mentah = `IF(${pol}="negatif",${negatif},${r}/${t}*100)`;
  const batas =
    kebijakan.capping === 'lantai-0'
      ? `MAX(0,${mentah})`
      : kebijakan.capping === 'batas-0-200'
        ? `MIN(200,MAX(0,${mentah}))`
        : mentah;
  const tidakDapat = [
    `NOT(ISNUMBER(${t}))`,
    `NOT(ISNUMBER(${r}))`,
    `${t}=0`,
    `AND(${pol}<>"positif",${pol}<>"negatif")`,
    ...(kebijakan.varianNegatif === 'B' ? [`AND(${pol}="negatif",${r}=0)`] : []),
  ];
  return `=IF(OR(${tidakDapat.join(',')}),"",${batas})`;
}

/**
 * The form tab's rows below the header: the prefilled indicators, then empty rows for indicators the unit adds. Text
 * is neutralised against formula injection; the add-in's formulas fill their columns on every row.
 */
export function barisIsianFormulir(
  tataLetak: TataLetakTab,
  indikator: readonly IndikatorAwal[],
  kebijakan: KebijakanCapaian,
): Sel[][] {
  const jumlah = indikator.length + (tataLetak.barisCadangan ?? 0);
  return Array.from({ length: jumlah }, (_, i) => {
    const data = (indikator[i] ?? {}) as Record<string, unknown>;
    return tataLetak.kolom.map((k): Sel => {
      if (k.rumus === 'capaian') return rumusCapaian(tataLetak, i + 2, kebijakan);
      const v = data[k.isi];
      return typeof v === 'number' ? v : typeof v === 'string' ? neutralkanFormula(v) : '';
    });
  });
}

function teks(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** The indicators of a filled form tab (its values, header row first), for the next cycle of the same year. */
export function indikatorDariFormulir(
  tataLetak: TataLetakTab,
  values: readonly (readonly unknown[])[],
): IndikatorAwal[] {
  if (values.length === 0) return [];
  const posisi = petaJudul(tataLetak, values[0]);
  const judul = (isi: string) => tataLetak.kolom.find((k) => k.isi === isi)?.judul ?? isi;
  const sel = (row: readonly unknown[], isi: string) => row[posisi.get(judul(isi)) ?? -1];
  return values
    .slice(1)
    .filter((row) => teks(sel(row, 'indikator')))
    .map((row) => {
      const target = sel(row, 'target');
      const angka = parseAngka(target);
      return {
        sasaran: teks(sel(row, 'sasaran')),
        indikator: teks(sel(row, 'indikator')),
        satuan: teks(sel(row, 'satuan')),
        polaritas: teks(sel(row, 'polaritas')),
        target: typeof target === 'number' ? target : angka.ok ? angka.value : teks(target),
      };
    });
}

/** A unit's indicators from the Perjanjian Kinerja list of the settings. */
export function indikatorPKUnit(p: Pengaturan, kodeUnit: string): IndikatorAwal[] {
  return p.perjanjianKinerja
    .filter((i) => i.unit.toUpperCase() === kodeUnit.toUpperCase())
    .map(({ sasaran, indikator, satuan, polaritas, target }) => ({ sasaran, indikator, satuan, polaritas, target }));
}
