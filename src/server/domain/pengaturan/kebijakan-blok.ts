import type { Capping, KebijakanCapaian, VarianNegatif } from '../indikator/pengaturan-capaian';
import type { Blok, BlokTerbaca } from './blok-tab';
import { normalkan } from './blok-tab';
import type { PembacaSel } from './pembaca-sel';

/**
 * The KEBIJAKAN CAPAIAN block in the words a Tim SAKIP member reads: the formula of a negative indicator and the
 * limit on capaian. Settings written before it held codes ("A", "lantai-0") under other headers: both are read.
 */
export const JUDUL_KEBIJAKAN = 'KEBIJAKAN CAPAIAN';
const KOLOM = { negatif: 'Rumus indikator negatif', batas: 'Batas capaian' } as const;
const KOLOM_LAMA = { negatif: 'Varian negatif', batas: 'Pembatasan' } as const;
const KOLOM_KEBIJAKAN = [KOLOM.negatif, KOLOM.batas] as const;

const RUMUS_NEGATIF: Readonly<Record<VarianNegatif, string>> = {
  A: '(2 × Target − Realisasi) ÷ Target × 100',
  B: 'Target ÷ Realisasi × 100',
};
const BATAS: Readonly<Record<Capping, string>> = {
  tanpa: 'tanpa batas',
  'lantai-0': 'paling rendah 0',
  'batas-0-200': '0 sampai 200',
};

export function blokKebijakan(k: KebijakanCapaian): Blok {
  return {
    judul: JUDUL_KEBIJAKAN,
    kolom: KOLOM_KEBIJAKAN,
    baris: [[RUMUS_NEGATIF[k.varianNegatif], BATAS[k.capping]]],
  };
}

/** The header of a value: the current one when the block has it, else the older one. */
function kolomDari(b: BlokTerbaca, baru: string, lama: string): string {
  return b.kolom.has(normalkan(baru)) || !b.kolom.has(normalkan(lama)) ? baru : lama;
}

/** Words, or the old code, to its key; the message lists the words. */
function pilih<K extends string>(teks: string, kata: Readonly<Record<K, string>>): K | undefined {
  const t = normalkan(teks).replace(/\s+/g, '');
  return (Object.keys(kata) as K[]).find(
    (k) => normalkan(k) === normalkan(teks) || normalkan(kata[k]).replace(/\s+/g, '') === t,
  );
}

export function bacaKebijakan(
  p: PembacaSel,
  b: BlokTerbaca,
  r: BlokTerbaca['isi'][number],
): KebijakanCapaian | undefined {
  const kolomNegatif = kolomDari(b, KOLOM.negatif, KOLOM_LAMA.negatif);
  const kolomBatas = kolomDari(b, KOLOM.batas, KOLOM_LAMA.batas);
  const varian = pilih(p.teks(r, kolomNegatif), RUMUS_NEGATIF);
  const capping = pilih(p.teks(r, kolomBatas), BATAS);
  const daftar = (kata: Readonly<Record<string, string>>) =>
    Object.values(kata)
      .map((k) => `"${k}"`)
      .join(' atau ');
  if (!varian) p.tambah(r.nomor, kolomNegatif, `pilih ${daftar(RUMUS_NEGATIF)}.`);
  if (!capping) p.tambah(r.nomor, kolomBatas, `pilih ${daftar(BATAS)}.`);
  return varian && capping ? { varianNegatif: varian, capping } : undefined;
}
