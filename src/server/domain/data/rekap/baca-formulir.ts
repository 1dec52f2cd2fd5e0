import { petaJudul, type TataLetakTab } from '../../layout';
import { KOLOM_SIDIK } from '../validasi/sidik';
import { type BarisFormulir } from '../temuan/types';

/** What one read of a unit's form tab gives: the same block as values, formulas and number formats. */
export interface IsiTabFormulir {
  unit: string;
  tab: string;
  /** getValues(), header row first */
  nilai: readonly (readonly unknown[])[];
  /** getFormulas() of the same block ('' where the cell holds no formula) */
  rumus: readonly (readonly string[])[];
  /** getNumberFormats() of the same block */
  format: readonly (readonly string[])[];
}

/**
 * The fields the Rekap takes from a form (bacaIndikator): the very values a Kabid validates, so what is validated is
 * what is consolidated. Other columns (the Kabid's, Tindak Lanjut) are not read.
 */
const KOLOM_DIBACA: readonly string[] = KOLOM_SIDIK;
/** The form's number columns: a percent-formatted number there is a fraction of 1 and is read in percent points. */
const KOLOM_ANGKA: readonly string[] = ['target', 'realisasi'];

/**
 * The rows of a unit's form as typed, keyed by field, read by header name through the form's layout; only the headers
 * of the fields read must be present. Columns the add-in fills (terkunci, e.g. the Capaian (%) formula, which the
 * Rekap recomputes) are never read.
 *
 * A formula typed into an input cell is taken as the text the person typed, never as its result: the result of
 * =IMPORTRANGE(...) is someone else's data, and the text is what the Rekap shows (neutralised) and what the number
 * reader refuses. A number in a percent-formatted cell (Sheets stores "85%" as 0.85) is read as 85, the way parseAngka
 * reads the text "85%": capaian and satuan "%" are in percent points.
 */
export function barisDariFormulir(tataLetak: TataLetakTab, isi: IsiTabFormulir): BarisFormulir[] {
  const [judul, ...badan] = isi.nilai;
  if (!judul) return [];
  const dibaca = tataLetak.kolom.filter((k) => !k.terkunci && KOLOM_DIBACA.includes(k.isi));
  const posisi = petaJudul({ ...tataLetak, nama: isi.tab, kolom: dibaca }, judul);
  const kolom = dibaca.map((k) => ({ isi: k.isi, i: posisi.get(k.judul) as number }));
  return badan.map((baris, n) => {
    const r = n + 1;
    const cells = Object.fromEntries(
      kolom.map(({ isi: field, i }) => {
        const rumus = isi.rumus[r]?.[i] ?? '';
        if (rumus) return [field, rumus];
        return [field, KOLOM_ANGKA.includes(field) ? angkaMenurutFormat(baris[i], isi.format[r]?.[i]) : baris[i]];
      }),
    );
    return { unit: isi.unit, tab: isi.tab, rowNumber: r + 1, cells };
  });
}

function angkaMenurutFormat(nilai: unknown, format: string | undefined): unknown {
  // toPrecision: 0.85 × 100 is 85.00000000000001 in binary floating point
  return typeof nilai === 'number' && formatPersen(format ?? '') ? Number((nilai * 100).toPrecision(15)) : nilai;
}

/** A number format that shows the value × 100 with "%": a % outside quotes and backslash escapes. */
export function formatPersen(format: string): boolean {
  return /%/.test(format.replace(/\\.|"[^"]*"/g, ''));
}
