/**
 * The files a cycle produced, as its Log records them (the Log is the only record of what the add-in made): each
 * row names its files by link, and the archive collects them from these rows. Pure.
 */
import type { BarisLog } from '../pelacakan/log';
import { AKSI_BERKAS } from '../pelacakan/aksi-log';

/** The Log rows whose links are files of the cycle the add-in made (versions of the document, letter, copies). */
const AKSI_DENGAN_BERKAS: readonly string[] = ['dokumen-dibuat', AKSI_BERKAS.suratPengantar, AKSI_BERKAS.salinan];

const POLA_TAUTAN = /\/(?:document|file|spreadsheets)\/d\/([\w-]+)/g;

/** Ids of the files linked from the Log rows of the given actions, each once, in order of appearance. */
export function idBerkasDiLog(log: readonly BarisLog[], aksi: readonly string[] = AKSI_DENGAN_BERKAS): string[] {
  const ids = log
    .filter((b) => aksi.includes(b.aksi))
    .flatMap((b) => [...b.rincian.matchAll(POLA_TAUTAN)].map((m) => m[1]));
  return [...new Set(ids)];
}

/** The id of a copy's Log row: one per signed version and addressee, whatever the case or spacing of the name. */
export function idSalinan(versi: number, tujuan: string): string {
  return `salinan-v${versi}:${tujuan.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

const KATA = [
  'nol',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

/** "1 (satu) berkas", "3 (tiga) berkas": how a letter counts what it sends; larger counts in digits only. */
export function banyaknyaBerkas(n: number): string {
  return n < KATA.length ? `${n} (${KATA[n]}) berkas` : `${n} berkas`;
}
