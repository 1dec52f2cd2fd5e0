/**
 * A Google Doc made for a cycle with its PDF beside it: leftovers of an interrupted run with the same name go to the
 * trash first (nothing recorded ever pointed to them), the Doc is made (or copied from the office's template) in the
 * cycle's year folder, filled, saved and closed, given the page layout DocumentApp cannot set (tata-letak.ts),
 * exported to PDF, and both are shared with the given colleagues.
 */
import {
  buangKeTempatSampah,
  cariBerkasBernama,
  MIME_PDF,
  pastikanAkses,
  salinDokumen,
  simpanPdf,
} from '../drive/files';
import { masukkanKeFolderTahun } from '../drive/year-folder';
import { terapkanTataLetak, type RencanaTataLetak } from './tata-letak';
import { bacaLogoKop } from './logo-kop';
import { tulisDokumenBaru } from './render';
import type { Block } from '../../domain/naskah/model';
import type { TataHalaman } from '../../domain/naskah/halaman';

type Body = GoogleAppsScript.Document.Body;

export interface PesananDokumen {
  nama: string;
  tahun: number;
  /** the office's own Google Doc to copy, with what it is called in messages */
  templat?: { id: string; apa: string };
  /** fills the body; its warnings come back as `isi`, its layout is applied once the document is saved */
  tulis: (body: Body) => { isi: string[]; tataLetak: RencanaTataLetak };
  /** colleagues who get edit access to both files (the person running the script has it already) */
  rekan: readonly string[];
}

export interface DokumenDenganPdf {
  docId: string;
  pdfId: string;
  /** what `tulis` returned */
  isi: string[];
}

export function buatDokumenDenganPdf(p: PesananDokumen): DokumenDenganPdf {
  for (const sisa of [...cariBerkasBernama(p.nama), ...cariBerkasBernama(`${p.nama}.pdf`)])
    buangKeTempatSampah(sisa.id);
  const doc = p.templat
    ? DocumentApp.openById(salinDokumen(p.templat.id, p.nama, p.templat.apa))
    : DocumentApp.create(p.nama);
  const folderId = masukkanKeFolderTahun(doc.getId(), p.tahun);
  const { isi, tataLetak } = p.tulis(doc.getBody());
  // the PDF is exported from the saved document: edits still open would be missing from it; the Docs API works on
  // the saved document too
  doc.saveAndClose();
  terapkanTataLetak(doc.getId(), tataLetak);
  const pdfId = simpanPdf(doc.getAs(MIME_PDF), `${p.nama}.pdf`, folderId);
  for (const rekan of p.rekan) {
    pastikanAkses(doc.getId(), rekan, 'writer');
    pastikanAkses(pdfId, rekan, 'writer');
  }
  return { docId: doc.getId(), pdfId, isi };
}

/**
 * `tulis` for the add-in's own layout: the blocks with the office's logo in the kop (from the Doc named in
 * Pengaturan), or without it and a warning saying so.
 */
export function tulisDenganKop(
  blocks: readonly Block[],
  halaman: TataHalaman,
  logoKop: string | undefined,
): PesananDokumen['tulis'] {
  return (body) => {
    const { logo, peringatan } = bacaLogoKop(logoKop);
    return { isi: peringatan, tataLetak: tulisDokumenBaru(body, blocks, halaman, logo) };
  };
}

/** The PDF of a saved Google Doc, as a blob to store. */
export function pdfDariDokumen(docId: string): GoogleAppsScript.Base.Blob {
  return DocumentApp.openById(docId).getAs(MIME_PDF);
}
