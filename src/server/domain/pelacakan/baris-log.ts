/**
 * One row of a cycle's Log tab. The Log is append-only: the add-in adds rows and never rewrites one. Step events
 * (Aksi 'mulai', 'selesai', 'buka-kembali') are the source of the Pelacakan sheet; other actions ('siklus-dibuat',
 * 'formulir-dikirim', ...) are recorded beside them, with the step they concern when there is one.
 */
export interface BarisLog {
  /** epoch ms */
  waktu: number;
  pengguna: string;
  aksi: string;
  /** the SOP step the row concerns, or null */
  langkah: number | null;
  rincian: string;
  id: string;
}
