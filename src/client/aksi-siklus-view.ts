/**
 * The cycle's action cards under their own heading: a card without inputs is a description and a button; a card with
 * inputs is folded (details/summary) so the list stays short in a 300 px sidebar.
 */
import type { AksiSiklus } from '../shared/api';
import { el } from './dom';
import { ISIAN, periksaIsian, type Isian, type NilaiIsian } from './isian-aksi';

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
  // a missing or malformed input is said in the card, by the input, without calling the server
  const galat = el('p', 'galat-isian');
  galat.setAttribute('role', 'alert');
  galat.hidden = true;
  tombol.addEventListener('click', () => {
    const isi = Object.fromEntries(medan.map(({ i, m }) => [i.nama, nilai(m)]));
    const masalah = periksaIsian(aksi, isi);
    for (const { i, m } of medan) m.setAttribute('aria-invalid', String(i.nama === masalah?.nama));
    galat.textContent = masalah?.pesan ?? '';
    galat.hidden = !masalah;
    if (masalah) medan.find(({ i }) => i.nama === masalah.nama)?.m.focus();
    else jalankan(aksi, isi, tombol);
  });
  const badan = [el('p', 'uraian', aksi.uraian), ...medan.map((x) => x.baris), galat, tombol];
  const wadah = medan.length
    ? el('details', 'aksi aksi-siklus', el('summary', '', aksi.label), ...badan)
    : el('div', 'aksi aksi-siklus', ...badan);
  wadah.dataset.kunci = aksi.kunci;
  return wadah;
}

/** What the person typed and which forms were open, to survive a redraw (after a refusal they try again). */
function keadaanIsian(wadah: HTMLElement): (baru: HTMLElement) => void {
  const terbuka = new Set([...wadah.querySelectorAll('details[open]')].map((d) => (d as HTMLElement).dataset.kunci));
  const nilaiLama = new Map(
    [...wadah.querySelectorAll<Masukan>('input, select, textarea')].map((m) => [m.id, nilai(m)] as const),
  );
  return (baru) => {
    for (const d of baru.querySelectorAll('details')) d.open = terbuka.has(d.dataset.kunci);
    for (const m of baru.querySelectorAll<Masukan>('input, select, textarea')) {
      const v = nilaiLama.get(m.id);
      if (typeof v === 'boolean') (m as HTMLInputElement).checked = v;
      else if (v !== undefined) m.value = v;
    }
  };
}

/** The cards, or nothing (the section hides) when the person has no cycle action now. */
export function tampilkanAksiSiklus(wadah: HTMLElement, aksi: readonly AksiSiklus[], jalankan: JalankanSiklus): void {
  const pulihkan = keadaanIsian(wadah);
  wadah.removeAttribute('aria-busy');
  wadah.hidden = aksi.length === 0;
  wadah.replaceChildren(
    ...(aksi.length ? [el('h3', 'judul-kecil', 'Tindakan siklus'), ...aksi.map((a) => kartu(a, jalankan))] : []),
  );
  pulihkan(wadah);
}
