/**
 * The Monitoring SOP and Tren Kinerja tabs as grids of the same size, one per property, so that the gateway writes the
 * values in one call and each format in one call whatever the number of cycles, steps or indicators; with the charts
 * placed beside their data blocks.
 */
import { neutralkanFormula } from '../format/neutralkan-formula';
import { potongTeks } from '../format/potong-teks';
import { FORMAT, type Sel } from '../data/rekap/sel-lembar';
import type { GridLembar } from '../data/rekap/lembar-rekap';

type GayaBaris = 'judul' | 'judulBlok' | 'kepala' | 'isi';

export interface BarisLembar {
  sel: Sel[];
  gaya: GayaBaris;
}

/** A column chart of a block: its first column the categories, the others one series each, the header row names. */
interface GrafikLembar {
  /** 1-based row and column of the block's header cell */
  baris: number;
  kolom: number;
  /** rows including the header, columns including the categories */
  tinggi: number;
  lebar: number;
  judul: string;
  sumbuX: string;
  sumbuY: string;
  /** 1-based anchor cell of the chart */
  posisiBaris: number;
  posisiKolom: number;
}

/** The grids of the Rekap tab's shape, with the tab's name, its column widths and its charts. */
export interface LembarPantau extends GridLembar {
  nama: string;
  lebarKolom: number[];
  grafik: GrafikLembar[];
}

const WARNA: Record<GayaBaris, { latar: string | null; teks: string; tebal: boolean }> = {
  judul: { latar: '#1f4e78', teks: '#ffffff', tebal: true },
  judulBlok: { latar: '#d9e2f3', teks: '#1f4e78', tebal: true },
  kepala: { latar: '#efefef', teks: '#000000', tebal: true },
  isi: { latar: null, teks: '#000000', tebal: false },
};

/** rows between two charts stacked beside the tables (a default chart is about 18 rows high) */
export const TINGGI_GRAFIK = 20;

export const teksSel = (v: string, bungkus = false): Sel => ({ v, bungkus });
export const angkaSel = (v: number | null, format = FORMAT.desimal): Sel => ({ v: v ?? '', format, rata: 'right' });

const barisJudul = (teks: string): BarisLembar => ({ sel: [teksSel(teks)], gaya: 'judul' });
const barisJudulBlok = (teks: string): BarisLembar => ({ sel: [teksSel(teks)], gaya: 'judulBlok' });
const barisKepala = (judul: readonly string[]): BarisLembar => ({
  sel: judul.map((j) => teksSel(j, true)),
  gaya: 'kepala',
});
export const barisIsi = (sel: Sel[]): BarisLembar => ({ sel, gaya: 'isi' });

/** A table: its title row, its header row, its rows. */
export const tabelBerjudul = (judul: string, kepala: readonly string[], isi: readonly BarisLembar[]): BarisLembar[] => [
  barisJudulBlok(judul),
  barisKepala(kepala),
  ...isi,
];
const barisKosong = (): BarisLembar => ({ sel: [], gaya: 'isi' });

export interface BlokBergrafik {
  judul: string;
  kepala: readonly string[];
  isi: readonly BarisLembar[];
  /** the chart's title and axes; its series are the header's columns after the first, up to `kolomGrafik` */
  grafik: { judul: string; sumbuX: string; sumbuY: string; kolomGrafik: number };
}

/**
 * Data blocks one under the other from row `awal` (1-based), each a title, a header and its rows with its chart
 * beside it, padded to the chart's height so that no chart covers the next block. A block without rows has no chart.
 */
function blokBergrafik(
  awal: number,
  judul: string,
  blok: readonly BlokBergrafik[],
): { baris: BarisLembar[]; grafik: GrafikLembar[] } {
  const baris: BarisLembar[] = [barisJudulBlok(judul)];
  const grafik: GrafikLembar[] = [];
  for (const b of blok) {
    const mulai = awal + baris.length;
    baris.push(barisJudulBlok(b.judul), barisKepala(b.kepala), ...b.isi);
    if (b.isi.length) {
      const { kolomGrafik, ...g } = b.grafik;
      grafik.push({
        ...g,
        baris: mulai + 1,
        kolom: 1,
        tinggi: b.isi.length + 1,
        lebar: kolomGrafik,
        posisiBaris: mulai,
        posisiKolom: b.kepala.length + 2,
      });
    }
    const tinggi = Math.max(TINGGI_GRAFIK, b.isi.length + 3);
    while (awal + baris.length < mulai + tinggi) baris.push(barisKosong());
  }
  return { baris, grafik };
}

/** The grids of the rows, as wide as the widest row or the column widths; text neutralised, cut to a cell's limit. */
function susunLembar(
  nama: string,
  baris: readonly BarisLembar[],
  lebarKolom: readonly number[],
  grafik: readonly GrafikLembar[],
): LembarPantau {
  const lebar = Math.max(lebarKolom.length, ...baris.map((b) => b.sel.length));
  const grid = baris.map((b) =>
    Array.from({ length: lebar }, (_, i) => ({ sel: b.sel[i] ?? ({ v: '' } as Sel), gaya: b.gaya })),
  );
  const peta = <T>(f: (sel: Sel, gaya: GayaBaris) => T): T[][] => grid.map((r) => r.map((c) => f(c.sel, c.gaya)));
  return {
    nama,
    nilai: peta((s) => (typeof s.v === 'string' ? potongTeks(neutralkanFormula(s.v)) : s.v)),
    format: peta((s) => s.format ?? FORMAT.teks),
    latar: peta((s, g) => (s.latar === undefined ? WARNA[g].latar : s.latar)),
    tebal: peta((_, g) => (WARNA[g].tebal ? 'bold' : 'normal')),
    warnaTeks: peta((_, g) => WARNA[g].teks),
    bungkus: peta((s) => s.bungkus ?? false),
    rata: peta((s) => s.rata ?? 'left'),
    lebarKolom: Array.from({ length: lebar }, (_, i) => lebarKolom[i] ?? 100),
    grafik: [...grafik],
  };
}

/**
 * A whole monitoring tab: its title, its notes, its tables one under the other with an empty row between them, then
 * the data blocks with their charts.
 */
export function susunTab(
  nama: string,
  judul: string,
  catatan: readonly string[],
  tabel: readonly (readonly BarisLembar[])[],
  bergrafik: { judul: string; blok: readonly BlokBergrafik[] },
  lebarKolom: readonly number[],
): LembarPantau {
  const atas = [
    barisJudul(judul),
    ...catatan.map((c) => barisIsi([teksSel(c)])),
    ...tabel.flatMap((t) => [barisKosong(), ...t]),
    barisKosong(),
  ];
  const bawah = blokBergrafik(atas.length + 1, bergrafik.judul, bergrafik.blok);
  return susunLembar(nama, [...atas, ...bawah.baris], lebarKolom, bawah.grafik);
}
