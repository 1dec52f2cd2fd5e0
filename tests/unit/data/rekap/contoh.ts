import contoh from '../../../fixtures/contoh-siklus.json';
import { type BarisFormulir } from '../../../../src/server/domain/data/temuan/types';
export const URUTAN_UNIT = contoh.unit_kerja.map((u) => u.kode);

/** The sample cycle as form rows: one tab per unit, indicators from sheet row 5, annual realisasi. */
export function barisContoh(): BarisFormulir[] {
  return contoh.unit_kerja.flatMap((u) =>
    u.indikator.map((i, n) => ({
      unit: u.kode,
      tab: `Form ${u.kode}`,
      rowNumber: 5 + n,
      cells: {
        sasaran: i.sasaran,
        indikator: i.indikator,
        satuan: i.satuan,
        polaritas: i.polaritas,
        target: i.target,
        realisasi: i.realisasi_tahunan,
        penjelasan: '',
        buktiDukung: '',
      },
    })),
  );
}

/** contoh_capaian_persen per indicator, as the sample computed it (variant A, no capping) */
export const CAPAIAN_CONTOH = new Map(
  contoh.unit_kerja.flatMap((u) => u.indikator.map((i) => [i.indikator, i.contoh_capaian_persen] as const)),
);
