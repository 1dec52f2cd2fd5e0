import { bacaPolaritas, Polaritas } from '../../indikator/polaritas';
import { HasilAngka, parseAngka } from '../../indikator/parse-angka';
import { barisKosong, teksKosong } from '../temuan/kosong';
import { BarisFormulir } from '../temuan/types';

/** A form row after parsing: text trimmed, realisasi read (or why not), polaritas known or null. */
export interface IndikatorTerbaca {
  unit: string;
  tab: string;
  rowNumber: number;
  sasaran: string;
  indikator: string;
  satuan: string;
  polaritas: Polaritas | null;
  realisasi: HasilAngka;
  penjelasan: string;
  tindakLanjut: string;
  buktiDukung: string;
  /** the row's cells as read, to compare with the Perjanjian Kinerja */
  cells: BarisFormulir['cells'];
}

/** Parses one form row; null for an entirely blank row (the form's spare lines). */
export function bacaIndikator(baris: BarisFormulir): IndikatorTerbaca | null {
  if (barisKosong(baris)) return null;
  const { cells } = baris;
  return {
    unit: baris.unit,
    tab: baris.tab,
    rowNumber: baris.rowNumber,
    sasaran: teks(cells.sasaran),
    indikator: teks(cells.indikator),
    satuan: teks(cells.satuan),
    polaritas: bacaPolaritas(cells.polaritas),
    realisasi: parseAngka(cells.realisasi),
    penjelasan: teks(cells.penjelasan),
    tindakLanjut: teks(cells.tindakLanjut),
    buktiDukung: teks(cells.buktiDukung),
    cells,
  };
}

function teks(nilai: unknown): string {
  return teksKosong(nilai) ? '' : String(nilai).trim();
}
