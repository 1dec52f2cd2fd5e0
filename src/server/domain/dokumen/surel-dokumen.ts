/** The mails of SOP steps 9 and 10 about the Dokumen Pengukuran Kinerja: plain text and an escaped HTML twin. */
import type { IsiSurel } from '../formulir/surel-formulir';
import { escapeHtml } from '../pelacakan/pengingat/surel-pengingat';

export interface DokumenSurel {
  /** "Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1" */
  nama: string;
  urlDokumen: string;
  urlPdf: string;
}

const PENUTUP = 'Pesan ini dikirim otomatis oleh add-in Pengukuran Kinerja.';

function surel(subject: string, salam: string, paragraf: string[], tautan: [string, string][]): IsiSurel {
  const body = [
    salam,
    '',
    ...paragraf.flatMap((p) => [p, '']),
    ...tautan.map(([t, u]) => `${t}: ${u}`),
    '',
    PENUTUP,
  ].join('\n');
  const htmlBody = [
    `<p>${escapeHtml(salam)}</p>`,
    ...paragraf.map((p) => `<p>${escapeHtml(p)}</p>`),
    '<ul>',
    ...tautan.map(([t, u]) => `<li><a href="${escapeHtml(u)}">${escapeHtml(t)}</a></li>`),
    '</ul>',
    `<p><small>${escapeHtml(PENUTUP)}</small></p>`,
  ].join('\n');
  return { subject, body, htmlBody };
}

/** Step 9: the Kepala is asked to correct the document through comments. */
export function surelKoreksi(d: DokumenSurel, kepada: string, pengirim: string): IsiSurel {
  return surel(
    `Mohon koreksi: ${d.nama}`,
    `Yth. ${kepada},`,
    [
      `${pengirim} menyampaikan ${d.nama} untuk dikoreksi (langkah 9 SOP Pengukuran Kinerja).`,
      'Koreksi dapat ditulis sebagai komentar langsung pada dokumen. Bila koreksi sudah selesai, tekan ' +
        '"Koreksi selesai" di panel Pengukuran Kinerja atau beri tahu Tim SAKIP.',
    ],
    [['Buka dokumen untuk dikoreksi', d.urlDokumen]],
  );
}

/** Step 10: the document goes to the Kepala for approval, with the Doc and its PDF. */
export function surelPersetujuan(d: DokumenSurel, kepada: string, pengirim: string): IsiSurel {
  return surel(
    `Mohon persetujuan: ${d.nama}`,
    `Yth. ${kepada},`,
    [
      `${pengirim} menyampaikan ${d.nama} yang telah dikoreksi untuk mendapat persetujuan dan ditandatangani ` +
        '(langkah 10 SOP Pengukuran Kinerja).',
    ],
    [
      ['Dokumen (Google Dokumen)', d.urlDokumen],
      ['Dokumen (PDF)', d.urlPdf],
    ],
  );
}
