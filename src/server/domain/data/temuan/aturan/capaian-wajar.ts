import { formatAngka } from '../../../format/bilangan';
import { bacaPolaritas } from '../../../indikator/polaritas';
import { hitungCapaian } from '../../../indikator/capaian';
import { parseAngka } from '../../../indikator/parse-angka';
import { teksKosong } from '../kosong';
import { buatTemuan } from '../temuan';
import type { AturanBaris } from './konteks';

/**
 * A capaian (before capping) outside the configured reasonable range needs a penjelasan: without one, a peringatan
 * on the Penjelasan column. Rows whose capaian cannot be computed are left to the other rules.
 */
export const capaianWajar: AturanBaris = (baris, { pengaturan, judulKolom }) => {
  const polaritas = bacaPolaritas(baris.cells.polaritas);
  const target = parseAngka(baris.cells.target);
  const realisasi = parseAngka(baris.cells.realisasi);
  if (!polaritas || !target.ok || !realisasi.ok || !teksKosong(baris.cells.penjelasan)) return [];
  const capaian = hitungCapaian({ target: target.value, realisasi: realisasi.value, polaritas }, pengaturan);
  const { min, max } = pengaturan.rentangWajar;
  if (!capaian.ok || (capaian.nilaiMentah >= min && capaian.nilaiMentah <= max)) return [];
  const isi =
    `capaian ${formatAngka(capaian.nilaiMentah)}% di luar rentang wajar ${formatAngka(min)}–${formatAngka(max)}%; ` +
    'tuliskan penjelasan (sebab capaian setinggi/serendah itu).';
  return [buatTemuan(baris, 'penjelasan', 'peringatan', isi, judulKolom)];
};
