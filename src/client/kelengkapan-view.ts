import type { KelengkapanUnit } from '../shared/api';
import { el } from './dom';

/** "4 dari 4" per unit with a small bar, in the Rekap's unit order; the caller hides the section when empty. */
export function tampilkanKelengkapan(daftar: HTMLElement, kelengkapan: readonly KelengkapanUnit[]): void {
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
      return item;
    }),
  );
}
