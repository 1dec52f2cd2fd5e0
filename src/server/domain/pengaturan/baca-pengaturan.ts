import { bacaMarginCm, DAFTAR_KERTAS, type Kertas } from '../naskah/halaman';
import { parseNumberFormat } from '../penutup/nomor-surat/format-nomor';
import { type BlokTerbaca, type GalatTab, bacaBlok, normalkan } from './blok-tab';
import { bacaKalender } from './kalender-blok';
import { PembacaSel } from './pembaca-sel';
import type { Pengaturan, SetelanDokumen } from './types';
import { bacaUnit, bacaOrang, bacaPelaksana, bacaTembusan } from './baca-daftar';
import { bacaPK } from './pk-blok';
import { bacaAnggaran } from './anggaran-blok';
import { BENTUK_SURAT, type BentukSurat } from '../penutup/surat-pengantar';
import { JUDUL_BLOK, KOLOM, KUNCI_UMUM } from './blok-pengaturan';
import { bacaKebijakan } from './kebijakan-blok';
import { bacaSkala } from './skala-blok';
import { bacaAtasan } from './atasan';
import { SKALA_PREDIKAT_BAWAAN, TEMPLAT } from '../templat';
import { periksaPelaksana, periksaPeranOrang } from './periksa-peran';

export type HasilBacaPengaturan = { ok: true; pengaturan: Pengaturan } | { ok: false; galat: GalatTab[] };

/** Reads the tab's values (as getValues returns them); every problem is listed, nothing half-read is returned. */
export function bacaPengaturan(values: readonly (readonly unknown[])[], tabName: string): HasilBacaPengaturan {
  const p = new PembacaSel(tabName);
  const { blok, wajib, tunggal } = blokTerbaca(p, values);

  const umum = bacaUmum(p, wajib(JUDUL_BLOK.umum, KOLOM.umum));
  const unitKerja = bacaUnit(p, wajib(JUDUL_BLOK.unit, KOLOM.unit));
  const kodeUnit = new Map(unitKerja.map((u) => [u.kode.toUpperCase(), u.kode]));
  const blokOrang = wajib(JUDUL_BLOK.orang, KOLOM.orang.slice(0, 5));
  const orang = bacaOrang(p, blokOrang, kodeUnit);
  const blokPelaksana = wajib(JUDUL_BLOK.pelaksana, KOLOM.pelaksana.slice(0, 2));
  const pelaksanaLangkah = bacaPelaksana(p, blokPelaksana);
  periksaPeranOrang(p, TEMPLAT.sop, orang, blokOrang, pelaksanaLangkah);
  periksaPelaksana(p, TEMPLAT.sop, orang, blokPelaksana);
  const ttd = tunggal(JUDUL_BLOK.penandatangan, KOLOM.penandatangan);
  const nomor = tunggal(JUDUL_BLOK.penomoran, KOLOM.penomoran);
  // no required header: older settings name the columns differently (kebijakan-blok.ts reads both)
  const kebijakan = tunggal(JUDUL_BLOK.capaian, []);
  const hariKerja = wajib(JUDUL_BLOK.hariKerja, ['Hari', 'Mulai', 'Selesai', 'Istirahat']);
  const kalender =
    hariKerja && umum.kalender
      ? bacaKalender(p, umum.kalender, hariKerja, blok.get(JUDUL_BLOK.hariLibur), blok.get(JUDUL_BLOK.jamKhusus))
      : undefined;
  const perjanjianKinerja = bacaPK(p, blok.get(JUDUL_BLOK.pk), kodeUnit, JUDUL_BLOK.unit);
  const anggaran = bacaAnggaran(p, blok.get(JUDUL_BLOK.anggaran), kodeUnit, perjanjianKinerja);
  const tembusan = bacaTembusan(p, blok.get(JUDUL_BLOK.tembusan));
  const atasan = bacaAtasan(p, blok.get(JUDUL_BLOK.atasan));

  const penandatangan = ttd && {
    jabatan: p.teks(ttd, 'Jabatan'),
    nama: p.teks(ttd, 'Nama'),
    pangkat: p.teks(ttd, 'Pangkat', false),
    nip: p.nip(ttd, 'NIP'),
  };
  const penomoran = nomor && bacaPenomoran(p, nomor);
  const blokKebijakan = blok.get(JUDUL_BLOK.capaian);
  const capaian = kebijakan && blokKebijakan && bacaKebijakan(p, blokKebijakan, kebijakan);
  const skala = bacaSkala(p, blok.get(JUDUL_BLOK.skala), SKALA_PREDIKAT_BAWAAN);

  if (
    p.galat.length ||
    !kalender ||
    !penandatangan ||
    !penomoran ||
    !capaian ||
    !skala ||
    umum.batasPengisian === undefined
  ) {
    return { ok: false, galat: p.galat };
  }
  const bagian = { unitKerja, orang, pelaksanaLangkah, penandatangan, kalender, penomoran, capaian, skala };
  const pengaturan = susunPengaturan(umum, bagian, { perjanjianKinerja, anggaran }, tembusan);
  return { ok: true, pengaturan: atasan ? { ...pengaturan, atasan } : pengaturan };
}

