/**
 * The cycle the sidebar tests look at (jsdom and Chromium): made from the menu on Rabu 12 Agustus 2026 at 08.30 WIB
 * (step 1 by the Kepala 08.00–08.10, step 2 started) and shared with everyone of the default settings; step 2
 * finished at 09.45 with a note holding markup, step 3 10.00–10.20, step 4 running since 10.30; the clock at 11.15.
 */
import { agu, ORANG, SEMUA_ORANG } from './kantor';
import { buatSiklus, type Siklus } from './siklus';

/** Rabu 12 Agustus 2026, a working day (07.30–16.00 WIB, break 12.00–13.00). */
export const wib = (jam: number, menit = 0): number => agu(12, jam, menit);

/** Typed by a person into a note: must reach the page as text, never as markup. */
export const CATATAN_JAHAT = '<img src=x onerror="window.__disusupi = true">';

export function siklusBerjalan(): Siklus {
  const s = buatSiklus({ jam: wib(8, 30), penyunting: SEMUA_ORANG });
  const oleh = ORANG.sekTim;
  s.panggil('selesaiLangkah', { oleh, pada: wib(9, 45) }, 2, CATATAN_JAHAT);
  s.panggil('mulaiLangkah', { oleh, pada: wib(10, 0) }, 3);
  s.panggil('selesaiLangkah', { oleh, pada: wib(10, 20) }, 3);
  s.panggil('mulaiLangkah', { oleh, pada: wib(10, 30) }, 4);
  s.world.clock.set(wib(11, 15));
  return s;
}
