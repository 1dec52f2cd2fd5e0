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
  /** the fingerprint of what the version was made from (content and page settings); absent in older rows */
  sidik?: string;
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
  const sidik = d.sidik ? ` Sidik isi: ${d.sidik}.` : '';
  return `Versi ${d.versi} "${d.nama}". Dokumen: ${urlDoc(d.docId)} PDF: ${urlPdf(d.pdfId)}${sidik}`;
}

const POLA = /^Versi (\d+) "(.*)"\. Dokumen: \S*\/document\/d\/([\w-]+)\/\S* PDF: \S*\/file\/d\/([\w-]+)\//;
const POLA_SIDIK = / Sidik isi: ([0-9a-f]+)\.$/;

/** Every recorded version, oldest first; rows whose Rincian was altered by hand are skipped. */
export function dokumenTercatat(log: readonly BarisLog[]): DokumenTercatat[] {
  return log.flatMap((b) => {
    const m = b.aksi === AKSI_DOKUMEN.dibuat ? POLA.exec(b.rincian) : null;
    const sidik = m ? POLA_SIDIK.exec(b.rincian)?.[1] : undefined;
    return m ? [{ versi: Number(m[1]), nama: m[2], docId: m[3], pdfId: m[4], ...(sidik ? { sidik } : {}) }] : [];
  });
}

/** The version the next generation makes: one after the highest recorded. */
export function versiBerikutnya(log: readonly BarisLog[]): number {
  return Math.max(0, ...dokumenTercatat(log).map((d) => d.versi)) + 1;
}

/** How long after making a version the same request is taken as its retry (an error shown, a second click). */
export const JEDA_ULANGAN_MS = 10 * 60_000;

/**
 * The latest version when this request repeats the one that made it: the same content within JEDA_ULANGAN_MS, by
 * whichever Tim SAKIP member. A run stopped after recording the version shows the person an error although the
 * version exists, and two members clicking at once are served one after the other: asking again then gives that
 * version (and who made it) rather than a second copy. Null otherwise: a new version is made.
 */
export function versiUlangan(
  log: readonly BarisLog[],
  sidik: string,
  nowMs: number,
): { dokumen: DokumenTercatat; waktu: number; oleh: string } | null {
  const semua = dokumenTercatat(log);
  const terakhir = semua[semua.length - 1];
  if (!terakhir || terakhir.sidik !== sidik) return null;
  const baris = barisAksiVersi(log, AKSI_DOKUMEN.dibuat, terakhir.versi);
  if (!baris) return null;
  const lalu = nowMs - baris.waktu;
  return lalu >= 0 && lalu <= JEDA_ULANGAN_MS ? { dokumen: terakhir, waktu: baris.waktu, oleh: baris.pengguna } : null;
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
