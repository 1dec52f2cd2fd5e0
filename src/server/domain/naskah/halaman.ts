/**
 * The page of a generated document: paper (A4 or F4/folio), orientation from the document model, margins in cm from
 * Pengaturan. Google Docs and Word measure in points (1 cm = 72 / 2.54 pt).
 */
import { parseAngka } from '../indikator/parse-angka';
import type { DocumentModel } from './model';

export type Kertas = 'A4' | 'F4';
export const DAFTAR_KERTAS: readonly Kertas[] = ['A4', 'F4'];

/** Portrait sizes in points: A4 210 × 297 mm; F4 (folio as Indonesian offices use it) 215 × 330 mm, 8.5 × 13 in. */
const UKURAN_KERTAS: Readonly<Record<Kertas, { lebar: number; tinggi: number }>> = {
  A4: { lebar: 595.276, tinggi: 841.89 },
  F4: { lebar: 612, tinggi: 936 },
};

export interface MarginCm {
  atas: number;
  kanan: number;
  bawah: number;
  kiri: number;
}

/** Tata naskah dinas: a wider left margin for binding. */
const MARGIN_BAWAAN_CM: MarginCm = { atas: 2, kanan: 2, bawah: 2, kiri: 3 };
const MARGIN_MIN_CM = 0.5;
const MARGIN_MAKS_CM = 6;
const PT_PER_CM = 72 / 2.54;

/** The page in points: size after orientation, margins, and the width left for text. */
export interface TataHalaman {
  lebar: number;
  tinggi: number;
  margin: MarginCm;
  lebarTeks: number;
}

export function tataHalaman(
  page: DocumentModel['page'],
  setelan: { kertas?: Kertas; marginCm?: MarginCm } = {},
): TataHalaman {
  const ukuran = UKURAN_KERTAS[setelan.kertas ?? page.size];
  const mendatar = page.orientation === 'landscape';
  const cm = setelan.marginCm ?? MARGIN_BAWAAN_CM;
  const margin: MarginCm = {
    atas: cm.atas * PT_PER_CM,
    kanan: cm.kanan * PT_PER_CM,
    bawah: cm.bawah * PT_PER_CM,
    kiri: cm.kiri * PT_PER_CM,
  };
  const lebar = mendatar ? ukuran.tinggi : ukuran.lebar;
  return {
    lebar,
    tinggi: mendatar ? ukuran.lebar : ukuran.tinggi,
    margin,
    lebarTeks: lebar - margin.kiri - margin.kanan,
  };
}

export type HasilMargin = { ok: true; margin: MarginCm } | { ok: false; alasan: string };

/**
 * Margins as typed in Pengaturan, in cm: one number for every side ("2,5") or four separated by ";" or "/" in the
 * order atas; kanan; bawah; kiri ("2; 2; 2; 3"). Indonesian decimals ("2,5") are read as people type them.
 */
export function bacaMarginCm(teks: string): HasilMargin {
  const bagian = teks
    .split(/[;/]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (bagian.length !== 1 && bagian.length !== 4) {
    return { ok: false, alasan: `"${teks}": tulis satu angka, atau empat angka "atas; kanan; bawah; kiri" (cm).` };
  }
  const angka: number[] = [];
  for (const s of bagian) {
    const a = parseAngka(s);
    if (!a.ok) return { ok: false, alasan: `"${s}" bukan angka (${a.reason}).` };
    if (a.value < MARGIN_MIN_CM || a.value > MARGIN_MAKS_CM) {
      return { ok: false, alasan: `margin ${s} cm di luar ${MARGIN_MIN_CM}–${MARGIN_MAKS_CM} cm.` };
    }
    angka.push(a.value);
  }
  const [atas, kanan = atas, bawah = atas, kiri = atas] = angka;
  return { ok: true, margin: { atas, kanan, bawah, kiri } };
}

/** "2; 2; 2; 3", the way bacaMarginCm reads it back. */
export function tulisMarginCm(m: MarginCm): string {
  return [m.atas, m.kanan, m.bawah, m.kiri].map((n) => String(n).replace('.', ',')).join('; ');
}
