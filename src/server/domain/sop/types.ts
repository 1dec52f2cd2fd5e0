/** One step of an SOP (a row of its table), as the template stores it. */
export interface SopStep {
  no: number;
  uraian: string;
  /** the pelaksana column (role name) that carries the step by default; editable per office */
  pelaksana: string;
  kelengkapan: string;
  /** target duration in working minutes (Mutu Baku: Waktu) */
  waktuMenit: number;
  output: string;
  keterangan: string;
}

/** The official who signs the SOP off (Disahkan oleh). */
export interface SopPengesah {
  nama: string;
  pangkat: string;
  /** 18 digits, usually written in groups: "19620728 198901 1 001" */
  nip: string;
}

/** The head block of a Permendagri 52/2011 SOP form. Dates stay as written ("18 Januari 2021"); '' when blank. */
export interface SopHeader {
  judul: string;
  nomor: string;
  tanggalPembuatan: string;
  tanggalRevisi: string;
  tanggalEfektif: string;
  disahkanOleh: SopPengesah;
  /** the lines of the kop, top to bottom: "PEMERINTAH KABUPATEN BANYUMAS", "DINAS SOSIAL ..." */
  instansi: string[];
}

/** Lembar Kerja Identifikasi Kegiatan; fields the source leaves blank are ''. */
export interface IdentifikasiKegiatan {
  jenisKegiatan: string;
  penanggungJawab: { produk: string; kegiatan: string };
  ruangLingkup: string;
  langkahAwal: string;
  langkahUtama: string;
  langkahAkhir: string;
}

/**
 * A role that carries steps but has no swimlane column on the printed form. Example: step 7 of SOP Pengukuran
 * Kinerja ("Kabid Menghimpun dan memvalidasi data kinerja") is done by the Kabid of every unit kerja, who is not one
 * of the four pelaksana columns: the step's pelaksana is "Kabid" and the role is listed here with perUnitKerja true.
 */
export interface PeranTambahan {
  nama: string;
  /** true when each unit kerja has its own holder of the role and the step is done once per unit */
  perUnitKerja: boolean;
  keterangan: string;
}

/** An SOP as data: everything the form shows, plus the default pelaksana of each step. */
export interface SopTemplate {
  header: SopHeader;
  dasarHukum: string[];
  kualifikasiPelaksana: string[];
  keterkaitan: string[];
  peralatan: string[];
  peringatan: string[];
  pencatatan: string[];
  identifikasiKegiatan: IdentifikasiKegiatan;
  /** the swimlane columns, left to right (highest position first, as on the form) */
  pelaksanaKolom: string[];
  peranTambahan: PeranTambahan[];
  /** numbered 1..n in order */
  steps: SopStep[];
}
