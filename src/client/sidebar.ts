import type { RingkasanPanel } from '../shared/api';
import { panggil } from './server';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function tampilkan(panel: RingkasanPanel): void {
  document.getElementById('periode')!.textContent = panel.periode;
  const daftar = document.getElementById('langkah')!;
  daftar.replaceChildren(
    ...panel.langkah.map((l) => {
      const item = document.createElement('li');
      item.append(
        el('span', 'no', `${l.no}.`),
        el('span', 'uraian', l.uraian),
        el('span', 'target', `${l.targetMenit} mnt`),
      );
      item.title = `Pelaksana: ${l.pelaksana}`;
      return item;
    }),
  );
}

function tampilkanGalat(error: Error): void {
  const pesan = document.getElementById('pesan')!;
  pesan.className = 'galat';
  pesan.textContent = error.message;
}

panggil('panelRingkasan').then(tampilkan, tampilkanGalat);
