import type { KebijakanCapaian } from '../indikator/pengaturan-capaian';
import type { WorkingCalendar } from '../jam-kerja/kalender';
import type { MetodeKumulasi } from '../indikator/kumulasi';
import type { NilaiTarget } from '../indikator/target';
import type { SkalaPredikat } from '../indikator/predikat';
import type { BentukSurat } from '../penutup/surat-pengantar';

/**
 * The settings of one cycle, as the Pengaturan tab holds them (seeded from the previous cycle or the defaults in
 * sheets-templates/, then edited by the SAKIP team). Roles are names the users assign: the SOP's pelaksana columns
 * ("Kepala Dinsospermasdes", "Sekretaris", "Sek. Tim Sakip", "Anggota Tim Sakip"), its extra roles ("Kabid") and the
 * add-in's own ("Staf", "Petugas Data").
 */
export interface UnitKerja {
  kode: string;
  nama: string;
}

export interface Orang {
  nama: string;
  email: string;
  /** one person may hold several roles, e.g. the Sekretaris is also the Kabid of the Sekretariat */
  peran: string[];
  /** kode of the unit kerja the person belongs to ('' for office-wide roles) */
  unit: string;
  /** member of the Tim SAKIP: may act on every step and edit the add-in's tabs */
  timSakip: boolean;
  jabatan: string;
  pangkat: string;
  nip: string;
}

interface Penandatangan {
  jabatan: string;
  nama: string;
  pangkat: string;
  nip: string;
}

interface Penomoran {
  /** e.g. "{kode}/{urut}/{tahun}" */
  format: string;
  kode: string;
  /** last number issued this year before the add-in took over the register */
  nomorTerakhir: number;
}

/** One indicator of the Perjanjian Kinerja, used to prefill the unit's form tab. */
export interface IndikatorPK {
  unit: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  polaritas: string;
  /** the annual target; text for a qualitative one ("WTP") */
  target: NilaiTarget | string;
  /** the Rencana Aksi: target of triwulan I–IV, null where blank */
  targetTriwulan: (NilaiTarget | null)[];
  metode: MetodeKumulasi;
}

/** A program or kegiatan of a unit's DPA with its pagu (ANGGARAN PROGRAM / KEGIATAN block). */
export interface ProgramAnggaran {
  unit: string;
  program: string;
  /** Rp, above 0 */
  pagu: number;
  /** the PK indicator of the unit it serves ('' for none: efisiensi against the unit's average capaian) */
  indikator: string;
  /** where the pagu comes from, e.g. "DPA 2026" */
  sumber: string;
}

/** How the add-in lays out its documents; a field left blank in Pengaturan takes the built-in default. */
export interface SetelanDokumen {
  kertas?: 'A4' | 'F4';
  marginCm?: { atas: number; kanan: number; bawah: number; kiri: number };
  /** id of the office's own Google Doc with {{placeholders}}; absent: the built-in layout */
  templatId?: string;
  /** the date printed above the signature, "YYYY-MM-DD"; absent: left blank and written at the signing */
  tanggalDokumen?: string;
  /** the form of the letter that goes with the signed document (default: surat pengantar) */
  bentukSurat?: BentukSurat;
  /** the kop surat's address and contact line (the shipped ones are examples) */
  alamatKop?: string;
  kontakKop?: string;
  /** id of the Google Doc whose first image is the kop's logo; absent: the kop has no logo */
  logoKop?: string;
}

/** One row of the ATASAN (ESKALASI PENGINGAT) block: a jabatan pelaksana and the jabatan above it (see atasan.ts). */
export interface AturanAtasan {
  pelaksana: string;
  atasan: string;
}

export interface Pengaturan {
  namaInstansi: string;
  /** short name for titles, e.g. "Dinsospermasdes" (optional: older settings have none) */
  singkatanInstansi?: string;
  tempat: string;
  unitKerja: UnitKerja[];
  orang: Orang[];
  /** step number -> pelaksana role (defaults from the SOP template, editable) */
  pelaksanaLangkah: Record<number, string>;
  penandatangan: Penandatangan;
  kalender: WorkingCalendar;
  penomoran: Penomoran;
  capaian: KebijakanCapaian;
  /** the predikat bands (SKALA PREDIKAT block; the built-in scale when the block is absent) */
  skala: SkalaPredikat;
  /** deadline for units to submit their forms (epoch ms), or null */
  batasPengisian: number | null;
  perjanjianKinerja: IndikatorPK[];
  /** the units' programs and pagu; empty in settings older than the block */
  anggaran: ProgramAnggaran[];
  /** who gets a copy (tembusan) of the signed document, e.g. Bappeda; absent in settings older than the list */
  tembusan?: string[];
  /** who escalations go to (ATASAN (ESKALASI PENGINGAT) block); absent in settings older than the block */
  atasan?: AturanAtasan[];
  /** absent when every document row of the UMUM block is blank */
  dokumen?: SetelanDokumen;
}
