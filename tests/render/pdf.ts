/**
 * The local run's files as a reader opens them: converted to PDF by LibreOffice (soffice, Debian package
 * libreoffice-writer-nogui / -calc-nogui) and read back with poppler's pdftotext and pdfinfo (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const OUT = join(__dirname, '../../out');
const PDF = join(OUT, 'pdf');

/** Converts `berkas` (names in out/) to PDF in out/pdf/, in one LibreOffice run; returns the PDF paths. */
export function kePdf(berkas: readonly string[]): string[] {
  mkdirSync(PDF, { recursive: true });
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', PDF, ...berkas.map((b) => join(OUT, b))], {
    stdio: 'pipe',
    timeout: 240_000,
  });
  return berkas.map((b) => join(PDF, `${basename(b).replace(/\.[^.]+$/, '')}.pdf`));
}

export interface InfoPdf {
  halaman: number;
  lebar: number;
  tinggi: number;
}

export function infoPdf(pdf: string): InfoPdf {
  const teks = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const [, lebar, tinggi] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(teks) ?? [];
  return { halaman: Number(/Pages:\s+(\d+)/.exec(teks)?.[1]), lebar: Number(lebar), tinggi: Number(tinggi) };
}

/** The text of each page, in reading order. */
export const teksHalaman = (pdf: string): string[] => halamanPdf(pdf, []);

/** The text of each page in its printed layout: a table row on one line, its cells apart. */
export const teksHalamanTata = (pdf: string): string[] => halamanPdf(pdf, ['-layout']);

function halamanPdf(pdf: string, opsi: readonly string[]): string[] {
  const { halaman } = infoPdf(pdf);
  return Array.from({ length: halaman }, (_, i) =>
    execFileSync('pdftotext', [...opsi, '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }),
  );
}
