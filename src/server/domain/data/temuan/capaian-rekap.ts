import { formatAngka } from '../../format/bilangan';
import type { Rekap } from '../rekap/susun-rekap';
import type { Temuan } from './types';

/**
 * A capaian (before capping) outside the reasonable range needs a penjelasan: without one, a peringatan on the form's
 * Penjelasan cell. The capaian is the Rekap's — to date, by the cumulation method, from the same parsed values — so
 * Temuan and Rekap never disagree about a number.
 */
export function temuanCapaianRekap(
  rekap: Rekap,
  rentangWajar: { min: number; max: number },
  judulPenjelasan: string,
): Temuan[] {
  const { min, max } = rentangWajar;
  return rekap.unit.flatMap((u) =>
    u.sasaran.flatMap((s) =>
      s.baris.flatMap((b): Temuan[] => {
        if (!b.capaian.ok || b.penjelasan || (b.capaian.nilaiMentah >= min && b.capaian.nilaiMentah <= max)) return [];
        const { tab, rowNumber } = b.asal;
        const isi =
          `capaian ${formatAngka(b.capaian.nilaiMentah)}% di luar rentang wajar ${formatAngka(min)}–${formatAngka(max)}%; ` +
          'tuliskan penjelasan (sebab capaian setinggi/serendah itu).';
        return [
          {
            severity: 'peringatan',
            unit: u.unit,
            tab,
            row: rowNumber,
            column: judulPenjelasan,
            message: `Tab "${tab}", baris ${rowNumber}, kolom "${judulPenjelasan}": ${isi}`,
          },
        ];
      }),
    ),
  );
}
