/**
 * What the server hands the sidebar and what the sidebar sends back. Plain data only: google.script.run carries
 * primitives, plain objects and arrays, never Date objects, so instants are epoch ms or preformatted WIB text.
 */

/** A step's status as the tracking sheet reports it, timing included. */
export type StatusLangkah = 'belum' | 'berjalan' | 'selesai tepat waktu' | 'selesai terlambat' | 'terlambat';

/** The events a person may record on a step; each maps to one endpoint (mulaiLangkah ...). */
export type JenisAksi = 'mulai' | 'selesai' | 'buka-kembali';

export interface LangkahPanel {
  no: number;
  uraian: string;
  pelaksana: string;
  status: StatusLangkah;
  /** the status in words, for a label that does not rely on colour: "Selesai tepat waktu" */
  statusTeks: string;
  targetMenit: number;
  /** working minutes spent, rounded to whole minutes (a running step counts up to now) */
  aktualMenit: number;
  /** "35 dari 60 menit kerja", "Target 60 menit kerja" before it starts */
  waktuTeks: string;
  /** "Mulai Rabu, 12 Agustus 2026 08.30 WIB", '' before it starts */
  mulaiTeks: string;
  /** "Selesai Rabu, 12 Agustus 2026 09.45 WIB", '' unless finished */
  selesaiTeks: string;
  /** email of whoever recorded the latest event, '' when none */
  oleh: string;
  /** that person by name and jabatan from Pengaturan (the address alone when not listed); absent when none */
  olehOrang?: OrangPanel;
  catatan: string;
}

/** A person as the panel names them: name and jabatan from Pengaturan, the address shown only on hover. */
export interface OrangPanel {
  /** the name, or the address when Pengaturan does not list it */
  nama: string;
  /** '' when Pengaturan gives none */
  jabatan: string;
  email: string;
}

/** One link of the "Berkas siklus" section: a document, its PDF, the letter, a copy, the folder or the archive. */
export interface BerkasPanel {
  /** "Dokumen Pengukuran Kinerja v2 (Google Dokumen)" */
  label: string;
  url: string;
}

/** One recent Log row, newest first. */
export interface RiwayatPanel {
  waktuTeks: string;
  oleh: OrangPanel;
  /** the action in words, then the row's Rincian */
  uraian: string;
}

/** A form row as its Kabid sees it in the panel, to mark it. */
export interface BarisValidasiPanel {
  baris: number;
  indikator: string;
  keadaan: 'valid' | 'perbaikan' | 'belum';
  /** "Valid", "Perlu perbaikan", "Belum divalidasi", "Perlu dicek ulang" */
  keadaanTeks: string;
}

/** The Kabid's own unit: its filled rows and how many are Valid, to fix, not yet marked. */
export interface UnitKabidPanel {
  kode: string;
  tab: string;
  baris: BarisValidasiPanel[];
  jumlah: { valid: number; perbaikan: number; belum: number };
}

/** One button: what it does, on which step, and whether it takes a note. */
export interface AksiPanel {
  jenis: JenisAksi;
  no: number;
  /** "Mulai langkah 3" */
  label: string;
  /** the step's text, shown under the button so the user sees what they act on */
  uraian: string;
}

/** The endpoints behind the cycle's action cards (src/server/index.ts); the sidebar draws each one's inputs. */
export type EndpointAksiSiklus =
  | 'kirimFormulir'
  | 'kirimUlangFormulir'
  | 'tandaiSelesaiDiisi'
  | 'undangRapat'
  | 'rapatSelesai'
  | 'konsolidasi'
  | 'validasiData'
  | 'sahkanUnit'
  | 'serahkanKePetugasData'
  | 'mintaNomorSurat'
  | 'buatDokumenPengukuranKinerja'
  | 'kirimUntukKoreksi'
  | 'koreksiSelesai'
  | 'kirimUntukPersetujuan'
  | 'catatPenandatanganan'
  | 'buatSuratPengantar'
  | 'buatSalinan'
  | 'arsipkanSiklus';

/** One card of the cycle's actions: what it is called, what it does, which endpoint it runs and on which unit. */
export interface AksiSiklus {
  /** unique on the panel: the endpoint, with the unit's code for a unit's action ("sahkanUnit-PJRS") */
  kunci: string;
  endpoint: EndpointAksiSiklus;
  /** the button: "Sahkan Form PJRS" */
  label: string;
  /** what it does, or how to prepare for it, in a line or two */
  uraian: string;
  /** the unit, for kirimUlangFormulir, tandaiSelesaiDiisi and sahkanUnit */
  kode?: string;
  /** serahkanKePetugasData: the earlier send stopped half-way and is sent again on this person's decision */
  kirimUlang?: true;
}

