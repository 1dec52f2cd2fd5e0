import { parseAngka } from '../../../indikator/parse-angka';
import { tampakSepertiFormula } from '../../../format/neutralkan-formula';
import { buatTemuan } from '../temuan';
import type { AturanBaris } from './konteks';

const NAMA_KARAKTER: Record<string, string> = { '\t': 'tab', '\r': 'ganti baris (CR)' };

/**
 * Text that a spreadsheet would take as a formula (peringatan: it is neutralised when copied, but the unit should
 * know). A number written as text ("-5", "+7") and "-" meaning "not filled" are not flagged.
 */
export const tampakFormula: AturanBaris = (baris, { judulKolom }) =>
  Object.entries(baris.cells)
    .filter(([, nilai]) => typeof nilai === 'string' && tampakSepertiFormula(nilai) && !bacaSebagaiAngka(nilai))
    .map(([kolom, nilai]) => {
      const awal = (nilai as string)[0];
      const isi =
        `teks diawali "${NAMA_KARAKTER[awal] ?? awal}" akan dianggap rumus oleh spreadsheet; saat disalin, ` +
        "teks ini diberi tanda petik (') di depannya. Hapus tanda itu bila bukan rumus.";
      return buatTemuan(baris, kolom, 'peringatan', isi, judulKolom);
    });

function bacaSebagaiAngka(teks: string): boolean {
  const hasil = parseAngka(teks);
  return hasil.ok || hasil.kosong;
}
