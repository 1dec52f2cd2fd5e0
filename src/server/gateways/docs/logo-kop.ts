import { PERINGATAN_TANPA_LOGO } from '../../domain/naskah/kop';

export interface LogoKop {
  logo: GoogleAppsScript.Base.Blob | null;
  peringatan: string[];
}

const BARIS_LOGO = 'tab "Pengaturan" blok UMUM, baris "Logo kop", kolom Nilai';

/**
 * The kop's logo: the first image in the body of the Google Doc the office named in Pengaturan. A Doc rather than an
 * image file because the add-in's Drive scope (drive.file) reaches only files it made or the user opened with it,
 * while the documents scope opens any Doc the user can read. Nothing named, a Doc that cannot be opened or one without
 * an image: no logo, and a warning saying what to fix — the document is still made.
 * https://developers.google.com/apps-script/reference/document/body#getImages()
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth (drive.file)
 */
export function bacaLogoKop(docId: string | undefined): LogoKop {
  if (!docId) return { logo: null, peringatan: [PERINGATAN_TANPA_LOGO] };
  let gambar: GoogleAppsScript.Document.InlineImage[];
  try {
    gambar = DocumentApp.openById(docId).getBody().getImages();
  } catch {
    return {
      logo: null,
      peringatan: [
        `Logo kop tidak dapat dibuka (${BARIS_LOGO}: "${docId}"): pastikan itu tautan Google Dokumen yang dapat ` +
          'Anda baca. Kop dibuat tanpa logo.',
      ],
    };
  }
  if (gambar.length === 0) {
    return {
      logo: null,
      peringatan: [
        `Google Dokumen logo kop (${BARIS_LOGO}) tidak memuat gambar; sisipkan logonya. Kop dibuat tanpa logo.`,
      ],
    };
  }
  return { logo: gambar[0].getBlob(), peringatan: [] };
}
