import { join } from 'node:path';
import { localMs } from '../../src/server/domain/zona-waktu';
/** Where the local run writes what a person would look at. */
export const OUT = join(__dirname, '../../out');

/** One thing a person does in the scenario, at a WIB instant. */
export interface Kejadian {
  at: number;
  /** ordering of things at the same minute: finishing a step (0) before starting the next (1) */
  urutan: number;
  oleh: string;
  judul: string;
  jalankan: () => unknown;
  /** the plain step record (e.g. "selesai langkah 3") this action stands for and replaces */
  ganti?: string;
}

/** "2026-08-12 08:00" in WIB as epoch ms. */
export function wib(teks: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(teks);
  if (!m) throw new Error(`Waktu skenario "${teks}" tidak dikenali (YYYY-MM-DD HH:MM).`);
  const [, y, mo, d, h, mi] = m.map(Number);
  return localMs(y, mo, d, h, mi);
}
