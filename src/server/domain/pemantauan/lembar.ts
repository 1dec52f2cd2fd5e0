/**
 * The Monitoring SOP and Tren Kinerja tabs as grids of the same size, one per property, so that the gateway writes the
 * values in one call and each format in one call whatever the number of cycles, steps or indicators; with the charts
 * placed beside their data blocks.
 */
import { neutralkanFormula } from '../format/neutralkan-formula';
import { potongTeks } from '../format/potong-teks';
import { FORMAT, type Rata, type Sel } from '../data/rekap/sel-lembar';

type GayaBaris = 'judul' | 'judulBlok' | 'kepala' | 'isi';

export interface BarisLembar {
  sel: Sel[];
  gaya: GayaBaris;
}

/** A column chart of a block: its first column the categories, the others one series each, the header row names. */
export interface GrafikLembar {
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

export interface LembarPantau {
  nama: string;
  nilai: (string | number)[][];
  format: string[][];
  latar: (string | null)[][];
  tebal: ('bold' | 'normal')[][];
  warnaTeks: string[][];
  bungkus: boolean[][];
  rata: Rata[][];
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

export const barisJudul = (teks: string): BarisLembar => ({ sel: [teksSel(teks)], gaya: 'judul' });
export const barisJudulBlok = (teks: string): BarisLembar => ({ sel: [teksSel(teks)], gaya: 'judulBlok' });
export const barisKepala = (judul: readonly string[]): BarisLembar => ({
  sel: judul.map((j) => teksSel(j, true)),
  gaya: 'kepala',
});
export const barisIsi = (sel: Sel[]): BarisLembar => ({ sel, gaya: 'isi' });
export const barisKosong = (): BarisLembar => ({ sel: [], gaya: 'isi' });

/** The grids of the rows, as wide as the widest row or the column widths; text neutralised, cut to a cell's limit. */
export function susunLembar(
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
