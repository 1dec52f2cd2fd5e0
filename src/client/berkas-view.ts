import type { BerkasPanel, RiwayatPanel } from '../shared/api';
import { el } from './dom';
import { namaOrang } from './orang-view';

/**
 * The cycle's files as links opening in a new tab: in the sidebar's IFRAME sandbox a link must target _top or _blank
 * (https://developers.google.com/apps-script/guides/html/restrictions).
 */
export function tampilkanBerkas(daftar: HTMLElement, berkas: readonly BerkasPanel[]): void {
  daftar.replaceChildren(
    ...berkas.map((b) => {
      const a = el('a', '', b.label);
      a.href = /^https:\/\//.test(b.url) ? b.url : '#';
      a.target = '_blank';
      a.rel = 'noopener';
      return el('li', '', a);
    }),
  );
}

export function tampilkanRiwayat(daftar: HTMLElement, riwayat: readonly RiwayatPanel[]): void {
  daftar.replaceChildren(
    ...riwayat.map((r) =>
      el(
        'li',
        '',
        el('span', 'waktu redup kecil', r.waktuTeks),
        el('span', 'uraian', r.uraian),
        namaOrang(r.oleh, 'orang kecil redup'),
      ),
    ),
  );
}
