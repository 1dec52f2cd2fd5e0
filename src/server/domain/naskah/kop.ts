import type { Block } from './model';

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
}

export const PERINGATAN_ALAMAT_CONTOH =
  'Alamat pada kop surat masih contoh; ganti dengan alamat kantor yang sebenarnya di Pengaturan.';

export function kopBlocks(kop: KopSurat): Block[] {
  const line = (text: string, size: 'large' | 'small', bold: boolean): Block => ({
    kind: 'paragraph',
    runs: [{ text, bold }],
    align: 'center',
    size,
  });
  return [
    line(kop.pemerintah.toUpperCase(), 'large', true),
    ...kop.instansi.map((text) => line(text.toUpperCase(), 'large', true)),
    line(kop.alamat, 'small', false),
    ...(kop.kontak ? [line(kop.kontak, 'small', false)] : []),
    { kind: 'rule' },
  ];
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
