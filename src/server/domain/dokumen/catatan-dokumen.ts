/**
 * The versions of a cycle's Dokumen Pengukuran Kinerja as the Log records them: one 'dokumen-dibuat' row per version
 * (id "dokumen-dibuat-v2"), whose Rincian names the Google Doc and its PDF by link. The Log is the only record, so
 * the row's text is written and read here, side by side.
 */
import type { BarisLog } from '../pelacakan/log';
import { AKSI_DOKUMEN } from '../pelacakan/aksi-log';

export interface DokumenTercatat {
  versi: number;
  nama: string;
  docId: string;
  pdfId: string;
}

/** "Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v2" */
export function namaDokumen(periode: string, versi: number): string {
  return `Dokumen Pengukuran Kinerja – ${periode} – v${versi}`;
}

export function urlDoc(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

export function urlPdf(id: string): string {
  return `https://drive.google.com/file/d/${id}/view`;
}

export function idBarisDokumen(aksi: string, versi: number): string {
  return `${aksi}-v${versi}`;
}

export function rincianDokumen(d: DokumenTercatat): string {
  return `Versi ${d.versi} "${d.nama}". Dokumen: ${urlDoc(d.docId)} PDF: ${urlPdf(d.pdfId)}`;
}

const POLA = /^Versi (\d+) "(.*)"\. Dokumen: \S*\/document\/d\/([\w-]+)\/\S* PDF: \S*\/file\/d\/([\w-]+)\//;

/** Every recorded version, oldest first; rows whose Rincian was altered by hand are skipped. */
export function dokumenTercatat(log: readonly BarisLog[]): DokumenTercatat[] {
  return log.flatMap((b) => {
    const m = b.aksi === AKSI_DOKUMEN.dibuat ? POLA.exec(b.rincian) : null;
    return m ? [{ versi: Number(m[1]), nama: m[2], docId: m[3], pdfId: m[4] }] : [];
  });
}

/** The version the next generation makes: one after the highest recorded. */
export function versiBerikutnya(log: readonly BarisLog[]): number {
  return Math.max(0, ...dokumenTercatat(log).map((d) => d.versi)) + 1;
}

/** The Log row of an action on a version, if recorded. */
export function barisAksiVersi(log: readonly BarisLog[], aksi: string, versi: number): BarisLog | undefined {
  return log.find((b) => b.aksi === aksi && b.id === idBarisDokumen(aksi, versi));
}

/** The latest version of the document whose signing is recorded (step 11); the letter goes with nothing else. */
export function versiBertandaTangan(log: readonly BarisLog[]): DokumenTercatat {
  const d = dokumenTercatat(log)
    .filter((v) => barisAksiVersi(log, AKSI_DOKUMEN.ditandatangani, v.versi))
    .pop();
  if (!d) {
    throw new Error(
      'Dokumen Pengukuran Kinerja belum tercatat ditandatangani (langkah 11). Catat penandatanganannya dahulu.',
    );
  }
  return d;
}
