import { bacaPolaritas } from '../indikator/polaritas';
import { parseAngka } from '../indikator/parse-angka';
import type { Capping, VarianNegatif } from '../indikator/pengaturan-capaian';
import { bacaMarginCm, DAFTAR_KERTAS, tulisMarginCm, type Kertas } from '../naskah/halaman';
import { parseNumberFormat } from '../penutup/nomor-surat/format-nomor';
import type { SopTemplate } from '../sop/types';
import { neutralkanFormula } from '../format/neutralkan-formula';
import { MS_PER_MENIT, ZONA_WAKTU } from '../jam-kerja/zona';
import type { Blok, BlokTerbaca, GalatTab, Sel } from './blok-tab';
import { bacaBlok, normalkan, susunBlok } from './blok-tab';
import { bacaKalender, blokKalender, JUDUL_KALENDER } from './kalender-blok';
import { PembacaSel } from './pembaca-sel';
import type { IndikatorPK, Orang, Pengaturan, SetelanDokumen, UnitKerja } from './types';

/**
 * The Pengaturan tab: the settings of a cycle as stacked blocks (see blok-tab.ts) that the SAKIP team edits in
 * Sheets. pengaturanKeBaris writes them, bacaPengaturan reads them back by block title and header name.
 */
export const JUDUL_BLOK = {
  umum: 'UMUM',
  unit: 'UNIT KERJA',
  orang: 'ORANG DAN PERAN',
  pelaksana: 'PELAKSANA LANGKAH',
  penandatangan: 'PENANDATANGAN',
  penomoran: 'PENOMORAN SURAT',
  capaian: 'KEBIJAKAN CAPAIAN',
  ...JUDUL_KALENDER,
  pk: 'PERJANJIAN KINERJA',
  tembusan: 'TEMBUSAN / SALINAN',
} as const;

const KUNCI_UMUM = {
  namaInstansi: 'Nama instansi',
  singkatanInstansi: 'Singkatan instansi',
  tempat: 'Tempat',
  batasPengisian: 'Batas pengisian (WIB)',
  kalender: 'Nama kalender kerja',
  kertas: 'Kertas dokumen (A4 atau F4; kosong: A4)',
  margin: 'Margin dokumen, cm (atas; kanan; bawah; kiri; kosong: 2; 2; 2; 3)',
  templat: 'Templat dokumen (ID Google Doc; kosong: bawaan)',
  alamatKop: 'Alamat kop surat',
  kontakKop: 'Kontak kop surat',
} as const;

const KOLOM = {
  umum: ['Pengaturan', 'Nilai'],
  unit: ['Kode', 'Nama'],
  orang: ['Nama', 'Email', 'Peran', 'Unit', 'Tim SAKIP', 'Jabatan', 'Pangkat', 'NIP'],
  pelaksana: ['Langkah', 'Pelaksana', 'Uraian langkah'],
  penandatangan: ['Jabatan', 'Nama', 'Pangkat', 'NIP'],
  penomoran: ['Format', 'Kode klasifikasi', 'Nomor terakhir'],
  capaian: ['Varian negatif', 'Pembatasan'],
  pk: ['Unit', 'Sasaran', 'Indikator', 'Satuan', 'Polaritas', 'Target'],
  tembusan: ['Tujuan'],
} as const;

const VARIAN: readonly VarianNegatif[] = ['A', 'B'];
const CAPPING: readonly Capping[] = ['tanpa', 'lantai-0', 'batas-0-200'];
/** Several roles in one cell: "Sekretaris, Kabid". */
const PEMISAH_PERAN = ', ';

export type HasilBacaPengaturan = { ok: true; pengaturan: Pengaturan } | { ok: false; galat: GalatTab[] };

function teks(v: string): string {
  return neutralkanFormula(v);
}

function waktuKeTeks(ms: number): string {
  const d = new Date(ms + ZONA_WAKTU.offsetMenit * MS_PER_MENIT).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}

