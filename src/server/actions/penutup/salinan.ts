/**
 * SOP step 13: the copies (tembusan) of the signed Dokumen Pengukuran Kinerja, one PDF per addressee listed in
 * Pengaturan (blok TEMBUSAN / SALINAN), in the folder of the document's PDF, each recorded in the Log once; when every
 * addressee has its copy the step is stamped.
 *
 * Once each: an addressee with a Log row gets nothing new; a copy file made by a run that stopped before recording it
 * is found by its name and recorded, not made again. Made by the Tim SAKIP member who generated the document: under
 * the drive.file scope the add-in reaches the document's folder only for them.
 */
import { idSalinan } from '../../domain/penutup/berkas-siklus';
import {
  idBarisDokumen,
  urlPdf,
  type DokumenTercatat,
  versiBertandaTangan,
} from '../../domain/dokumen/catatan-dokumen';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import { berkasTerjangkau, indukBerkas } from '../../gateways/drive/archive';
import { cariBerkasBernama, simpanPdf } from '../../gateways/drive/files';
import { pdfDariDokumen } from '../../gateways/docs/new-document';
import { denganKunci } from '../../gateways/lock';
import { emailPengguna } from '../../gateways/script/session';
import { kejadianTuntas, langkahAksi, konteksPelacakan } from '../../domain/pelacakan/langkah-aksi';
import { wajibTimSakip } from '../../domain/pengaturan/wewenang';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { AKSI_BERKAS, AKSI_DOKUMEN } from '../../domain/pelacakan/aksi-log';
import { bacaSiklusDokumen, type SiklusDokumen } from '../../gateways/sheets/cycle-read';

/** Plain data for google.script.run. */
export interface HasilSalinan {
  berubah: boolean;
  pesan: string;
  /** addressees given a copy by this run */
  dibuat: string[];
}

/** "Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v2 – salinan untuk Bappeda Kabupaten Banyumas.pdf" */
function namaSalinan(d: DokumenTercatat, tujuan: string): string {
  return `${d.nama} – salinan untuk ${tujuan}.pdf`;
}

/** Sidebar (Tim SAKIP): makes the copies not made yet, and stamps step 13 when every addressee has one. */
export function buatSalinan(spreadsheetId: string): HasilSalinan {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const s = bacaSiklusDokumen(spreadsheetId);
    wajibTimSakip(s.p, oleh, 'membuat salinan dokumen');
    const tembusan = s.p.tembusan ?? [];
    if (tembusan.length === 0) {
      throw new Error(
        'Belum ada tujuan salinan: isi blok "TEMBUSAN / SALINAN" di tab Pengaturan (satu tujuan per baris, kolom Tujuan).',
      );
    }
    const d = versiBertandaTangan(s.log);
    const tercatat = new Set(s.log.filter((b) => b.aksi === AKSI_BERKAS.salinan).map((b) => b.id));
    const belum = tembusan.filter((t) => !tercatat.has(idSalinan(d.versi, t)));
    const nowMs = new Date().getTime();
    const baris = belum.length ? buatBerkasSalinan(s, d, belum, oleh, nowMs) : [];

    const no = langkahAksi('buatSalinan');
    const konteks = konteksPelacakan(s.p);
    tulisKejadian(s.ss, konteks, kejadianTuntas(konteks, s.events, no, oleh, nowMs, nowMs), nowMs, baris);
    return {
      berubah: baris.length > 0,
      pesan: baris.length
        ? `Salinan dibuat untuk ${belum.join(', ')}.`
        : `Semua salinan sudah dibuat (${tembusan.join(', ')}).`,
      dibuat: belum,
    };
  });
}

/** One PDF per addressee from the signed version's Google Doc (exported once), in the folder of its PDF. */
function buatBerkasSalinan(
  s: SiklusDokumen,
  d: DokumenTercatat,
  tujuan: readonly string[],
  oleh: string,
  nowMs: number,
): BarisLog[] {
  if (!berkasTerjangkau(d.pdfId)) {
    const pembuat = s.log.find((b) => b.id === idBarisDokumen(AKSI_DOKUMEN.dibuat, d.versi))?.pengguna ?? 'pembuatnya';
    throw new Error(
      `${d.nama} dibuat oleh ${pembuat}; add-in hanya dapat menjangkau berkas itu atas namanya (izin drive.file). ` +
        `Minta ${pembuat} membuat salinannya.`,
    );
  }
  const folderId = indukBerkas(d.pdfId)[0];
  let pdf: GoogleAppsScript.Base.Blob | null = null;
  return tujuan.map((t) => {
    const nama = namaSalinan(d, t);
    const ada = cariBerkasBernama(nama)[0]?.id;
    const id = ada ?? simpanPdf((pdf ??= pdfDariDokumen(d.docId)), nama, folderId);
    return barisLog(
      { oleh, at: nowMs, langkah: langkahAksi('buatSalinan') },
      AKSI_BERKAS.salinan,
      idSalinan(d.versi, t),
      `Salinan ${d.nama} untuk ${t}. PDF: ${urlPdf(id)}`,
    );
  });
}
