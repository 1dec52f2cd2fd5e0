import { tulisMarginCm } from '../naskah/halaman';
import type { SopTemplate } from '../sop/types';
import { neutralkanFormula } from '../format/neutralkan-formula';
import { MS_PER_MENIT, ZONA_WAKTU } from '../zona-waktu';
import { type Blok, type Sel, susunBlok } from './blok-tab';
import { blokKalender, JUDUL_KALENDER } from './kalender-blok';
import type { Pengaturan } from './types';
import { blokPK, JUDUL_PK } from './pk-blok';
import { blokKebijakan, JUDUL_KEBIJAKAN } from './kebijakan-blok';
import { blokSkala, JUDUL_SKALA } from './skala-blok';
import { blokAnggaran, JUDUL_ANGGARAN } from './anggaran-blok';
import { blokAtasan, JUDUL_ATASAN } from './atasan';

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
  capaian: JUDUL_KEBIJAKAN,
  skala: JUDUL_SKALA,
  ...JUDUL_KALENDER,
  pk: JUDUL_PK,
  anggaran: JUDUL_ANGGARAN,
  tembusan: 'TEMBUSAN / SALINAN',
  atasan: JUDUL_ATASAN,
} as const;

export const KUNCI_UMUM = {
  namaInstansi: 'Nama instansi',
  singkatanInstansi: 'Singkatan instansi',
  tempat: 'Tempat',
  batasPengisian: 'Batas pengisian (WIB)',
  kalender: 'Nama kalender kerja',
  kertas: 'Kertas dokumen (A4 atau F4; kosong: A4)',
  margin: 'Margin dokumen, cm (atas; kanan; bawah; kiri; kosong: 2; 2; 2; 3)',
  templat: 'Templat dokumen (ID Google Doc; kosong: bawaan)',
  tanggalDokumen: 'Tanggal dokumen (YYYY-MM-DD; kosong: diisi saat ditandatangani)',
  bentukSurat: 'Bentuk surat penyampaian (surat pengantar atau surat dinas; kosong: surat pengantar)',
  alamatKop: 'Alamat kop surat',
  kontakKop: 'Kontak kop surat',
  logoKop: 'Logo kop',
} as const;

export const KOLOM = {
  umum: ['Pengaturan', 'Nilai'],
  unit: ['Kode', 'Nama'],
  orang: ['Nama', 'Email', 'Peran', 'Unit', 'Tim SAKIP', 'Jabatan', 'Pangkat', 'NIP'],
  pelaksana: ['Langkah', 'Pelaksana', 'Uraian langkah'],
  penandatangan: ['Jabatan', 'Nama', 'Pangkat', 'NIP'],
  penomoran: ['Format', 'Kode klasifikasi', 'Nomor terakhir'],
  tembusan: ['Tujuan'],
} as const;

/** Several roles in one cell: "Sekretaris, Kabid". */
const PEMISAH_PERAN = ', ';

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
    blokUmum(p),
    { judul: JUDUL_BLOK.unit, kolom: KOLOM.unit, baris: p.unitKerja.map((u) => [teks(u.kode), teks(u.nama)]) },
    blokOrang(p),
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
    blokKebijakan(p.capaian),
    blokSkala(p.skala),
    ...blokKalender(p.kalender),
    blokPK(p.perjanjianKinerja),
    blokAnggaran(p.anggaran),
    ...(p.tembusan
      ? [{ judul: JUDUL_BLOK.tembusan, kolom: KOLOM.tembusan, baris: p.tembusan.map((t) => [teks(t)]) }]
      : []),
    ...(p.atasan ? [blokAtasan(p.atasan)] : []),
  ];
  return susunBlok(blok);
}

function blokUmum(p: Pengaturan): Blok {
  return {
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
      [KUNCI_UMUM.tanggalDokumen, p.dokumen?.tanggalDokumen ?? ''],
      [KUNCI_UMUM.bentukSurat, p.dokumen?.bentukSurat ?? ''],
      [KUNCI_UMUM.alamatKop, teks(p.dokumen?.alamatKop ?? '')],
      [KUNCI_UMUM.kontakKop, teks(p.dokumen?.kontakKop ?? '')],
      [KUNCI_UMUM.logoKop, teks(p.dokumen?.logoKop ?? '')],
    ],
  };
}

function blokOrang(p: Pengaturan): Blok {
  return {
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
  };
}
