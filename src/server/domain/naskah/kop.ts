import type { Pengaturan } from '../pengaturan/types';
import { TEMPLAT } from '../templat';
import { readKantor } from './kantor';
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

/** The kop of sheets-templates/kantor.json, with the address and contact line of Pengaturan when given. */
export function kopSurat(p: Pengaturan): KopSurat {
  const kantor = readKantor(TEMPLAT.kantor);
  if (!kantor.ok) throw new Error(`sheets-templates/kantor.json: ${kantor.alasan.join(' ')}`);
  const { kop } = kantor.kantor;
  const alamat = p.dokumen?.alamatKop;
  const kontak = p.dokumen?.kontakKop ?? (alamat ? undefined : kop.kontak);
  return {
    pemerintah: kop.pemerintah,
    instansi: kop.instansi,
    alamat: alamat ?? kop.alamat,
    ...(kontak ? { kontak } : {}),
    ...(!alamat && kop.alamatContoh ? { alamatContoh: true } : {}),
  };
}
