import type { BlokTerbaca } from './blok-tab';
import { PembacaSel } from './pembaca-sel';
import type { Orang, UnitKerja } from './types';
import { JUDUL_BLOK } from './blok-pengaturan';

export function bacaUnit(p: PembacaSel, b: BlokTerbaca | undefined): UnitKerja[] {
  const hasil: UnitKerja[] = [];
  for (const r of b?.isi ?? []) {
    const kode = p.teks(r, 'Kode');
    const nama = p.teks(r, 'Nama');
    if (kode && !/^[A-Za-z0-9_-]{1,20}$/.test(kode)) {
      p.tambah(
        r.nomor,
        'Kode',
        `"${kode}" hanya boleh huruf, angka, - dan _ (paling panjang 20), karena menjadi nama tab.`,
      );
    } else if (hasil.some((u) => u.kode.toUpperCase() === kode.toUpperCase())) {
      p.tambah(r.nomor, 'Kode', `kode "${kode}" sudah dipakai unit lain.`);
    } else if (kode && nama) hasil.push({ kode, nama });
  }
  if (b && b.isi.length === 0) p.tambah(b.barisJudul, '', `blok "${JUDUL_BLOK.unit}" belum berisi satu unit pun.`);
  return hasil;
}

export function bacaOrang(p: PembacaSel, b: BlokTerbaca | undefined, kodeUnit: ReadonlyMap<string, string>): Orang[] {
  const hasil: Orang[] = [];
  for (const r of b?.isi ?? []) {
    const email = p.teks(r, 'Email');
    const peran = p
      .teks(r, 'Peran')
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const unitTeks = p.teks(r, 'Unit', false);
    const unit = unitTeks ? kodeUnit.get(unitTeks.toUpperCase()) : '';
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      p.tambah(r.nomor, 'Email', `"${email}" bukan alamat email.`);
    else if (hasil.some((o) => o.email.toLowerCase() === email.toLowerCase())) {
      p.tambah(r.nomor, 'Email', `"${email}" sudah tercantum di baris lain.`);
    }
    if (unit === undefined) p.tambah(r.nomor, 'Unit', `unit "${unitTeks}" tidak ada di blok "${JUDUL_BLOK.unit}".`);
    hasil.push({
      nama: p.teks(r, 'Nama'),
      email,
      peran,
      unit: unit ?? '',
      timSakip: p.yaTidak(r, 'Tim SAKIP'),
      jabatan: p.teks(r, 'Jabatan', false),
      pangkat: p.teks(r, 'Pangkat', false),
      nip: p.nip(r, 'NIP'),
    });
  }
  return hasil;
}

export function bacaPelaksana(p: PembacaSel, b: BlokTerbaca | undefined): Record<number, string> {
  const hasil: Record<number, string> = {};
  for (const r of b?.isi ?? []) {
    const no = p.bilanganBulat(r, 'Langkah', 1);
    const peran = p.teks(r, 'Pelaksana');
    if (no !== undefined && no in hasil) p.tambah(r.nomor, 'Langkah', `langkah ${no} tercantum lebih dari sekali.`);
    else if (no !== undefined && peran) hasil[no] = peran;
  }
  return hasil;
}

/** The TEMBUSAN / SALINAN block: one addressee per row; undefined when the tab has no such block (older settings). */
export function bacaTembusan(p: PembacaSel, b: BlokTerbaca | undefined): string[] | undefined {
  if (!b) return undefined;
  const hasil: string[] = [];
  for (const r of b.isi) {
    const tujuan = p.teks(r, 'Tujuan', false);
    if (!tujuan) continue;
    if (hasil.some((t) => t.toLowerCase() === tujuan.toLowerCase())) {
      p.tambah(r.nomor, 'Tujuan', `"${tujuan}" sudah tercantum di baris lain.`);
    } else hasil.push(tujuan);
  }
  return hasil;
}
