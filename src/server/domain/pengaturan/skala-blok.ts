import { formatAngka } from '../format/bilangan';
import { parseAngka } from '../indikator/parse-angka';
import type { PitaPredikat, SkalaPredikat } from '../indikator/predikat';
import type { Blok, BlokTerbaca, Sel } from './blok-tab';
import type { PembacaSel } from './pembaca-sel';

/**
 * The SKALA PREDIKAT block: one row per band, highest first — label, lowest and highest capaian printed for it, cell
 * colour. A capaian earns a band when it reaches the band's lowest value (predikat.ts); the highest value is the one
 * printed in legends. The first row of "Sumber" says where the scale comes from. An older Pengaturan without the
 * block keeps the built-in scale.
 */
export const JUDUL_SKALA = 'SKALA PREDIKAT';
const K = {
  label: 'Predikat',
  min: 'Capaian paling rendah (%)',
  max: 'Capaian paling tinggi (%)',
  warna: 'Warna',
  sumber: 'Sumber',
} as const;
const KOLOM_SKALA = [K.label, K.min, K.max, K.warna, K.sumber] as const;
const SUMBER_BAWAAN =
  'Skala 5 kategori yang lazim dikaitkan ke Permendagri 86/2017 (sumber sekunder; lihat docs/regulasi/pengukuran-kinerja.md §9).';
/** a band's lowest value may be at most this above the printed highest value of the band below (90 → 91) */
const LANGKAH = 1;

export function blokSkala(skala: SkalaPredikat): Blok {
  return {
    judul: JUDUL_SKALA,
    kolom: KOLOM_SKALA,
    baris: skala.pita.map((p, i): Sel[] => [p.label, p.min ?? '', p.max ?? '', p.warna, i === 0 ? SUMBER_BAWAAN : '']),
  };
}

type Baris = BlokTerbaca['isi'][number];

function batas(p: PembacaSel, r: Baris, kolom: string, wajib: boolean): number | null | undefined {
  const hasil = parseAngka(r.sel(kolom));
  if (hasil.ok) return hasil.value;
  if (hasil.kosong) return wajib ? p.tambah(r.nomor, kolom, 'wajib diisi.') : null;
  return p.tambah(r.nomor, kolom, `${hasil.reason}.`);
}

/**
 * The scale of the block, checked row by row: labels and colours, only the bottom band without a lowest value and
 * only the top band without a highest one, bands in descending order without overlap or gap. Undefined (and each
 * problem named by row and column) when it cannot be used; `bawaan` when the tab has no such block.
 */
export function bacaSkala(p: PembacaSel, b: BlokTerbaca | undefined, bawaan: SkalaPredikat): SkalaPredikat | undefined {
  if (!b) return bawaan;
  if (!b.isi.length) return p.tambah(b.barisJudul, '', `blok "${JUDUL_SKALA}" belum berisi satu pita pun.`);
  const jumlahGalat = p.galat.length;
  const pita = b.isi.map((r, i): PitaPredikat | undefined => {
    const [pertama, terakhir] = [i === 0, i === b.isi.length - 1];
    const label = p.teks(r, K.label);
    const warna = p.teks(r, K.warna);
    if (warna && !/^#[0-9a-f]{6}$/i.test(warna)) p.tambah(r.nomor, K.warna, `"${warna}" harus kode warna #RRGGBB.`);
    const min = batas(p, r, K.min, !terakhir);
    const max = batas(p, r, K.max, !pertama);
    if (pertama && max !== null && max !== undefined)
      p.tambah(r.nomor, K.max, 'pita teratas dibiarkan kosong (tanpa batas atas).');
    if (terakhir && min !== null && min !== undefined)
      p.tambah(r.nomor, K.min, 'pita terbawah dibiarkan kosong (tanpa batas bawah).');
    if (min != null && max != null && min > max)
      p.tambah(r.nomor, K.min, 'lebih besar dari capaian paling tinggi pita ini.');
    return label && min !== undefined && max !== undefined ? { label, min, max, warna } : undefined;
  });
  periksaUrutan(p, b.isi, pita);
  const ganda = new Set<string>();
  b.isi.forEach((r, i) => {
    const label = pita[i]?.label.toLowerCase();
    if (label && ganda.has(label)) p.tambah(r.nomor, K.label, `"${pita[i]!.label}" sudah dipakai pita lain.`);
    if (label) ganda.add(label);
  });
  if (p.galat.length > jumlahGalat || pita.some((x) => !x)) return undefined;
  return { nama: bawaan.nama, desimal: bawaan.desimal, pita: pita as PitaPredikat[] };
}

/** Each band's highest value just below the lowest of the band above: no overlap, no gap wider than LANGKAH. */
function periksaUrutan(p: PembacaSel, isi: readonly Baris[], pita: readonly (PitaPredikat | undefined)[]): void {
  for (let i = 1; i < pita.length; i++) {
    const [atas, ini] = [pita[i - 1], pita[i]];
    if (atas?.min == null || ini?.max == null) continue;
    if (ini.max >= atas.min) {
      p.tambah(isi[i].nomor, K.max, `tumpang tindih dengan pita "${atas.label}" (mulai ${formatAngka(atas.min)}).`);
    } else if (atas.min - ini.max > LANGKAH) {
      p.tambah(
        isi[i].nomor,
        K.max,
        `ada celah sampai pita "${atas.label}" (mulai ${formatAngka(atas.min)}): capaian di antaranya tidak tercantum.`,
      );
    }
  }
}
