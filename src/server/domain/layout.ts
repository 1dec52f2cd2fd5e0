/**
 * A tab's layout as sheets-templates/ describes it: columns in order, each with its header text, the field it shows,
 * width, number format and alignment. Sheets are read back by header name, never by column position.
 */
export interface KolomTab {
  judul: string;
  /** the record field shown in the column */
  isi: string;
  lebar: number;
  format?: string;
  rata?: 'left' | 'center' | 'right';
  bungkus?: boolean;
}

export interface TataLetakTab {
  nama: string;
  barisBeku: number;
  warnaJudul: string;
  warnaTeksJudul: string;
  kolom: KolomTab[];
}

export function parseTataLetak(json: unknown, sumber: string): TataLetakTab {
  const t = json as Partial<TataLetakTab>;
  const masalah: string[] = [];
  if (typeof t?.nama !== 'string' || !t.nama.trim()) masalah.push('"nama" wajib diisi');
  if (!Number.isInteger(t?.barisBeku) || (t.barisBeku as number) < 0)
    masalah.push('"barisBeku" harus bilangan bulat ≥ 0');
  if (!Array.isArray(t?.kolom) || t.kolom.length === 0) masalah.push('"kolom" harus berisi paling sedikit satu kolom');
  (Array.isArray(t?.kolom) ? t.kolom : []).forEach((k, i) => {
    if (typeof k?.judul !== 'string' || !k.judul.trim()) masalah.push(`kolom ke-${i + 1}: "judul" wajib diisi`);
    if (typeof k?.isi !== 'string' || !k.isi.trim()) masalah.push(`kolom ke-${i + 1}: "isi" wajib diisi`);
    if (typeof k?.lebar !== 'number' || k.lebar <= 0) masalah.push(`kolom ke-${i + 1}: "lebar" harus angka positif`);
  });
  const judul = (Array.isArray(t?.kolom) ? t.kolom : []).map((k) => k?.judul);
  const ganda = judul.filter((j, i) => judul.indexOf(j) !== i);
  if (ganda.length) masalah.push(`judul kolom ganda: ${[...new Set(ganda)].join(', ')}`);
  if (masalah.length) throw new Error(`Tata letak tab di ${sumber} tidak sah: ${masalah.join('; ')}.`);
  return t as TataLetakTab;
}

/** One row per record, the cells in the layout's column order. Missing fields become empty cells. */
export function barisMenurutTataLetak(
  tataLetak: TataLetakTab,
  data: readonly object[],
): (string | number | boolean)[][] {
  return data.map((record) =>
    tataLetak.kolom.map((k) => {
      const v = (record as Record<string, unknown>)[k.isi];
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : '';
    }),
  );
}

/** Column index (0-based) of each header, read from a sheet's header row; refuses a missing header. */
export function petaJudul(tataLetak: TataLetakTab, barisJudul: readonly unknown[]): Map<string, number> {
  const posisi = new Map<string, number>();
  barisJudul.forEach((v, i) => posisi.set(String(v).trim(), i));
  const hilang = tataLetak.kolom.filter((k) => !posisi.has(k.judul)).map((k) => k.judul);
  if (hilang.length) {
    throw new Error(
      `Tab "${tataLetak.nama}" baris 1: kolom ${hilang.map((h) => `"${h}"`).join(', ')} tidak ditemukan.`,
    );
  }
  return posisi;
}
