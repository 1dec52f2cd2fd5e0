/** The mails of SOP steps 9 and 10 about the Dokumen Pengukuran Kinerja. */
import { susunSurel, type IsiSurel } from '../surel/susun-surel';

export interface DokumenSurel {
  /** the cycle spreadsheet's name */
  siklus: string;
  /** "Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1" */
  nama: string;
  urlDokumen: string;
  urlPdf: string;
}

/** "Dokumen Pengukuran Kinerja v1": the subject names the cycle already. */
function namaPendek(d: DokumenSurel): string {
  const versi = /\bv\d+$/.exec(d.nama.trim())?.[0];
  return `Dokumen Pengukuran Kinerja${versi ? ` ${versi}` : ''}`;
}

/** Step 9: the Kepala is asked to correct the document through comments. */
export function surelKoreksi(d: DokumenSurel, kepada: string, pengirim: string): IsiSurel {
  return susunSurel({
    siklus: d.siklus,
    perihal: `Mohon koreksi: ${namaPendek(d)}`,
    ajakan: 'Mohon koreksi dokumen ini: tulis koreksi sebagai komentar pada dokumen.',
    tautan: [{ teks: 'Buka dokumen untuk dikoreksi', url: d.urlDokumen }],
    salam: `Yth. ${kepada},`,
    paragraf: [
      `${pengirim} menyampaikan ${d.nama} untuk dikoreksi (langkah 9 SOP Pengukuran Kinerja).`,
      'Bila koreksi sudah selesai, tekan "Koreksi selesai" di panel Pengukuran Kinerja atau beri tahu Tim SAKIP.',
    ],
  });
}

/** Step 10: the document goes to the Kepala for approval, with the Doc and its PDF. */
export function surelPersetujuan(d: DokumenSurel, kepada: string, pengirim: string): IsiSurel {
  return susunSurel({
    siklus: d.siklus,
    perihal: `Mohon persetujuan: ${namaPendek(d)}`,
    ajakan: 'Mohon setujui dan tandatangani dokumen ini.',
    tautan: [
      { teks: 'Dokumen (Google Dokumen)', url: d.urlDokumen },
      { teks: 'Dokumen (PDF)', url: d.urlPdf },
    ],
    salam: `Yth. ${kepada},`,
    paragraf: [
      `${pengirim} menyampaikan ${d.nama} yang telah dikoreksi untuk mendapat persetujuan dan ditandatangani ` +
        '(langkah 10 SOP Pengukuran Kinerja).',
    ],
  });
}