export interface LangkahBerikutnya {
  no: number;
  uraian: string;
  pelaksana: string;
  /** "Berjalan" or "Belum dimulai" */
  keadaan: string;
}

export interface Pengguna {
  /** '' when a Workspace policy hides the address from the add-in */
  email: string;
  /** display name from Pengaturan, '' when the user is not listed */
  nama: string;
  peran: string[];
  timSakip: boolean;
  /** from Pengaturan, '' or absent when not listed */
  jabatan?: string;
}

/** The active spreadsheet is not a cycle spreadsheet: the sidebar says so and how to start one. */
export interface PanelBukanSiklus {
  jenis: 'bukan-siklus';
  pengguna: Pengguna;
  pesan: string;
  saran: string;
}

/** A unit's completeness as the last Rekap counted it: rows whose realisasi is filled, of the unit's rows. */
export interface KelengkapanUnit {
  unit: string;
  terisi: number;
  total: number;
}

export interface PanelSiklusAktif {
  jenis: 'siklus';
  spreadsheetId: string;
  judul: string;
  /** "Triwulan II Tahun 2026" */
  periode: string;
  pengguna: Pengguna;
  langkah: LangkahPanel[];
  /** the first step not finished; null when the cycle is complete */
  berikutnya: LangkahBerikutnya | null;
  /** what this user may do now; the server decides, the sidebar only shows */
  aksi: AksiPanel[];
  /** the cycle's actions (send the forms, consolidate, the document ...) this user may take now */
  aksiSiklus: AksiSiklus[];
  /** counts for the summary line */
  jumlahSelesai: number;
  /** "Diperbarui Jumat, 14 Agustus 2026 14.00 WIB" */
  diperbaruiTeks: string;
  /** per unit, from the Rekap's summary; absent before the first consolidation */
  kelengkapan?: KelengkapanUnit[];
  /** "Rekap lebih lama dari formulir: …" when a form was edited after the last consolidation */
  rekapUsang?: string;
  /**
   * what the Tim SAKIP should look at before documents go out: settings still holding the shipped examples (kop
   * address, people's addresses), Log rows typed by hand
   */
  peringatan?: string[];
  /** links to the cycle's files the Log records, its folder (or archive once closed); absent when none */
  berkas?: BerkasPanel[];
  /** the latest Log rows, newest first */
  riwayat?: RiwayatPanel[];
  /** for a Kabid: their unit's rows (marked from the panel while the cycle is open) */
  unitKabid?: UnitKabidPanel[];
  /** the reader may open any unit's trend (the Tim SAKIP, the Kepala): the Kelengkapan list offers it per unit */
  trenSemuaUnit?: boolean;
  /** "Siklus ditutup dan diarsipkan Senin, 24 Agustus 2026 pukul 08.10 WIB." once archived (step 14); no actions then */
  ditutup?: string;
}

export type PanelSiklus = PanelBukanSiklus | PanelSiklusAktif;

/** What an action did, as google.script.run carries it back: whether anything changed, and the message to show. */
export interface HasilAksi {
  /** false when the request was already recorded (a retried click) */
  berubah: boolean;
  pesan: string;
}

/** One capaian of the unit's trend: the figure with the predikat of the cycle's scale. */
export interface NilaiTren {
  /** capaian (%); null when the period's Rekap has none for it */
  nilai: number | null;
  /** '' without a capaian */
  predikat: string;
  /** the predikat's colour (#RRGGBB) from the scale in Pengaturan, null without one */
  warna: string | null;
}

/** A unit's trend over the year so far, read when the unit is opened in the panel (trenUnit). */
export interface TrenUnitPanel {
  kode: string;
  /** the periods with a Rekap, oldest first: "TW I 2026" */
  periode: string[];
  /** per period, the mean capaian of the unit's indicators that have one */
  rataRata: NilaiTren[];
  /** each indicator with its capaian per period, in the order of `periode` */
  indikator: { nama: string; satuan: string; capaian: NilaiTren[] }[];
  /** the cycles of the year that could not be read or have no Rekap yet, in words */
  catatan: string[];
  /** the sentence shown instead of a trend when there is no earlier period this year */
  tanpaPeriodeLalu?: string;
}
