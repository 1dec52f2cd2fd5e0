import type { IndikatorAwal } from '../../formulir/isian-formulir';
import { pasangkanPK } from '../../formulir/pasangan-pk';
import { bedaDenganPK } from '../../formulir/sesuai-pk';
import type { Periode } from '../../siklus/periode';
import { barisKosong } from './kosong';
import { buatTemuan } from './temuan';
import type { BarisFormulir, JudulKolom, Temuan } from './types';

/**
 * A form's cells that no longer say what the Perjanjian Kinerja says (protected, so only a hand edit by the Tim SAKIP
 * or a PK changed after the forms were written gets them there), and filled rows below the unit's PK indicators. The
 * PK is what the Rekap uses: each is a peringatan naming tab, row and column.
 */
export function temuanBedaPK(
  baris: readonly BarisFormulir[],
  pk: readonly IndikatorAwal[],
  periode: Periode,
  judulKolom: JudulKolom,
): Temuan[] {
  const { pkBaris } = pasangkanPK(baris, (b) => b.cells.indikator, pk);
  return baris.flatMap((b) => {
    const indikator = pkBaris(b.rowNumber);
    if (!indikator) {
      if (barisKosong(b)) return [];
      const isi =
        'indikator ini tidak ada di Perjanjian Kinerja unit (tab Pengaturan); Rekap menghitungnya dari isian formulir.';
      return [buatTemuan(b, 'indikator', 'peringatan', isi, judulKolom)];
    }
    return bedaDenganPK(b.cells, indikator, periode).map((beda) =>
      buatTemuan(
        b,
        beda.kolom,
        'peringatan',
        `berisi "${beda.formulir}", padahal Perjanjian Kinerja "${beda.pk}"; Rekap memakai Perjanjian Kinerja. ` +
          'Perubahan target diajukan ke Tim SAKIP, bukan diketik di formulir.',
        judulKolom,
      ),
    );
  });
}
