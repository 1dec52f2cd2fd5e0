/**
 * A Kabid's own unit: how many rows are Valid, to fix, not yet marked, (while the cycle is open) the rows to tick and
 * mark in one call, and the unit's trend folded under them.
 */
import type { BarisValidasiPanel, UnitKabidPanel } from '../shared/api';
import { el } from './dom';
import { lipatanTren, type MuatTren } from './tren-view';

interface TandaBaris {
  kode: string;
  baris: number[];
  status: string;
  catatan: string;
}
export type JalankanTanda = (tanda: TandaBaris, tombol: HTMLButtonElement) => void;

const PILIHAN = ['Valid', 'Perlu perbaikan'];

function ringkasan(u: UnitKabidPanel): string {
  const { valid, perbaikan, belum } = u.jumlah;
  return `${u.tab}: ${valid} Valid · ${perbaikan} Perlu perbaikan · ${belum} belum ditandai, dari ${u.baris.length} baris.`;
}

function itemBaris(kode: string, b: BarisValidasiPanel, bisaTandai: boolean): HTMLLIElement {
  const isi = [
    el('span', 'no-baris', `Baris ${b.baris}`),
    el('span', 'indikator', b.indikator || '(tanpa indikator)'),
    el('span', `lencana keadaan-${b.keadaan}`, b.keadaanTeks),
  ];
  if (!bisaTandai) return el('li', '', ...isi);
  const id = `baris-${kode}-${b.baris}`;
  const centang = el('input');
  centang.type = 'checkbox';
  centang.id = id;
  centang.value = String(b.baris);
  centang.dataset.keadaan = b.keadaan;
  const label = el('label', '', ...isi);
  label.htmlFor = id;
  return el('li', '', centang, label);
}

function medan(id: string, teks: string, masukan: HTMLElement): HTMLElement {
  masukan.id = id;
  const label = el('label', '', teks);
  label.htmlFor = id;
  return el('div', 'medan', label, masukan);
}

function formTanda(u: UnitKabidPanel, daftar: HTMLElement, jalankan: JalankanTanda): HTMLElement[] {
  const pilih = el('button', 'tombol-teks', 'Pilih semua yang belum Valid');
  pilih.type = 'button';
  pilih.addEventListener('click', () => {
    for (const c of daftar.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      c.checked = c.dataset.keadaan !== 'valid';
    }
  });
  const status = el('select', '', ...PILIHAN.map((p) => Object.assign(el('option', '', p), { value: p })));
  const catatan = el('textarea');
  catatan.rows = 2;
  catatan.maxLength = 500;
  const galat = el('p', 'galat-isian');
  galat.setAttribute('role', 'alert');
  galat.hidden = true;
  const tombol = el('button', 'tombol', 'Tandai baris terpilih');
  tombol.type = 'button';
  tombol.dataset.endpoint = 'tandaiBanyakBaris';
  tombol.dataset.kode = u.kode;
  tombol.addEventListener('click', () => {
    const baris = [...daftar.querySelectorAll<HTMLInputElement>('input:checked')].map((c) => Number(c.value));
    galat.textContent = baris.length ? '' : 'Pilih sedikitnya satu baris untuk ditandai.';
    galat.hidden = baris.length > 0;
    if (!baris.length) {
      daftar.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    jalankan({ kode: u.kode, baris, status: status.value, catatan: catatan.value.trim() }, tombol);
  });
  return [
    el('div', 'pilih-semua', pilih),
    medan(`status-${u.kode}`, 'Tandai sebagai', status),
    medan(`catatan-unit-${u.kode}`, 'Catatan untuk unit (opsional)', catatan),
    galat,
    tombol,
  ];
}

function kartuUnit(u: UnitKabidPanel, bisaTandai: boolean, jalankan: JalankanTanda, muat: MuatTren): HTMLElement {
  const daftar = el('ul', 'baris-unit', ...u.baris.map((b) => itemBaris(u.kode, b, bisaTandai)));
  const judul = el('p', 'ringkas-unit', ringkasan(u));
  judul.id = `ringkas-unit-${u.kode}`;
  daftar.setAttribute('aria-labelledby', judul.id);
  const kartu = el('div', 'aksi unit-kabid', judul, daftar);
  if (bisaTandai && u.baris.length) kartu.append(...formTanda(u, daftar, jalankan));
  kartu.append(lipatanTren(u.kode, muat));
  kartu.dataset.unit = u.kode;
  return kartu;
}

export function tampilkanUnitKabid(
  wadah: HTMLElement,
  unit: readonly UnitKabidPanel[],
  bisaTandai: boolean,
  jalankan: JalankanTanda,
  muat: MuatTren,
): void {
  wadah.removeAttribute('aria-busy');
  wadah.replaceChildren(...unit.map((u) => kartuUnit(u, bisaTandai, jalankan, muat)));
}
