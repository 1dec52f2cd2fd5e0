import type { AksiPanel, LangkahBerikutnya } from '../shared/api';
import { el } from './dom';

export type Jalankan = (aksi: AksiPanel, catatan: string, tombol: HTMLButtonElement) => void;

function kartuAksi(aksi: AksiPanel, jalankan: Jalankan): HTMLElement {
  const id = `catatan-${aksi.jenis}-${aksi.no}`;
  const label = el('label', '', 'Catatan (opsional)');
  label.htmlFor = id;
  const catatan = el('textarea');
  catatan.id = id;
  catatan.rows = 2;
  catatan.maxLength = 500;
  const tombol = el('button', aksi.jenis === 'buka-kembali' ? 'tombol kedua' : 'tombol', aksi.label);
  tombol.type = 'button';
  tombol.dataset.aksi = aksi.jenis;
  tombol.dataset.no = String(aksi.no);
  tombol.addEventListener('click', () => jalankan(aksi, catatan.value.trim(), tombol));
  return el('div', 'aksi', el('p', 'uraian', `Langkah ${aksi.no}: ${aksi.uraian}`), label, catatan, tombol);
}

/**
 * The user's step buttons, or a line saying why there are none and whose turn it is (none when the user has cycle
 * actions to take instead).
 */
export function tampilkanAksi(
  wadah: HTMLElement,
  aksi: readonly AksiPanel[],
  berikutnya: LangkahBerikutnya | null,
  jalankan: Jalankan,
  adaAksiSiklus: boolean,
): void {
  wadah.removeAttribute('aria-busy');
  if (aksi.length || adaAksiSiklus) {
    wadah.replaceChildren(...aksi.map((a) => kartuAksi(a, jalankan)));
    return;
  }
  const alasan = berikutnya
    ? `Tidak ada tindakan untuk Anda saat ini. Langkah ${berikutnya.no} dikerjakan oleh ${berikutnya.pelaksana}.`
    : 'Tidak ada tindakan lagi: semua langkah sudah selesai.';
  wadah.replaceChildren(el('p', 'kosong', alasan));
}

/** While one action runs every button waits, and the clicked one shows a spinner and what it is doing. */
export function tandaiSibuk(wadah: HTMLElement, tombol: HTMLButtonElement | null): void {
  wadah.setAttribute('aria-busy', 'true');
  for (const b of wadah.querySelectorAll('button, textarea, input, select')) (b as HTMLButtonElement).disabled = true;
  if (tombol) {
    const putar = el('span', 'putar');
    putar.setAttribute('aria-hidden', 'true');
    tombol.replaceChildren(putar, 'Menyimpan…');
  }
}
