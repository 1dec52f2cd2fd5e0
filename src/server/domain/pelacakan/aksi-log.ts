/**
 * Every action the Log records (its Aksi column), in one place: the step events that Pelacakan is projected from,
 * and the other actions of the add-in recorded beside them. A name once written to a Log is never renamed: old
 * cycles are read with the same names.
 */

/** Step events: the source of the Pelacakan sheet. */
export const JENIS_KEJADIAN = ['mulai', 'selesai', 'buka-kembali'] as const;

export const AKSI_SIKLUS = { dibuat: 'siklus-dibuat' } as const;

/** Step 3 and the data collection: forms sent, submitted, the deadline reminder. */
export const AKSI_FORMULIR = {
  dijadwalkan: 'formulir-dijadwalkan',
  dikirim: 'formulir-dikirim',
  dikirimUlang: 'formulir-dikirim-ulang',
  gagal: 'formulir-gagal',
  selesaiDiisi: 'formulir-selesai-diisi',
  pemberitahuanSelesai: 'formulir-selesai-diberitahukan',
  pemberitahuanGagal: 'formulir-selesai-gagal-diberitahukan',
  pengingatBatas: 'pengingat-batas-dijadwalkan',
  pengingatBatasDikirim: 'pengingat-batas-dikirim',
  pengingatBatasGagal: 'pengingat-batas-gagal',
} as const;

/** Steps 4–5. */
export const AKSI_RAPAT = { diundang: 'rapat-diundang', selesai: 'rapat-selesai' } as const;

/** Step 6: the Rekap, once per distinct content. */
export const AKSI_REKAP = 'rekap-disusun';

/** Step 7: the Kabid's mark on a form row, and a validation lost by a later edit. */
export const AKSI_BARIS = {
  valid: 'baris-divalidasi',
  perbaikan: 'baris-perlu-perbaikan',
  batal: 'validasi-batal',
} as const;

/** A Perjanjian Kinerja target change: proposed by a unit, accepted or refused by the Tim SAKIP. */
export const AKSI_TARGET = {
  diajukan: 'target-diajukan',
  diterima: 'target-diterima',
  ditolak: 'target-ditolak',
} as const;

/** Step 7: a unit signed off by its Kabid, or opened again. */
export const AKSI_UNIT = { disahkan: 'unit-disahkan', dibuka: 'unit-dibuka' } as const;

/** Step 8. */
export const AKSI_SERAH_TERIMA = {
  dijadwalkan: 'data-diserahkan-dijadwalkan',
  diserahkan: 'data-diserahkan',
  gagal: 'data-diserahkan-gagal',
} as const;

/** Steps 9–11 on a version of the Dokumen Pengukuran Kinerja. */
export const AKSI_DOKUMEN = {
  dibuat: 'dokumen-dibuat',
  dikirimKoreksi: 'dokumen-dikirim-koreksi',
  koreksiSelesai: 'dokumen-koreksi-selesai',
  dikirimPersetujuan: 'dokumen-dikirim-persetujuan',
  ditandatangani: 'dokumen-ditandatangani',
} as const;

/** Step 12: the letter number from the office's register. */
export const AKSI_NOMOR_SURAT = 'nomor-surat';
/** The Log ID of a cycle's one cover-letter number. */
export const ID_NOMOR_SURAT_PENGANTAR = 'nomor-surat-pengantar';

/** Steps 12–14: the files made, and the archive that closes the cycle. */
export const AKSI_BERKAS = {
  suratPengantar: 'surat-pengantar-dibuat',
  salinan: 'salinan-dibuat',
  ditutup: 'siklus-ditutup',
} as const;

/** The hourly reminder of an overdue step, claimed before it is mailed. */
export const AKSI_PENGINGAT = {
  /** written before the mail goes out: the reminder is claimed */
  dijadwalkan: 'pengingat-dijadwalkan',
  /** written after MailApp accepted the mail */
  dikirim: 'pengingat-dikirim',
  /** written when MailApp refused the mail (the reason in Rincian); it is not retried */
  gagal: 'pengingat-gagal',
} as const;

/** The escalation of a step run over twice its target, to the people above its late ones; claimed before it is mailed. */
export const AKSI_ESKALASI = {
  dijadwalkan: 'eskalasi-dijadwalkan',
  dikirim: 'eskalasi-dikirim',
  gagal: 'eskalasi-gagal',
} as const;