/** The settings as sheet rows (text neutralised against formula injection). `sop` adds each step's text. */
export function pengaturanKeBaris(p: Pengaturan, sop?: SopTemplate): Sel[][] {
  const uraian = new Map(sop?.steps.map((s) => [s.no, s.uraian]));
  const blok: Blok[] = [
    {
      judul: JUDUL_BLOK.umum,
      kolom: KOLOM.umum,
      baris: [
        [KUNCI_UMUM.namaInstansi, teks(p.namaInstansi)],
        [KUNCI_UMUM.singkatanInstansi, teks(p.singkatanInstansi ?? '')],
        [KUNCI_UMUM.tempat, teks(p.tempat)],
        [KUNCI_UMUM.batasPengisian, p.batasPengisian === null ? '' : waktuKeTeks(p.batasPengisian)],
        [KUNCI_UMUM.kalender, teks(p.kalender.nama)],
        [KUNCI_UMUM.kertas, p.dokumen?.kertas ?? ''],
        [KUNCI_UMUM.margin, p.dokumen?.marginCm ? tulisMarginCm(p.dokumen.marginCm) : ''],
        [KUNCI_UMUM.templat, teks(p.dokumen?.templatId ?? '')],
        [KUNCI_UMUM.alamatKop, teks(p.dokumen?.alamatKop ?? '')],
        [KUNCI_UMUM.kontakKop, teks(p.dokumen?.kontakKop ?? '')],
      ],
    },
    { judul: JUDUL_BLOK.unit, kolom: KOLOM.unit, baris: p.unitKerja.map((u) => [teks(u.kode), teks(u.nama)]) },
    {
      judul: JUDUL_BLOK.orang,
      kolom: KOLOM.orang,
      baris: p.orang.map((o) => [
        teks(o.nama),
        teks(o.email),
        teks(o.peran.join(PEMISAH_PERAN)),
        teks(o.unit),
        o.timSakip,
        teks(o.jabatan),
        teks(o.pangkat),
        teks(o.nip),
      ]),
    },
    {
      judul: JUDUL_BLOK.pelaksana,
      kolom: KOLOM.pelaksana,
      baris: Object.entries(p.pelaksanaLangkah)
        .map(([no, peran]) => [Number(no), teks(peran), teks(uraian.get(Number(no)) ?? '')] as Sel[])
        .sort((a, b) => (a[0] as number) - (b[0] as number)),
    },
    {
      judul: JUDUL_BLOK.penandatangan,
      kolom: KOLOM.penandatangan,
      baris: [[p.penandatangan.jabatan, p.penandatangan.nama, p.penandatangan.pangkat, p.penandatangan.nip].map(teks)],
    },
    {
      judul: JUDUL_BLOK.penomoran,
      kolom: KOLOM.penomoran,
      baris: [[teks(p.penomoran.format), teks(p.penomoran.kode), p.penomoran.nomorTerakhir]],
    },
    { judul: JUDUL_BLOK.capaian, kolom: KOLOM.capaian, baris: [[p.capaian.varianNegatif, p.capaian.capping]] },
    ...blokKalender(p.kalender),
    {
      judul: JUDUL_BLOK.pk,
      kolom: KOLOM.pk,
      baris: p.perjanjianKinerja.map((i) => [
        teks(i.unit),
        teks(i.sasaran),
        teks(i.indikator),
        teks(i.satuan),
        teks(i.polaritas),
        typeof i.target === 'number' ? i.target : teks(i.target),
      ]),
    },
    ...(p.tembusan
      ? [{ judul: JUDUL_BLOK.tembusan, kolom: KOLOM.tembusan, baris: p.tembusan.map((t) => [teks(t)]) }]
      : []),
  ];
  return susunBlok(blok);
}

