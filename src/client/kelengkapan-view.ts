import type { KelengkapanUnit } from '../shared/api';
import { el } from './dom';
import { lipatanTren, type MuatTren } from './tren-view';

/**
 * "4 dari 4" per unit with a small bar, in the Rekap's unit order, and with `muat` (a reader of every unit) each unit's
 * trend folded under it; the caller hides the section when empty.
 */
export function tampilkanKelengkapan(
  daftar: HTMLElement,
  kelengkapan: readonly KelengkapanUnit[],
  muat: MuatTren | null,
): void {
  daftar.replaceChildren(
    ...kelengkapan.map((k) => {
      const isi = el('span');
      isi.style.width = `${k.total ? Math.round((k.terisi / k.total) * 100) : 0}%`;
      const bar = el('div', 'bar', isi);
      bar.setAttribute('aria-hidden', 'true');
      const item = el(
        'li',
        k.total > 0 && k.terisi === k.total ? 'lengkap' : '',
        el('span', 'unit', k.unit),
        el('span', 'jumlah', `${k.terisi} dari ${k.total}`),
        bar,
      );
      item.dataset.unit = k.unit;
      if (muat) item.append(lipatanTren(k.unit, muat));
      return item;
    }),
  );
}
