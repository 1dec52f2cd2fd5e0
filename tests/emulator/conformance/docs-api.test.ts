import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documents } from '../document/store';
import { pin } from './pin';
import { scriptWorld, type Services } from './world';

const REF = 'https://developers.google.com/apps-script/reference/document';
const API = 'https://developers.google.com/docs/api/reference/rest/v1/documents';
const STRUCTURE = 'https://developers.google.com/docs/api/concepts/structure';
/** The local run's logo: a 120 × 144 px PNG. */
const PNG = readFileSync(join(__dirname, '../../../scripts/local-run/logo-kop.png'));

const signed = (bytes: Uint8Array) => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
const pngBlob = ({ Utilities }: Services) => Utilities.newBlob(signed(PNG), 'image/png', 'logo.png');

/** A saved document: a heading, a 3-row table and a closing paragraph; returns its id. */
function savedDocument(s: Services): string {
  const doc = s.DocumentApp.create('Dokumen Pengukuran Kinerja');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Sekretariat');
  body.appendTable([
    ['No', 'Indikator'],
    ['1', 'Nilai SAKIP'],
    ['2', 'IKM'],
  ]);
  body.appendParagraph('Catatan');
  doc.saveAndClose();
  return doc.getId();
}

type Content = GoogleAppsScript.Docs.Schema.StructuralElement[];

describe('InlineImage', () => {
  pin(
    [
      'Document.Paragraph.appendInlineImage',
      'Document.InlineImage.getWidth',
      'Document.InlineImage.getHeight',
      'Document.InlineImage.setWidth',
      'Document.InlineImage.setHeight',
      'Document.InlineImage.getBlob',
      'Document.Body.getImages',
    ],
    `${REF}/inline-image`,
    "an appended image keeps the blob's bytes, has the picture's size in pixels until set, and Body.getImages finds it",
    () => {
      const { run } = scriptWorld();
      const { id, size } = run((s) => {
        const doc = s.DocumentApp.create('Logo Pemerintah Kabupaten');
        const image = doc.getBody().getChild(0).asParagraph().appendInlineImage(pngBlob(s));
        const size = [image.getWidth(), image.getHeight()];
        image.setWidth(60).setHeight(72);
        doc.saveAndClose();
        return { id: doc.getId(), size };
      });
      expect(size).toEqual([120, 144]);
      const read = run((s) => {
        const [image, ...more] = s.DocumentApp.openById(id).getBody().getImages();
        const child = s.DocumentApp.openById(id).getBody().getChild(0).asParagraph().getChild(0);
        return {
          more: more.length,
          type: String(child.getType()),
          size: [image.getWidth(), image.getHeight()],
          bytes: Buffer.from(
            image
              .getBlob()
              .getBytes()
              .map((b) => b & 0xff),
          ),
          contentType: image.getBlob().getContentType(),
        };
      });
      expect(read).toEqual({ more: 0, type: 'INLINE_IMAGE', size: [60, 72], bytes: PNG, contentType: 'image/png' });
    },
  );

  pin(
    'Document.Body.getImages',
    `${REF}/body#getImages()`,
    'a body without images gives an empty list; images inside table cells are found too',
    () => {
      const { run } = scriptWorld();
      run((s) => {
        const body = s.DocumentApp.create('Kosong').getBody();
        expect(body.getImages()).toHaveLength(0);
        const table = body.appendTable([['', 'Kop']]);
        table.getCell(0, 0).getChild(0).asParagraph().appendInlineImage(pngBlob(s));
        expect(body.getImages()).toHaveLength(1);
      });
    },
  );
});

