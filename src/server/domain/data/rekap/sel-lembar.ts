/** The cells and rows the Rekap tab is laid out from (lembar-rekap.ts), shared by each of its blocks. */
export type SelRekap = string | number;
export type Rata = 'left' | 'center' | 'right';

export interface Sel {
  v: SelRekap;
  format?: string;
  latar?: string | null;
  rata?: Rata;
  bungkus?: boolean;
}

export interface Baris {
  sel: Sel[];
  gaya?: 'judul' | 'subtotal' | 'kepalaBlok' | 'judulBlok';
}

export const FORMAT = { teks: '@', desimal: '#,##0.##', bulat: '0', rupiah: '#,##0' };

export const teks = (v: string, latar?: string | null): Sel => ({ v, latar });
export const angka = (v: number | null, format = FORMAT.desimal): Sel => ({ v: v ?? '', format, rata: 'right' });
export const kepala = (judul: readonly string[]): Baris => ({
  sel: judul.map((j) => ({ v: j, bungkus: true })),
  gaya: 'kepalaBlok',
});
