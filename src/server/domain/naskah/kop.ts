import type { Block, ParagraphBlock } from './model';

/** The letterhead (kop surat) of the office. */
export interface KopSurat {
  /** "PEMERINTAH KABUPATEN BANYUMAS" */
  pemerintah: string;
  /** the office name, one or more lines */
  instansi: string[];
  alamat: string;
  /** telephone, e-mail, website line; optional */
  kontak?: string;
  /** true while the address is the shipped example and not the office's own */
  alamatContoh?: boolean;
  /** id of the office's Google Doc holding the logo (Pengaturan, "Logo kop"); absent: the kop has no logo */
  logo?: string;
}

export const PERINGATAN_ALAMAT_CONTOH =
  'Alamat pada kop surat masih contoh; ganti dengan alamat kantor yang sebenarnya di Pengaturan.';

export const PERINGATAN_TANPA_LOGO =
  'Kop surat tanpa logo: isi baris "Logo kop" di tab Pengaturan (blok UMUM, kolom Nilai) dengan tautan atau ID ' +
  'Google Dokumen yang memuat logo daerah, lalu buat dokumennya lagi.';

/** A kop line longer than this (capitals, large type) is broken into balanced lines, never leaving a word alone. */
const MAKS_BARIS_KOP = 40;

/**
 * The kop: PEMERINTAH …, the office name (large, bold; a long name in balanced lines), address and contact, and the
 * double rule that closes it; the logo goes at the left of these lines (docs/regulasi/tata-naskah-dinas.md §4).
 */
export function kopBlocks(kop: KopSurat): Block[] {
  const line = (text: string, size: 'large' | 'small', bold: boolean): ParagraphBlock => ({
    kind: 'paragraph',
    runs: [{ text, bold }],
    align: 'center',
    size,
  });
  const baris = [
    line(kop.pemerintah.toUpperCase(), 'large', true),
    ...kop.instansi
      .flatMap((text) => barisSeimbang(text.toUpperCase(), MAKS_BARIS_KOP))
      .map((t) => line(t, 'large', true)),
    line(kop.alamat, 'small', false),
    ...(kop.kontak ? [line(kop.kontak, 'small', false)] : []),
  ];
  return [
    { kind: 'kop', baris },
    { kind: 'rule', ganda: true },
  ];
}

/**
 * `teks` in as few lines of at most `maks` characters as its words allow, the words spread so that the longest line
 * is as short as possible: "DINAS SOSIAL DAN PEMBERDAYAAN / MASYARAKAT DAN DESA", never "… DAN / DESA". A single
 * word longer than `maks` keeps a line of its own.
 */
export function barisSeimbang(teks: string, maks: number): string[] {
  const kata = teks.trim().split(/\s+/).filter(Boolean);
  const panjang = (dari: number, sampai: number) => kata.slice(dari, sampai).join(' ').length;
  if (panjang(0, kata.length) <= maks) return kata.length ? [kata.join(' ')] : [];
  // the fewest lines that fit, then the narrowest widest line among the ways to break into that many
  const terbaik = (dari: number, sisa: number): { lebar: number; potong: number[] } | null => {
    if (sisa === 1) return { lebar: panjang(dari, kata.length), potong: [] };
    let hasil: { lebar: number; potong: number[] } | null = null;
    for (let i = dari + 1; i <= kata.length - sisa + 1; i++) {
      const lanjut = terbaik(i, sisa - 1);
      const lebar = lanjut && Math.max(panjang(dari, i), lanjut.lebar);
      if (lanjut && lebar !== null && (!hasil || lebar < hasil.lebar)) hasil = { lebar, potong: [i, ...lanjut.potong] };
    }
    return hasil;
  };
  for (let baris = 2; baris <= kata.length; baris++) {
    const cara = terbaik(0, baris);
    if (cara && (cara.lebar <= maks || baris === kata.length)) {
      const batas = [0, ...cara.potong, kata.length];
      return batas.slice(1).map((akhir, i) => kata.slice(batas[i], akhir).join(' '));
    }
  }
  return [kata.join(' ')];
}

/** Problems with a kop, in Bahasa Indonesia; empty when it can be printed. */
export function checkKop(kop: KopSurat): string[] {
  const alasan: string[] = [];
  if (!kop.pemerintah?.trim()) alasan.push('Kop surat: nama pemerintah kosong.');
  if (!Array.isArray(kop.instansi) || kop.instansi.every((l) => !l?.trim()))
    alasan.push('Kop surat: nama instansi kosong.');
  if (!kop.alamat?.trim()) alasan.push('Kop surat: alamat kosong.');
  return alasan;
}
