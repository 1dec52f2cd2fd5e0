import { formatAngka } from '../../../format/bilangan';
import { neutralkanFormula } from '../../../format/neutralkan-formula';
import { BATAS_SEL } from '../../../format/potong-teks';
import { buatTemuan } from '../temuan';
import type { AturanBaris } from './konteks';

/** The text columns the Rekap copies whole from a form. */
const KOLOM_DISALIN = ['penjelasan', 'tindakLanjut', 'buktiDukung'] as const;

/**
 * Text the Rekap cannot hold whole: a full form cell that looks like a formula gets the apostrophe that keeps it text
 * when copied, one character more than a cell allows. The Rekap cuts it (potongTeks); the unit is told here.
 */
export const muatDiRekap: AturanBaris = (baris, { judulKolom }) =>
  KOLOM_DISALIN.flatMap((kolom) => {
    const nilai = baris.cells[kolom];
    if (typeof nilai !== 'string' || neutralkanFormula(nilai).length <= BATAS_SEL) return [];
    const isi =
      `teks ${formatAngka(nilai.length)} karakter tidak muat di satu sel Rekap (paling banyak ` +
      `${formatAngka(BATAS_SEL)} karakter, termasuk tanda petik penanda teks); di Rekap teks ini dipotong. ` +
      'Persingkat, atau taruh uraian panjang di dokumen bukti dukung.';
    return [buatTemuan(baris, kolom, 'peringatan', isi, judulKolom)];
  });
