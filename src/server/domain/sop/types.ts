/** One step of an SOP (a row of its table), as the template stores it. */
export interface SopStep {
  no: number;
  uraian: string;
  /** the pelaksana column (role name) that carries the step by default; editable per office */
  pelaksana: string;
  kelengkapan: string;
  /** target duration in working minutes (Mutu Baku: Waktu) */
  waktuMenit: number;
  output: string;
  keterangan: string;
}