describe('the Docs advanced service', () => {
  pin(
    'Docs.DocumentsCollection.get',
    STRUCTURE,
    'the body starts with a section break; a paragraph spans its text and newline; a table one index before each row and cell and one after',
    () => {
      const { run } = scriptWorld();
      const content = run((s) => s.Docs.Documents.get(savedDocument(s)).body!.content as Content);
      expect(content.map((e) => [e.startIndex, e.endIndex, Object.keys(e).find((k) => !k.endsWith('Index'))])).toEqual([
        [undefined, 1, 'sectionBreak'],
        [1, 13, 'paragraph'],
        // table at 13: row 14, cell 15, "No\n" 16–19, cell 19, "Indikator\n" 20–30; row 30 … "IKM\n" 52–56; end 57
        [13, 57, 'table'],
        // the empty paragraph appendTable leaves after a table, then "Catatan\n"
        [57, 58, 'paragraph'],
        [58, 66, 'paragraph'],
      ]);
      const table = content[2].table!;
      expect([table.rows, table.columns]).toEqual([3, 2]);
      const [first] = table.tableRows!;
      expect([first.startIndex, first.tableCells!.map((c) => [c.startIndex, c.endIndex])]).toEqual([
        14,
        [
          [15, 19],
          [19, 30],
        ],
      ]);
    },
  );

  pin(
    ['Docs.DocumentsCollection.get', 'Docs.DocumentsCollection.batchUpdate'],
    `${API}/request#pintableheaderrowsrequest`,
    'pinTableHeaderRows, updateTableRowStyle (preventOverflow) and updateParagraphStyle (keepWithNext) change the saved document, read back by get',
    () => {
      const { run, world } = scriptWorld();
      const id = run(savedDocument);
      const reply = run((s) =>
        s.Docs.Documents.batchUpdate(
          {
            requests: [
              { pinTableHeaderRows: { tableStartLocation: { index: 13 }, pinnedHeaderRowsCount: 1 } },
              {
                updateTableRowStyle: {
                  tableStartLocation: { index: 13 },
                  tableRowStyle: { preventOverflow: true },
                  fields: 'preventOverflow',
                },
              },
              {
                updateParagraphStyle: {
                  range: { startIndex: 1, endIndex: 13 },
                  paragraphStyle: { keepWithNext: true },
                  fields: 'keepWithNext',
                },
              },
            ],
          } as unknown as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
          id,
        ),
      );
      expect(reply).toEqual({ documentId: id, replies: [{}, {}, {}] });
      const saved = documents(world).savedData(id);
      const table = saved.body.children[1];
      if (table.kind !== 'table') throw new Error('expected the table second');
      expect([table.pinnedHeaderRows, table.rows.map((r) => r.preventOverflow)]).toEqual([1, [true, true, true]]);
      const content = run((s) => s.Docs.Documents.get(id).body!.content as Content);
      expect(content[1].paragraph!.paragraphStyle!.keepWithNext).toBe(true);
      expect(content[3].paragraph!.paragraphStyle!.keepWithNext).toBe(false);
      expect(content[2].table!.tableRows!.map((r) => r.tableRowStyle)).toEqual([
        { minRowHeight: { unit: 'PT' }, tableHeader: true, preventOverflow: true },
        { minRowHeight: { unit: 'PT' }, preventOverflow: true },
        { minRowHeight: { unit: 'PT' }, preventOverflow: true },
      ]);
    },
  );

  pin(
    'Docs.DocumentsCollection.batchUpdate',
    `${API}#alignment`,
    'updateParagraphStyle (alignment) sets a cell paragraph START / CENTER / END, read back by get and by DocumentApp; an unknown value is refused whole',
    () => {
      const { run } = scriptWorld();
      const id = run(savedDocument);
      const rata = (startIndex: number, endIndex: number, alignment: string) => ({
        updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle: { alignment }, fields: 'alignment' },
      });
      const update = (requests: object[]) =>
        run((s) =>
          s.Docs.Documents.batchUpdate(
            { requests } as unknown as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
            id,
          ),
        );
      const cells = () =>
        (run((s) => s.Docs.Documents.get(id).body!.content as Content)[2].table!.tableRows ?? []).map((r) =>
          (r.tableCells ?? []).map((c) => c.content![0]),
        );
      // the second row's cells: "1" and "Nilai SAKIP"
      const [satu, nilai] = cells()[1];
      expect(() => update([rata(satu.startIndex!, satu.endIndex!, 'KANAN')])).toThrow(/alignment/);
      update([rata(satu.startIndex!, satu.endIndex!, 'CENTER'), rata(nilai.startIndex!, nilai.endIndex!, 'END')]);
      const [a, b] = cells()[1];
      expect([a.paragraph!.paragraphStyle!.alignment, b.paragraph!.paragraphStyle!.alignment]).toEqual([
        'CENTER',
        'END',
      ]);
      const alignments = run((s) => {
        const row = s.DocumentApp.openById(id).getBody().getTables()[0].getRow(1);
        return [0, 1].map((i) => String(row.getCell(i).getChild(0).asParagraph().getAlignment()));
      });
      expect(alignments).toEqual(['CENTER', 'RIGHT']);
      expect(cells()[2][0].paragraph!.paragraphStyle!.alignment).toBeUndefined();
    },
  );

  pin(
    'Docs.DocumentsCollection.batchUpdate',
    `${API}/batchUpdate`,
    '"If any request is not valid, then the entire request will fail and nothing will be applied": a wrong table start, a missing fields mask, a range past the end',
    () => {
      const { run, world } = scriptWorld();
      const id = run(savedDocument);
      const before = structuredClone(documents(world).savedData(id));
      const pin13 = { pinTableHeaderRows: { tableStartLocation: { index: 13 }, pinnedHeaderRowsCount: 1 } };
      const attempt = (bad: object) => () =>
        run((s) =>
          s.Docs.Documents.batchUpdate(
            { requests: [pin13, bad] } as unknown as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
            id,
          ),
        );
      expect(attempt({ pinTableHeaderRows: { tableStartLocation: { index: 14 }, pinnedHeaderRowsCount: 1 } })).toThrow(
        'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].pinTableHeaderRows: tableStartLocation index 14 is not the start of a table.',
      );
      expect(attempt({ pinTableHeaderRows: { tableStartLocation: { index: 13 }, pinnedHeaderRowsCount: 4 } })).toThrow(
        /requests\[1\]\.pinTableHeaderRows: pinnedHeaderRowsCount must be between 0 and the table's 3 rows/,
      );
      expect(
        attempt({
          updateTableRowStyle: { tableStartLocation: { index: 13 }, tableRowStyle: { preventOverflow: true } },
        }),
      ).toThrow(/requests\[1\]\.updateTableRowStyle: at least one field must be listed in 'fields'/);
      expect(
        attempt({
          updateParagraphStyle: {
            range: { startIndex: 62, endIndex: 80 },
            paragraphStyle: { keepWithNext: true },
            fields: 'keepWithNext',
          },
        }),
      ).toThrow('Index 80 must be less than the end index of the referenced segment, 66.');
      expect(attempt({ insertText: { text: 'x', location: { index: 1 } } })).toThrow(
        'Emulator: the Docs request insertText is not emulated',
      );
      expect(documents(world).savedData(id)).toEqual(before);
    },
  );

  pin(
    ['Docs.DocumentsCollection.get', 'Docs.DocumentsCollection.batchUpdate'],
    'https://developers.google.com/apps-script/advanced/docs',
    'a document the user cannot open is not found; one they may only read refuses a batchUpdate',
    () => {
      const { run, services } = scriptWorld();
      const id = run(savedDocument);
      run((s) => s.DriveApp.getFileById(id).addViewer('staf.sekretariat@contoh.go.id'));
      const asReader = { user: 'staf.sekretariat@contoh.go.id' };
      expect(run((s) => s.Docs.Documents.get(id).documentId, asReader)).toBe(id);
      expect(() => run((s) => s.Docs.Documents.batchUpdate({ requests: [] }, id), asReader)).toThrow(
        'API call to docs.documents.batchUpdate failed with error: The caller does not have permission',
      );
      expect(() => run(() => services.Docs.Documents.get('tidak-ada'))).toThrow(
        'API call to docs.documents.get failed with error: Requested entity was not found.',
      );
    },
  );
});
