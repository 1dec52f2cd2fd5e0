/**
 * The cycle's action cards under their own heading: a card without inputs is a description and a button; a card with
 * inputs is folded (details/summary) so the list stays short in a 300 px sidebar.
 */
import type { AksiSiklus } from '../shared/api';
import { el } from './dom';
import { ISIAN, type Isian, type NilaiIsian } from './isian-aksi';

export type JalankanSiklus = (aksi: AksiSiklus, nilai: NilaiIsian, tombol: HTMLButtonElement) => void;

type Masukan = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function masukan(isian: Isian): Masukan {
  switch (isian.jenis) {
    case 'catatan': {
      const t = el('textarea');
      t.rows = 2;
      t.maxLength = 500;
      return t;
    }
    case 'pilihan': {
      const s = el('select');
      s.append(
        el('option', '', '— pilih —'),
        ...(isian.pilihan ?? []).map(([v, l]) => Object.assign(el('option', '', l), { value: v })),
      );
      s.options[0].value = '';
      return s;
    }
    default: {
      const i = el('input');
      i.type = { 'tanggal-jam': 'datetime-local', teks: 'text', tautan: 'url', centang: 'checkbox' }[isian.jenis];
      if (isian.contoh) i.placeholder = isian.contoh;
      if (isian.jenis !== 'centang') i.maxLength = isian.jenis === 'tautan' ? 2000 : 200;
      return i;
    }
  }
}

function nilai(m: Masukan): string | boolean {
  return m instanceof HTMLInputElement && m.type === 'checkbox' ? m.checked : m.value;
}

function kartu(aksi: AksiSiklus, jalankan: JalankanSiklus): HTMLElement {
  const isian = ISIAN[aksi.endpoint] ?? [];
  const medan = isian.map((i) => {
    const id = `isian-${aksi.kunci}-${i.nama}`;
    const m = masukan(i);
    m.id = id;
    m.name = i.nama;
    if (i.wajib) m.setAttribute('aria-required', 'true');
    const label = el('label', '', i.label);
    label.htmlFor = id;
    return { i, m, baris: i.jenis === 'centang' ? el('div', 'baris-centang', m, label) : el('div', 'medan', label, m) };
  });
  const tombol = el('button', 'tombol', aksi.label);
  tombol.type = 'button';
  tombol.dataset.endpoint = aksi.endpoint;
  if (aksi.kode) tombol.dataset.kode = aksi.kode;
  tombol.addEventListener('click', () =>
    jalankan(aksi, Object.fromEntries(medan.map(({ i, m }) => [i.nama, nilai(m)])), tombol),
  );
  const badan = [el('p', 'uraian', aksi.uraian), ...medan.map((x) => x.baris), tombol];
  const wadah = medan.length
    ? el('details', 'aksi aksi-siklus', el('summary', '', aksi.label), ...badan)
    : el('div', 'aksi aksi-siklus', ...badan);
  wadah.dataset.kunci = aksi.kunci;
  return wadah;
}

/** The cards, or nothing (the section hides) when the person has no cycle action now. */
export function tampilkanAksiSiklus(wadah: HTMLElement, aksi: readonly AksiSiklus[], jalankan: JalankanSiklus): void {
  wadah.removeAttribute('aria-busy');
  wadah.hidden = aksi.length === 0;
  wadah.replaceChildren(
    ...(aksi.length ? [el('h3', 'judul-kecil', 'Tindakan siklus'), ...aksi.map((a) => kartu(a, jalankan))] : []),
  );
}
