import {
  AKSI_BARIS,
  AKSI_BERKAS,
  AKSI_DOKUMEN,
  AKSI_FORMULIR,
  AKSI_NOMOR_SURAT,
  AKSI_PENGINGAT,
  AKSI_ESKALASI,
  AKSI_RAPAT,
  AKSI_REKAP,
  AKSI_SERAH_TERIMA,
  AKSI_SIKLUS,
  AKSI_TARGET,
  AKSI_UNIT,
} from './aksi-log';

/**
 * The Log's actions in the words people read ("Rekap disusun"), beside the code the add-in matches on
 * ("rekap-disusun"), which stays in the Log's hidden Aksi column.
 */
const URAIAN: Readonly<Record<string, string>> = {
  mulai: 'Langkah dimulai',
  selesai: 'Langkah selesai',
  'buka-kembali': 'Langkah dibuka kembali',
  [AKSI_SIKLUS.dibuat]: 'Siklus dibuat',
  [AKSI_FORMULIR.dijadwalkan]: 'Pengiriman formulir dimulai',
  [AKSI_FORMULIR.dikirim]: 'Formulir dikirim',
  [AKSI_FORMULIR.dikirimUlang]: 'Formulir dikirim ulang',
  [AKSI_FORMULIR.gagal]: 'Formulir gagal dikirim',
  [AKSI_FORMULIR.selesaiDiisi]: 'Formulir selesai diisi',
  [AKSI_FORMULIR.pemberitahuanSelesai]: 'Kabid diberi tahu formulir selesai diisi',
  [AKSI_FORMULIR.pemberitahuanGagal]: 'Pemberitahuan formulir selesai gagal dikirim',
  [AKSI_FORMULIR.pengingatBatas]: 'Pengingat batas pengisian dimulai',
  [AKSI_FORMULIR.pengingatBatasDikirim]: 'Pengingat batas pengisian dikirim',
  [AKSI_FORMULIR.pengingatBatasGagal]: 'Pengingat batas pengisian gagal dikirim',
  [AKSI_RAPAT.diundang]: 'Undangan rapat dikirim',
  [AKSI_RAPAT.selesai]: 'Rapat selesai',
  [AKSI_REKAP]: 'Rekap disusun',
  [AKSI_BARIS.valid]: 'Baris divalidasi',
  [AKSI_BARIS.perbaikan]: 'Baris perlu perbaikan',
  [AKSI_BARIS.batal]: 'Validasi gugur karena baris diubah',
  [AKSI_TARGET.diajukan]: 'Perubahan target diajukan',
  [AKSI_TARGET.diterima]: 'Perubahan target diterima',
  [AKSI_TARGET.ditolak]: 'Perubahan target ditolak',
  [AKSI_UNIT.disahkan]: 'Unit disahkan Kabid',
  [AKSI_UNIT.dibuka]: 'Pengesahan unit dibuka kembali',
  [AKSI_SERAH_TERIMA.dijadwalkan]: 'Penyerahan data dimulai',
  [AKSI_SERAH_TERIMA.diserahkan]: 'Data diserahkan ke Kasubbid Data',
  [AKSI_SERAH_TERIMA.gagal]: 'Penyerahan data gagal dikirim',
  [AKSI_DOKUMEN.dibuat]: 'Dokumen dibuat',
  [AKSI_DOKUMEN.dikirimKoreksi]: 'Dokumen dikirim untuk dikoreksi',
  [AKSI_DOKUMEN.koreksiSelesai]: 'Koreksi dokumen selesai',
  [AKSI_DOKUMEN.dikirimPersetujuan]: 'Dokumen dikirim untuk persetujuan',
  [AKSI_DOKUMEN.ditandatangani]: 'Dokumen ditandatangani',
  [AKSI_NOMOR_SURAT]: 'Nomor surat diberikan',
  [AKSI_BERKAS.suratPengantar]: 'Surat pengantar dibuat',
  [AKSI_BERKAS.salinan]: 'Salinan dibuat',
  [AKSI_BERKAS.ditutup]: 'Siklus ditutup dan diarsipkan',
  [AKSI_PENGINGAT.dijadwalkan]: 'Pengingat langkah dimulai',
  [AKSI_PENGINGAT.dikirim]: 'Pengingat langkah dikirim',
  [AKSI_PENGINGAT.gagal]: 'Pengingat langkah gagal dikirim',
  [AKSI_ESKALASI.dijadwalkan]: 'Eskalasi kepada atasan dimulai',
  [AKSI_ESKALASI.dikirim]: 'Eskalasi kepada atasan dikirim',
  [AKSI_ESKALASI.gagal]: 'Eskalasi kepada atasan gagal dikirim',
};

/** The words of an action; a code without words ("aksi-baru") reads as its parts ("Aksi baru"). */
export function uraianAksi(aksi: string): string {
  const kata = aksi.trim().replace(/-/g, ' ');
  return URAIAN[aksi.trim()] ?? kata.charAt(0).toUpperCase() + kata.slice(1);
}
