/** The fields of a unit's form tab that validation knows; a row may carry other cells too. */
export type KolomFormulir =
  | 'sasaran'
  | 'indikator'
  | 'satuan'
  | 'polaritas'
  | 'target'
  | 'realisasi'
  | 'penjelasan'
  | 'tindakLanjut'
  | 'buktiDukung'
  | 'pagu'
  | 'realisasiAnggaran';

/** One row of a unit's form tab, raw values as getValues returns them, keyed by field. */
export interface BarisFormulir {
  /** unit kerja code, e.g. "SEKRE" */
  unit: string;
  /** tab name, e.g. "Form SEKRE" */
  tab: string;
  /** 1-based sheet row */
  rowNumber: number;
  cells: Partial<Record<KolomFormulir, unknown>> & Record<string, unknown>;
}

export type Keparahan = 'galat' | 'peringatan';

export interface Temuan {
  severity: Keparahan;
  unit: string;
  tab: string;
  row: number;
  /** header text of the column */
  column: string;
  /** names tab, row and column, in Bahasa Indonesia */
  message: string;
}

/** Header text per field, as the form tab shows it; callers pass the layout's headers when they differ. */
export type JudulKolom = Record<string, string>;

export const JUDUL_KOLOM_BAWAAN: Readonly<Record<KolomFormulir, string>> = {
  sasaran: 'Sasaran Strategis',
  indikator: 'Indikator Kinerja',
  satuan: 'Satuan',
  polaritas: 'Polaritas',
  target: 'Target',
  realisasi: 'Realisasi',
  penjelasan: 'Penjelasan',
  tindakLanjut: 'Tindak Lanjut',
  buktiDukung: 'Bukti Dukung',
  pagu: 'Pagu',
  realisasiAnggaran: 'Realisasi Anggaran',
};