/** Reads the tab's values (as getValues returns them); every problem is listed, nothing half-read is returned. */
export function bacaPengaturan(values: readonly (readonly unknown[])[], tabName: string): HasilBacaPengaturan {
  const p = new PembacaSel(tabName);
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

  const umum = bacaUmum(p, wajib(JUDUL_BLOK.umum, KOLOM.umum));
  const unitKerja = bacaUnit(p, wajib(JUDUL_BLOK.unit, KOLOM.unit));
  const kodeUnit = new Map(unitKerja.map((u) => [u.kode.toUpperCase(), u.kode]));
  const orang = bacaOrang(p, wajib(JUDUL_BLOK.orang, KOLOM.orang.slice(0, 5)), kodeUnit);
  const pelaksanaLangkah = bacaPelaksana(p, wajib(JUDUL_BLOK.pelaksana, KOLOM.pelaksana.slice(0, 2)));
  const ttd = tunggal(JUDUL_BLOK.penandatangan, KOLOM.penandatangan);
  const nomor = tunggal(JUDUL_BLOK.penomoran, KOLOM.penomoran);
  const kebijakan = tunggal(JUDUL_BLOK.capaian, KOLOM.capaian);
  const hariKerja = wajib(JUDUL_BLOK.hariKerja, ['Hari', 'Mulai', 'Selesai', 'Istirahat']);
  const kalender =
    hariKerja && umum.kalender
      ? bacaKalender(p, umum.kalender, hariKerja, blok.get(JUDUL_BLOK.hariLibur), blok.get(JUDUL_BLOK.jamKhusus))
      : undefined;
  const perjanjianKinerja = bacaPK(p, blok.get(JUDUL_BLOK.pk), kodeUnit);
  const tembusan = bacaTembusan(p, blok.get(JUDUL_BLOK.tembusan));

  const penandatangan = ttd && {
    jabatan: p.teks(ttd, 'Jabatan'),
    nama: p.teks(ttd, 'Nama'),
    pangkat: p.teks(ttd, 'Pangkat', false),
    nip: p.teks(ttd, 'NIP', false),
  };
  const penomoran = nomor && bacaPenomoran(p, nomor);
  const capaian = kebijakan && bacaKebijakan(p, kebijakan);

  if (p.galat.length || !kalender || !penandatangan || !penomoran || !capaian || umum.batasPengisian === undefined) {
    return { ok: false, galat: p.galat };
  }
  return {
    ok: true,
    pengaturan: {
      namaInstansi: umum.namaInstansi,
      ...(umum.singkatanInstansi ? { singkatanInstansi: umum.singkatanInstansi } : {}),
      tempat: umum.tempat,
      unitKerja,
      orang,
      pelaksanaLangkah,
      penandatangan,
      kalender,
      penomoran,
      capaian,
      batasPengisian: umum.batasPengisian,
      perjanjianKinerja,
      ...(tembusan ? { tembusan } : {}),
      ...(umum.dokumen ? { dokumen: umum.dokumen } : {}),
    },
  };
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
  const templat = isi(KUNCI_UMUM.templat)?.teks;
  if (templat) setelan.templatId = /\/d\/([\w-]+)/.exec(templat)?.[1] ?? templat;
  const alamatKop = isi(KUNCI_UMUM.alamatKop)?.teks;
  if (alamatKop) setelan.alamatKop = alamatKop;
  const kontakKop = isi(KUNCI_UMUM.kontakKop)?.teks;
  if (kontakKop) setelan.kontakKop = kontakKop;
  return Object.keys(setelan).length ? setelan : undefined;
}

function bacaUnit(p: PembacaSel, b: BlokTerbaca | undefined): UnitKerja[] {
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

function bacaOrang(p: PembacaSel, b: BlokTerbaca | undefined, kodeUnit: ReadonlyMap<string, string>): Orang[] {
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
      nip: p.teks(r, 'NIP', false),
    });
  }
  return hasil;
}

