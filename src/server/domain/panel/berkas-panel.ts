/**
 * The "Berkas siklus" links: the files the Log records (every version of the document and its PDF, the signed PDF,
 * the cover letter and its PDF, each copy), then the cycle's folder, which is the archive once the cycle is closed.
 * Pure: the Log is the record of what the add-in made.
 */
import type { BerkasPanel } from '../../../shared/api';
import { AKSI_BERKAS, AKSI_DOKUMEN } from '../pelacakan/aksi-log';
import type { BarisLog } from '../pelacakan/log';

const TAUTAN = /https:\/\/\S+?(?=[\s"]|\.?$|\.\s)/g;

/** The labels of a Log row's links, in the order the row writes them; null for rows that name no file. */
function labelTautan(b: BarisLog): ((url: string, i: number) => string) | null {
  const versi = /-v(\d+)/.exec(b.id)?.[1] ?? '';
  switch (b.aksi) {
    case AKSI_DOKUMEN.dibuat:
      return (_u, i) => `Dokumen Pengukuran Kinerja v${versi} (${i === 0 ? 'Google Dokumen' : 'PDF'})`;
    case AKSI_DOKUMEN.ditandatangani:
      return () => `Dokumen bertanda tangan (PDF)`;
    case AKSI_BERKAS.suratPengantar:
      return (_u, i) => `Surat pengantar (${i === 0 ? 'Google Dokumen' : 'PDF'})`;
    case AKSI_BERKAS.salinan: {
      const tujuan = /untuk (.+?)\. PDF:/.exec(b.rincian)?.[1];
      return () => (tujuan ? `Salinan untuk ${tujuan} (PDF)` : 'Salinan (PDF)');
    }
    default:
      return null;
  }
}

export function berkasDariLog(log: readonly BarisLog[], folder: { url: string; arsip: boolean } | null): BerkasPanel[] {
  const berkas = log.flatMap((b) => {
    const label = labelTautan(b);
    if (!label || b.id.includes('/')) return [];
    return [...b.rincian.matchAll(TAUTAN)].map((m, i) => ({ label: label(m[0], i), url: m[0] }));
  });
  const unik = berkas.filter((x, i) => berkas.findIndex((y) => y.url === x.url) === i);
  return folder ? [...unik, { label: folder.arsip ? 'Folder arsip' : 'Folder siklus', url: folder.url }] : unik;
}