type Umum = ReturnType<typeof bacaUmum>;

function susunPengaturan(
  umum: Umum,
  bagian: Pick<
    Pengaturan,
    'unitKerja' | 'orang' | 'pelaksanaLangkah' | 'penandatangan' | 'kalender' | 'penomoran' | 'capaian' | 'skala'
  >,
  rencana: Pick<Pengaturan, 'perjanjianKinerja' | 'anggaran'>,
  tembusan: string[] | undefined,
): Pengaturan {
  return {
    namaInstansi: umum.namaInstansi,
    ...(umum.singkatanInstansi ? { singkatanInstansi: umum.singkatanInstansi } : {}),
    tempat: umum.tempat,
    ...bagian,
    batasPengisian: umum.batasPengisian ?? null,
    ...rencana,
    ...(tembusan ? { tembusan } : {}),
    ...(umum.dokumen ? { dokumen: umum.dokumen } : {}),
  };
}

/** The tab's blocks by title; a required block or column that is missing is a problem named by row. */
function blokTerbaca(p: PembacaSel, values: readonly (readonly unknown[])[]) {
  const { blok, ganda } = bacaBlok(values, Object.values(JUDUL_BLOK));
  for (const g of ganda)
    p.tambah(g.baris, '', `blok "${g.judul}" muncul lebih dari sekali; hanya yang pertama dipakai.`);
  const wajib = (judul: string, kolom: readonly string[]): BlokTerbaca | undefined => {
    const b = blok.get(judul);
    if (!b) return p.tambah(0, '', `blok "${judul}" tidak ditemukan (baris judul "${judul}" di kolom A).`);
    const hilang = kolom.filter((k) => !b.kolom.has(normalkan(k)));
    if (hilang.length) {
      return p.tambah(
        b.barisJudul + 1,
        '',
        `blok "${judul}" tidak punya kolom ${hilang.map((h) => `"${h}"`).join(', ')}.`,
      );
    }
    return b;
  };
  const tunggal = (judul: string, kolom: readonly string[]) => {
    const b = wajib(judul, kolom);
    if (b && b.isi.length !== 1) p.tambah(b.barisJudul, '', `blok "${judul}" harus berisi tepat satu baris data.`);
    return b?.isi.length === 1 ? b.isi[0] : undefined;
  };
  return { blok, wajib, tunggal };
}