function bacaPelaksana(p: PembacaSel, b: BlokTerbaca | undefined): Record<number, string> {
  const hasil: Record<number, string> = {};
  for (const r of b?.isi ?? []) {
    const no = p.bilanganBulat(r, 'Langkah', 1);
    const peran = p.teks(r, 'Pelaksana');
    if (no !== undefined && no in hasil) p.tambah(r.nomor, 'Langkah', `langkah ${no} tercantum lebih dari sekali.`);
    else if (no !== undefined && peran) hasil[no] = peran;
  }
  return hasil;
}

function bacaPenomoran(p: PembacaSel, r: BlokTerbaca['isi'][number]) {
  const format = p.teks(r, 'Format');
  const cek = format ? parseNumberFormat(format) : undefined;
  if (cek && !cek.ok) p.tambah(r.nomor, 'Format', cek.alasan.join(' '));
  const kode = p.teks(r, 'Kode klasifikasi');
  const nomorTerakhir = p.bilanganBulat(r, 'Nomor terakhir', 0);
  return cek?.ok && kode && nomorTerakhir !== undefined ? { format, kode, nomorTerakhir } : undefined;
}

function bacaKebijakan(p: PembacaSel, r: BlokTerbaca['isi'][number]) {
  const varian = p.teks(r, 'Varian negatif').toUpperCase() as VarianNegatif;
  const capping = p.teks(r, 'Pembatasan').toLowerCase() as Capping;
  if (!VARIAN.includes(varian))
    p.tambah(r.nomor, 'Varian negatif', 'pilih "A" ((2T − R) / T × 100) atau "B" (T / R × 100).');
  if (!CAPPING.includes(capping)) p.tambah(r.nomor, 'Pembatasan', `pilih salah satu: ${CAPPING.join(', ')}.`);
  return VARIAN.includes(varian) && CAPPING.includes(capping) ? { varianNegatif: varian, capping } : undefined;
}

function bacaPK(p: PembacaSel, b: BlokTerbaca | undefined, kodeUnit: ReadonlyMap<string, string>): IndikatorPK[] {
  const hasil: IndikatorPK[] = [];
  for (const r of b?.isi ?? []) {
    const unitTeks = p.teks(r, 'Unit');
    const unit = kodeUnit.get(unitTeks.toUpperCase());
    if (unitTeks && !unit) p.tambah(r.nomor, 'Unit', `unit "${unitTeks}" tidak ada di blok "${JUDUL_BLOK.unit}".`);
    const polaritasTeks = p.teks(r, 'Polaritas');
    const polaritas = bacaPolaritas(polaritasTeks);
    if (polaritasTeks && !polaritas)
      p.tambah(r.nomor, 'Polaritas', `"${polaritasTeks}" harus "positif" atau "negatif".`);
    hasil.push({
      unit: unit ?? unitTeks,
      sasaran: p.teks(r, 'Sasaran'),
      indikator: p.teks(r, 'Indikator'),
      satuan: p.teks(r, 'Satuan'),
      polaritas: polaritas ?? polaritasTeks,
      target: bacaTarget(p, r),
    });
  }
  return hasil;
}

/** A number (typed the Indonesian way or held by the cell), or a qualitative target without digits ("WTP"). */
function bacaTarget(p: PembacaSel, r: BlokTerbaca['isi'][number]): number | string {
  const v = r.sel('Target');
  if (typeof v === 'number') return v;
  const angka = parseAngka(v);
  if (angka.ok) return angka.value;
  const isi = p.teks(r, 'Target');
  if (isi && /\d/.test(isi)) p.tambah(r.nomor, 'Target', `"${isi}" tidak terbaca sebagai angka: ${angka.reason}.`);
  return isi;
}

/** The TEMBUSAN / SALINAN block: one addressee per row; undefined when the tab has no such block (older settings). */
function bacaTembusan(p: PembacaSel, b: BlokTerbaca | undefined): string[] | undefined {
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
