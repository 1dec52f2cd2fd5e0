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
  /** filled by the add-in (a formula or a later action): outside the range people may type into */
  terkunci?: boolean;
  /** written from the Perjanjian Kinerja: protected like terkunci, but read like the unit's own columns */
  dariPK?: boolean;
  /** a dropdown: fixed values, or a list named by `sumber` (e.g. "satuanDikenal"); bolehLain accepts other text */
  pilihan?: PilihanKolom;
  /** background shown while the cell is empty on a row in use (the layout's kolomKunci is filled) */
  sorotBilaKosong?: string;
  /** a checkbox column */
  kotakCentang?: boolean;
  /** kept for the add-in, hidden from people (Sheet.hideColumns): the add-in still reads and writes it */
  tersembunyi?: boolean;
}

interface PilihanKolom {
  nilai?: string[];
  sumber?: string;
  bolehLain?: boolean;
  bantuan?: string;
}

export interface TataLetakTab {
  nama: string;
  barisBeku: number;
  warnaJudul: string;
  warnaTeksJudul: string;
  kolom: KolomTab[];
  /** the field whose cell marks a row as in use (e.g. "indikator") */
  kolomKunci?: string;
  /** empty rows offered below the prefilled ones, for indicators a unit adds */
  barisCadangan?: number;
  warnaTab?: string;
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
    const pilihan = k?.pilihan;
    if (pilihan !== undefined && !Array.isArray(pilihan.nilai) && typeof pilihan.sumber !== 'string') {
      masalah.push(`kolom ke-${i + 1}: "pilihan" harus berisi "nilai" (daftar) atau "sumber" (nama daftar)`);
    }
  });
  const judul = (Array.isArray(t?.kolom) ? t.kolom : []).map((k) => k?.judul);
  const ganda = judul.filter((j, i) => judul.indexOf(j) !== i);
  if (ganda.length) masalah.push(`judul kolom ganda: ${[...new Set(ganda)].join(', ')}`);
  const kunci = t?.kolomKunci;
  if (kunci !== undefined && !(Array.isArray(t?.kolom) ? t.kolom : []).some((k) => k?.isi === kunci)) {
    masalah.push(`"kolomKunci" "${kunci}" bukan isi kolom mana pun`);
  }
  if (masalah.length) throw new Error(`Tata letak tab di ${sumber} tidak sah: ${masalah.join('; ')}.`);
  return t as TataLetakTab;
}

/** One row per record, the cells in the layout's column order. Missing fields become empty cells. */
export function barisMenurutTataLetak(
  tataLetak: TataLetakTab,
  data: readonly object[],
): (string | number | boolean | Date)[][] {
  return data.map((record) =>
    tataLetak.kolom.map((k) => {
      const v = (record as Record<string, unknown>)[k.isi];
      if (v instanceof Date) return v;
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : '';
    }),
  );
}

/** Column index (0-based) of each header, read from a sheet's header row; refuses a missing header. */
export function petaJudul(tataLetak: TataLetakTab, barisJudul: readonly unknown[]): Map<string, number> {
  const posisi = new Map<string, number>();
  barisJudul.forEach((v, i) => posisi.set(String(v).trim(), i));
  const hilang = tataLetak.kolom.filter((k) => !posisi.has(k.judul)).map((k) => k.judul);
  if (hilang.length) throw new GalatTataLetak(tataLetak.nama, hilang);
  return posisi;
}

/** A tab whose header row lacks columns the add-in reads by name (renamed, deleted, or moved off row 1). */
export class GalatTataLetak extends Error {
  constructor(
    readonly tab: string,
    readonly hilang: readonly string[],
  ) {
    super(`Tab "${tab}" baris 1: kolom ${hilang.map((h) => `"${h}"`).join(', ')} tidak ditemukan.`);
  }
}

/** Column letters of a 1-based column number: 1 -> "A", 27 -> "AA". */
export function hurufKolom(n: number): string {
  let huruf = '';
  for (let sisa = n; sisa > 0; sisa = Math.floor((sisa - 1) / 26))
    huruf = String.fromCharCode(65 + ((sisa - 1) % 26)) + huruf;
  return huruf;
}

/** 1-based position of the column that shows a field; throws for a field the layout does not have. */
export function posisiKolom(tataLetak: TataLetakTab, isi: string): number {
  const i = tataLetak.kolom.findIndex((k) => k.isi === isi);
  if (i < 0) throw new Error(`Tata letak tab "${tataLetak.nama}" tidak punya kolom untuk "${isi}".`);
  return i + 1;
}

/** Runs of adjacent columns people may type into (neither terkunci nor dariPK), as [first, count] with 1-based first. */
export function rentangKolomIsian(tataLetak: TataLetakTab): [number, number][] {
  const rentang: [number, number][] = [];
  tataLetak.kolom.forEach((k, i) => {
    if (k.terkunci || k.dariPK) return;
    const akhir = rentang[rentang.length - 1];
    if (akhir && akhir[0] + akhir[1] === i + 1) akhir[1] += 1;
    else rentang.push([i + 1, 1]);
  });
  return rentang;
}

/** The one place unit form tabs are named: "Form SEKRE". */
const AWALAN_TAB_FORMULIR = 'Form ';

export function namaTabFormulir(kodeUnit: string): string {
  return AWALAN_TAB_FORMULIR + kodeUnit;
}

/** The unit code of a form tab's name, or null for another tab. */
export function kodeUnitDariTab(namaTab: string): string | null {
  return namaTab.startsWith(AWALAN_TAB_FORMULIR) ? namaTab.slice(AWALAN_TAB_FORMULIR.length) || null : null;
}