function bacaUmum(p: PembacaSel, b: BlokTerbaca | undefined) {
  const baris = new Map((b?.isi ?? []).map((r) => [normalkan(r.sel('Pengaturan')), r]));
  const nilai = (kunci: string, wajib: boolean): string => {
    const r = baris.get(normalkan(kunci));
    if (r) return p.teks(r, 'Nilai', wajib);
    if (wajib && b) p.tambah(b.barisJudul, '', `blok "${JUDUL_BLOK.umum}" belum memuat baris "${kunci}".`);
    return '';
  };
  const batas = baris.get(normalkan(KUNCI_UMUM.batasPengisian));
  return {
    namaInstansi: nilai(KUNCI_UMUM.namaInstansi, true),
    singkatanInstansi: nilai(KUNCI_UMUM.singkatanInstansi, false),
    tempat: nilai(KUNCI_UMUM.tempat, true),
    kalender: nilai(KUNCI_UMUM.kalender, true),
    batasPengisian: batas ? p.waktu(batas, 'Nilai') : null,
    dokumen: bacaSetelanDokumen(p, baris),
  };
}

/** The optional document rows of UMUM; undefined when all are blank or absent. */
function bacaSetelanDokumen(p: PembacaSel, baris: ReadonlyMap<string, BlokTerbaca['isi'][number]>) {
  const isi = (kunci: string) => {
    const r = baris.get(normalkan(kunci));
    return r ? { r, teks: p.teks(r, 'Nilai', false) } : undefined;
  };
  const setelan: SetelanDokumen = {};
  const kertas = isi(KUNCI_UMUM.kertas);
  if (kertas?.teks) {
    const k = kertas.teks.toUpperCase() as Kertas;
    if (DAFTAR_KERTAS.includes(k)) setelan.kertas = k;
    else p.tambah(kertas.r.nomor, 'Nilai', `kertas "${kertas.teks}" tidak dikenal; pilih A4 atau F4.`);
  }
  const margin = isi(KUNCI_UMUM.margin);
  if (margin?.teks) {
    const m = bacaMarginCm(margin.teks);
    if (m.ok) setelan.marginCm = m.margin;
    else p.tambah(margin.r.nomor, 'Nilai', `margin dokumen ${m.alasan}`);
  }
  const tanggal = isi(KUNCI_UMUM.tanggalDokumen);
  if (tanggal?.teks) {
    const iso = p.tanggal(tanggal.r, 'Nilai');
    if (iso) setelan.tanggalDokumen = iso;
  }
  const bentuk = isi(KUNCI_UMUM.bentukSurat);
  if (bentuk?.teks) {
    const b = bentuk.teks.toLowerCase() as BentukSurat;
    if (BENTUK_SURAT.includes(b)) setelan.bentukSurat = b;
    else
      p.tambah(
        bentuk.r.nomor,
        'Nilai',
        `bentuk surat "${bentuk.teks}" tidak dikenal; pilih ${BENTUK_SURAT.join(' atau ')}.`,
      );
  }
  const templat = isi(KUNCI_UMUM.templat)?.teks;
  if (templat) setelan.templatId = idDokumen(templat);
  const logo = isi(KUNCI_UMUM.logoKop)?.teks;
  if (logo) setelan.logoKop = idDokumen(logo);
  const alamatKop = isi(KUNCI_UMUM.alamatKop)?.teks;
  if (alamatKop) setelan.alamatKop = alamatKop;
  const kontakKop = isi(KUNCI_UMUM.kontakKop)?.teks;
  if (kontakKop) setelan.kontakKop = kontakKop;
  return Object.keys(setelan).length ? setelan : undefined;
}

function bacaPenomoran(p: PembacaSel, r: BlokTerbaca['isi'][number]) {
  const format = p.teks(r, 'Format');
  const cek = format ? parseNumberFormat(format) : undefined;
  if (cek && !cek.ok) p.tambah(r.nomor, 'Format', cek.alasan.join(' '));
  const kode = p.teks(r, 'Kode klasifikasi');
  const nomorTerakhir = p.bilanganBulat(r, 'Nomor terakhir', 0);
  return cek?.ok && kode && nomorTerakhir !== undefined ? { format, kode, nomorTerakhir } : undefined;
}

/** A Google Doc's id from its address (".../document/d/<id>/edit") or the id itself. */
function idDokumen(teks: string): string {
  return /\/d\/([\w-]+)/.exec(teks)?.[1] ?? teks;
}
