/**
 * A tab made of stacked blocks: a title row ("UNIT KERJA"), a header row, data rows, then a blank row. People may
 * reorder blocks, columns and rows, so a block is found by its title and a cell by its header name, never by position.
 */
export type Sel = string | number | boolean;

export interface Blok {
  judul: string;
  kolom: readonly string[];
  baris: readonly (readonly Sel[])[];
}

/** A problem found while reading a tab: 1-based row (0 when it concerns the whole tab), header name ('' if none). */
export interface GalatTab {
  baris: number;
  kolom: string;
  pesan: string;
}

export interface BarisBlok {
  /** 1-based row in the sheet */
  nomor: number;
  /** the raw cell under a header ('' when the block has no such column) */
  sel(kolom: string): unknown;
}

export interface BlokTerbaca {
  judul: string;
  /** 1-based row of the title */
  barisJudul: number;
  /** normalised header -> 0-based column */
  kolom: ReadonlyMap<string, number>;
  isi: BarisBlok[];
}

/** Headers and titles match whatever the case and spacing: "Tim  sakip" finds "Tim SAKIP". */
export function normalkan(teks: unknown): string {
  return String(teks ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function kosong(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && !v.trim());
}

/** The blocks as sheet rows, every row padded to the widest block so that one setValues writes them all. */
export function susunBlok(blok: readonly Blok[]): Sel[][] {
  const rows: Sel[][] = [];
  for (const b of blok) rows.push([b.judul], [...b.kolom], ...b.baris.map((r) => [...r]), []);
  const lebar = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<Sel>(lebar - r.length).fill('')]);
}

function barisJudul(row: readonly unknown[], judul: ReadonlyMap<string, string>): string | undefined {
  const terisi = row.filter((v) => !kosong(v));
  return terisi.length === 1 && !kosong(row[0]) ? judul.get(normalkan(row[0])) : undefined;
}

/**
 * Finds the known blocks in a sheet's values. A block's data ends at the first blank row or the next title. A title
 * seen twice is reported; the first one counts.
 */
export function bacaBlok(
  values: readonly (readonly unknown[])[],
  judulDikenal: readonly string[],
): { blok: Map<string, BlokTerbaca>; ganda: { judul: string; baris: number }[] } {
  const judul = new Map(judulDikenal.map((j) => [normalkan(j), j]));
  const blok = new Map<string, BlokTerbaca>();
  const ganda: { judul: string; baris: number }[] = [];
  for (let i = 0; i < values.length; i++) {
    const nama = barisJudul(values[i], judul);
    if (!nama) continue;
    if (blok.has(nama)) {
      ganda.push({ judul: nama, baris: i + 1 });
      continue;
    }
    const header = values[i + 1] ?? [];
    const kolom = new Map<string, number>();
    const headerAda = !barisJudul(header, judul);
    if (headerAda) header.forEach((h, c) => !kosong(h) && !kolom.has(normalkan(h)) && kolom.set(normalkan(h), c));
    const isi: BarisBlok[] = [];
    for (let r = i + 2; headerAda && r < values.length; r++) {
      const row = values[r];
      if (row.every(kosong) || barisJudul(row, judul)) break;
      isi.push({
        nomor: r + 1,
        sel: (k) => {
          const c = kolom.get(normalkan(k));
          return c === undefined ? '' : (row[c] ?? '');
        },
      });
    }
    blok.set(nama, { judul: nama, barisJudul: i + 1, kolom, isi });
  }
  return { blok, ganda };
}
