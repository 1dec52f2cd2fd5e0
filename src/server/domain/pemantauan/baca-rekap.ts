/**
 * The indicator rows of a cycle's Rekap tab (the one place of the official capaian), read back by header name from
 * its values: the table from the header to the first empty row, without the units' subtotal rows (which have no
 * sasaran).
 */
import { petaJudul, type TataLetakTab } from '../layout';

export interface IndikatorRekap {
  unit: string;
  indikator: string;
  satuan: string;
  /** to date of the cycle's period; a text for a range target ("60–80"); null when blank */
  target: number | string | null;
  realisasi: number | null;
  capaian: number | null;
}

const KOLOM = ['unit', 'sasaran', 'indikator', 'satuan', 'target', 'realisasi', 'capaian'] as const;

const teks = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
const angka = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function bacaIndikatorRekap(nilai: readonly (readonly unknown[])[], tataLetak: TataLetakTab): IndikatorRekap[] {
  const [judul, ...isi] = nilai;
  if (!judul) return [];
  const kolom = tataLetak.kolom.filter((k) => (KOLOM as readonly string[]).includes(k.isi));
  const posisi = petaJudul({ ...tataLetak, kolom }, judul);
  const sel = (row: readonly unknown[], isi: (typeof KOLOM)[number]) =>
    row[posisi.get(kolom.find((k) => k.isi === isi)!.judul)!];
  const akhir = isi.findIndex((row) => row.every((v) => teks(v) === ''));
  return (akhir < 0 ? isi : isi.slice(0, akhir))
    .filter((row) => teks(sel(row, 'sasaran')) !== '' && teks(sel(row, 'indikator')) !== '')
    .map((row) => {
      const target = sel(row, 'target');
      return {
        unit: teks(sel(row, 'unit')),
        indikator: teks(sel(row, 'indikator')),
        satuan: teks(sel(row, 'satuan')),
        target: angka(target) ?? (teks(target) || null),
        realisasi: angka(sel(row, 'realisasi')),
        capaian: angka(sel(row, 'capaian')),
      };
    });
}
