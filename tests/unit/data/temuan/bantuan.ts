import { type BarisFormulir } from '../../../../src/server/domain/data/temuan/types';

/** A complete, valid form row of unit SEKRE on tab "Form SEKRE"; override cells per test. */
export function baris(rowNumber: number, cells: BarisFormulir['cells'] = {}): BarisFormulir {
  return {
    unit: 'SEKRE',
    tab: 'Form SEKRE',
    rowNumber,
    cells: {
      sasaran: 'Meningkatnya akuntabilitas kinerja perangkat daerah',
      indikator: `Indikator baris ${rowNumber}`,
      satuan: '%',
      polaritas: 'positif',
      target: 100,
      realisasi: '87,5',
      penjelasan: '',
      buktiDukung: 'https://drive.google.com/file/d/abc/view',
      ...cells,
    },
  };
}
