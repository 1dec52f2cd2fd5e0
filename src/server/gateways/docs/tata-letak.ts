/**
 * Page layout DocumentApp cannot set, applied through the Docs advanced service after the document is saved: a data
 * table's header rows repeated on every page (pinTableHeaderRows), no table row split across two pages
 * (updateTableRowStyle, preventOverflow) and headings kept on the page of the table that follows them
 * (updateParagraphStyle, keepWithNext; the header rows' paragraphs too, so a header never ends a page alone); and the
 * table cells that are centred or right-aligned (updateParagraphStyle, alignment), which in DocumentApp cost three
 * element calls a cell. One documents.get for the indices, one batchUpdate with every request.
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#pintableheaderrowsrequest
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetablerowstylerequest
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#updateparagraphstylerequest
 */

type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** A table cell whose paragraph is not left-aligned: START is the default. */
export interface RataSel {
  baris: number;
  sel: number;
  rata: 'CENTER' | 'END' | 'JUSTIFIED';
}

/** What the renderer asks of the layout, by the elements' child index in the body. */
export interface RencanaTataLetak {
  /** every table's rows are kept whole; `kepala` header rows (0: none) are pinned; `rata` cells aligned */
  tabel: { anak: number; kepala: number; rata?: readonly RataSel[] }[];
  /** paragraphs (headings) kept with what follows them */
  tetapBersama: number[];
}

/** The Docs API requests, as plain objects (the @types package predates pinTableHeaderRows). */
export type PermintaanDocs =
  | { pinTableHeaderRows: { tableStartLocation: { index: number }; pinnedHeaderRowsCount: number } }
  | {
      updateTableRowStyle: {
        tableStartLocation: { index: number };
        tableRowStyle: { preventOverflow: boolean };
        fields: 'preventOverflow';
      };
    }
  | {
      updateParagraphStyle: {
        range: { startIndex: number; endIndex: number };
        paragraphStyle: { keepWithNext: boolean } | { alignment: RataSel['rata'] };
        fields: 'keepWithNext' | 'alignment';
      };
    };

type TableCell = GoogleAppsScript.Docs.Schema.TableCell;

/** The index range of a cell's content, or null when the API gives none. */
function rentangSel(sel: TableCell | undefined): { startIndex: number; endIndex: number } | null {
  const isi = sel?.content ?? [];
  const startIndex = isi[0]?.startIndex;
  const endIndex = isi[isi.length - 1]?.endIndex;
  return startIndex === undefined || endIndex === undefined ? null : { startIndex, endIndex };
}

function tetapDenganBerikut(startIndex: number, endIndex: number): PermintaanDocs {
  return {
    updateParagraphStyle: {
      range: { startIndex, endIndex },
      paragraphStyle: { keepWithNext: true },
      fields: 'keepWithNext',
    },
  };
}

/**
 * The requests for a plan over the body content of documents.get. The body's children are its structural elements
 * after the leading section break, in order; an index that does not hold the kind of element planned is an error.
 */
export function permintaanTataLetak(konten: readonly StructuralElement[], rencana: RencanaTataLetak): PermintaanDocs[] {
  const anak = konten.filter((e) => !e.sectionBreak);
  const ambil = (i: number, jenis: 'table' | 'paragraph') => {
    const e = anak[i];
    if (!e?.[jenis] || e.startIndex === undefined || e.endIndex === undefined)
      throw new Error(
        `Tata letak dokumen: elemen ke-${i + 1} badan dokumen bukan ${jenis === 'table' ? 'tabel' : 'paragraf'}.`,
      );
    return e as Required<Pick<StructuralElement, 'startIndex' | 'endIndex'>> & StructuralElement;
  };
  const permintaan: PermintaanDocs[] = [];
  for (const t of rencana.tabel) {
    const e = ambil(t.anak, 'table');
    const tableStartLocation = { index: e.startIndex };
    if (t.kepala > 0) permintaan.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: t.kepala } });
    permintaan.push({
      updateTableRowStyle: { tableStartLocation, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' },
    });
    const baris = e.table!.tableRows ?? [];
    for (const b of baris.slice(0, t.kepala))
      for (const sel of b.tableCells ?? []) {
        const rentang = rentangSel(sel);
        if (rentang) permintaan.push(tetapDenganBerikut(rentang.startIndex, rentang.endIndex));
      }
    for (const r of t.rata ?? []) {
      const range = rentangSel(baris[r.baris]?.tableCells?.[r.sel]);
      if (!range)
        throw new Error(`Tata letak dokumen: tabel elemen ke-${t.anak + 1} tidak punya sel ${r.baris},${r.sel}.`);
      permintaan.push({ updateParagraphStyle: { range, paragraphStyle: { alignment: r.rata }, fields: 'alignment' } });
    }
  }
  for (const i of rencana.tetapBersama) {
    const e = ambil(i, 'paragraph');
    permintaan.push(tetapDenganBerikut(e.startIndex, e.endIndex));
  }
  return permintaan;
}

/** Applies the plan to a saved document: one documents.get, one batchUpdate; nothing when the plan is empty. */
export function terapkanTataLetak(docId: string, rencana: RencanaTataLetak): void {
  if (rencana.tabel.length === 0 && rencana.tetapBersama.length === 0) return;
  if (!Docs) throw new Error('Layanan lanjutan Google Docs (Docs API v1) belum diaktifkan di appsscript.json.');
  const dokumen = Docs.Documents.get(docId);
  const requests = permintaanTataLetak(dokumen.body?.content ?? [], rencana);
  Docs.Documents.batchUpdate({ requests } as unknown as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, docId);
}
