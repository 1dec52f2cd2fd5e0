import { MIME_TYPES } from '../drive/enums';
import { pin } from './pin';
import { scriptWorld, type Services } from './world';

const REF = 'https://developers.google.com/apps-script/reference/document';
const GAS_FAKES_DOCS = 'https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdocs.js';
const GAS_FAKES_DOCS_NEXT = 'https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdocsnext.js';

/** A new document's body, inside one execution. */
function withBody<T>(fn: (body: GoogleAppsScript.Document.Body, s: Services) => T): T {
  return scriptWorld().run((s) => fn(s.DocumentApp.create('Dokumen Pengukuran Kinerja').getBody(), s));
}

describe('DocumentApp and Document', () => {
  pin(
    [
      'Document.DocumentApp.create',
      'Document.Document.getId',
      'Document.Document.getBody',
      'Document.Document.saveAndClose',
      'Document.DocumentApp.openById',
    ],
    `${REF}/document-app#create(String)`,
    'a new document has one empty paragraph; saveAndClose keeps the edits, which openById reads back',
    () => {
      const { run } = scriptWorld();
      const text = run(({ DocumentApp }) => {
        const doc = DocumentApp.create('Surat Pengantar');
        const body = doc.getBody();
        expect([body.getNumChildren(), body.getText()]).toEqual([1, '']);
        body.appendParagraph('Nomor: 001');
        doc.saveAndClose();
        return DocumentApp.openById(doc.getId()).getBody().getText();
      });
      expect(text).toBe('\nNomor: 001');
    },
  );

  pin(
    'Document.Document.saveAndClose',
    `${REF}/document#saveAndClose()`,
    'a closed document refuses further edits',
    () => {
      withBody((body, { DocumentApp }) => {
        const doc = DocumentApp.openById(DocumentApp.create('x').getId());
        doc.saveAndClose();
        expect(() => doc.getBody().appendParagraph('lagi')).toThrow(
          'Document is closed, its contents cannot be updated.',
        );
        expect(body.getNumChildren()).toBe(1);
      });
    },
  );

  pin(
    'Document.Document.getAs',
    `${REF}/document#getAs(String)`,
    'getAs("application/pdf") is a PDF blob named after the document',
    () => {
      const blob = scriptWorld().run(({ DocumentApp }) => DocumentApp.create('Laporan TW2').getAs(MIME_TYPES.PDF));
      expect([blob.getContentType(), blob.getName()]).toEqual([MIME_TYPES.PDF, 'Laporan TW2.pdf']);
      expect(String.fromCharCode(...blob.getBytes().slice(0, 4))).toBe('%PDF');
    },
  );

  pin(
    ['Document.Document.getEditors', 'Document.Document.getViewers'],
    GAS_FAKES_DOCS,
    'the owner is listed among the editors and the viewers; viewers include the editors',
    () => {
      scriptWorld().run(({ DocumentApp }) => {
        const doc = DocumentApp.create('Dokumen').addEditor('kepala@contoh.go.id').addViewer('staf@contoh.go.id');
        const emails = (users: GoogleAppsScript.Base.User[]) => users.map((u) => u.getEmail()).sort();
        expect(emails(doc.getEditors())).toEqual(['kepala@contoh.go.id', 'sakip.sekretaris@contoh.go.id']);
        expect(emails(doc.getViewers())).toEqual([
          'kepala@contoh.go.id',
          'sakip.sekretaris@contoh.go.id',
          'staf@contoh.go.id',
        ]);
        doc.removeEditor('kepala@contoh.go.id').removeViewer('staf@contoh.go.id');
        expect([doc.getEditors().length, doc.getViewers().length]).toEqual([1, 1]);
      });
    },
  );
});

describe('Body page and margins', () => {
  pin(
    [
      'Document.Body.getPageWidth',
      'Document.Body.getPageHeight',
      'Document.Body.getMarginLeft',
      'Document.Body.getMarginRight',
      'Document.Body.setPageWidth',
      'Document.Body.setPageHeight',
      'Document.Body.setMarginTop',
      'Document.Body.setMarginBottom',
      'Document.Body.setMarginLeft',
      'Document.Body.setMarginRight',
    ],
    `${REF}/body#getPageWidth()`,
    'a new document is US Letter (612 × 792 pt) with 1-inch margins; the setters change them and chain',
    () => {
      withBody((body) => {
        expect([body.getPageWidth(), body.getPageHeight(), body.getMarginLeft(), body.getMarginRight()]).toEqual([
          612, 792, 72, 72,
        ]);
        const same = body.setPageWidth(595).setPageHeight(842).setMarginTop(85).setMarginBottom(85);
        same.setMarginLeft(113).setMarginRight(85);
        expect(same).toEqual(body);
        expect([body.getPageWidth(), body.getPageHeight(), body.getMarginLeft(), body.getMarginRight()]).toEqual([
          595, 842, 113, 85,
        ]);
      });
    },
  );
});

describe('Body children', () => {
  pin(
    [
      'Document.Body.appendParagraph',
      'Document.Body.getNumChildren',
      'Document.Body.getChild',
      'Document.Body.getText',
    ],
    `${REF}/body#getText()`,
    'appended paragraphs follow the first empty one; getText joins paragraphs with newlines',
    () => {
      withBody((body) => {
        body.appendParagraph('KOP');
        body.appendParagraph('Isi');
        expect(body.getNumChildren()).toBe(3);
        expect(body.getChild(1).asParagraph().getText()).toBe('KOP');
        expect(body.getText()).toBe('\nKOP\nIsi');
        expect(() => body.getChild(3)).toThrow('Child index (3) must be less than the number of child elements.');
      });
    },
  );

  pin(
    ['Document.Body.insertParagraph', 'Document.Body.getChildIndex'],
    GAS_FAKES_DOCS_NEXT,
    'insertParagraph puts the paragraph at the index; past the end or with a non-paragraph element it throws',
    () => {
      withBody((body) => {
        body.appendParagraph('akhir');
        const p = body.insertParagraph(1, 'tengah');
        expect(body.getChildIndex(p)).toBe(1);
        expect(body.insertParagraph(3, 'penutup').getText()).toBe('penutup');
        expect(() => body.insertParagraph(99, 'x')).toThrow(
          /must be less than or equal to the number of child elements/,
        );
        expect(() => body.insertParagraph(1, body as unknown as GoogleAppsScript.Document.Paragraph)).toThrow(
          /^The parameters \(.*\) don't match the method signature/,
        );
      });
    },
  );

  pin(
    'Document.Body.appendParagraph',
    GAS_FAKES_DOCS_NEXT,
    'an element still in the document cannot be appended again: "Element must be detached."',
    () => {
      withBody((body) => {
        const p = body.appendParagraph('sekali');
        body.appendParagraph('penutup');
        expect(() => body.appendParagraph(p)).toThrow('Element must be detached.');
        p.removeFromParent();
        expect(body.appendParagraph(p).getText()).toBe('sekali');
        expect(() => body.appendParagraph(42 as unknown as string)).toThrow(
          "The parameters (number) don't match the method signature for DocumentApp.Body.appendParagraph.",
        );
      });
    },
  );

  pin(
    ['Document.Body.appendTable', 'Document.Body.insertTable'],
    GAS_FAKES_DOCS,
    'a table appended at the end is followed by a new empty paragraph; an inserted one is not',
    () => {
      withBody((body, { DocumentApp }) => {
        const table = body.appendTable([['No', 'Indikator']]);
        const n = body.getNumChildren();
        expect(body.getChild(n - 2).getType()).toBe(DocumentApp.ElementType.TABLE);
        expect(body.getChild(n - 1).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
        expect(
          body
            .getChild(n - 1)
            .asParagraph()
            .getText(),
        ).toBe('');
        expect(table.getCell(0, 1).getText()).toBe('Indikator');
        body.insertTable(0, [['a']]);
        expect([body.getNumChildren(), body.getChild(1).getType()]).toEqual([n + 1, DocumentApp.ElementType.PARAGRAPH]);
      });
    },
  );

  pin(
    [
      'Document.Body.appendPageBreak',
      'Document.Body.insertPageBreak',
      'Document.Body.appendHorizontalRule',
      'Document.Body.insertHorizontalRule',
    ],
    `${REF}/body#appendPageBreak()`,
    'page breaks and horizontal rules each go in a new paragraph of their own',
    () => {
      withBody((body, { DocumentApp }) => {
        const rule = body.appendHorizontalRule();
        const pageBreak = body.appendPageBreak();
        expect([rule.getType(), pageBreak.getType()]).toEqual([
          DocumentApp.ElementType.HORIZONTAL_RULE,
          DocumentApp.ElementType.PAGE_BREAK,
        ]);
        expect(body.getNumChildren()).toBe(3);
        body.insertPageBreak(0);
        body.insertHorizontalRule(0);
        expect(body.getNumChildren()).toBe(5);
        expect(rule.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
      });
    },
  );
});

describe('Body text search and replace', () => {
  pin(
    [
      'Document.Body.replaceText',
      'Document.Body.findText',
      'Document.RangeElement.getElement',
      'Document.Element.getParent',
      'Document.ContainerElement.getParent',
      'Document.ContainerElement.getType',
    ],
    `${REF}/body#findText(String)`,
    'replaceText takes a regular expression; findText gives the Text of the matching paragraph, inside the body',
    () => {
      withBody((body, { DocumentApp }) => {
        body.appendParagraph('Kepada {{nama}}');
        body.appendParagraph('{{tabel}}');
        body.replaceText('\\{\\{nama\\}\\}', 'Kepala Dinas');
        expect(body.getText()).toBe('\nKepada Kepala Dinas\n{{tabel}}');
        const found = body.findText('\\{\\{tabel\\}\\}')!;
        const text = found.getElement();
        expect(text.getType()).toBe(DocumentApp.ElementType.TEXT);
        const paragraph = text.getParent();
        expect(paragraph.getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
        expect(paragraph.getParent().getType()).toBe(DocumentApp.ElementType.BODY_SECTION);
        expect(body.findText('tidak ada')).toBeNull();
      });
    },
  );

  pin(
    [
      'Document.ContainerElement.removeFromParent',
      'Document.Element.removeFromParent',
      'Document.Element.getType',
      'Document.Element.asParagraph',
    ],
    `${REF}/paragraph#removeFromParent()`,
    'an element leaves its parent; the last paragraph of the body cannot be removed',
    () => {
      withBody((body, { DocumentApp }) => {
        body.appendParagraph('hapus');
        body.appendParagraph('tetap');
        const child = body.getChild(1);
        expect(child.getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
        expect(child.asParagraph().getText()).toBe('hapus');
        child.removeFromParent();
        expect(body.getText()).toBe('\ntetap');
        expect(() => body.getChild(1).removeFromParent()).toThrow(
          "Can't remove the last paragraph in a document section.",
        );
      });
    },
  );
});

describe('Paragraph and Text', () => {
  pin(
    [
      'Document.Paragraph.appendText',
      'Document.Paragraph.getText',
      'Document.Paragraph.setAlignment',
      'Document.Paragraph.setAttributes',
    ],
    `${REF}/paragraph#setAlignment(HorizontalAlignment)`,
    'appendText adds a Text run to the paragraph; alignment and attributes read back',
    () => {
      withBody((body, { DocumentApp }) => {
        const p = body.appendParagraph('Capaian ');
        const run = p.appendText('100 %');
        expect(run.getType()).toBe(DocumentApp.ElementType.TEXT);
        expect(p.getText()).toBe('Capaian 100 %');
        p.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
        expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
        p.setAttributes({ [DocumentApp.Attribute.FONT_SIZE]: 12 });
        expect(p.getAttributes()[DocumentApp.Attribute.FONT_SIZE]).toBe(12);
      });
    },
  );

  pin(
    ['Document.Text.setAttributes', 'Document.Text.setBold'],
    `${REF}/text#setBold(Boolean)`,
    'setBold and setAttributes style the whole run',
    () => {
      withBody((body, { DocumentApp }) => {
        const text = body.appendParagraph('').appendText('Predikat');
        text.setBold(true).setAttributes({ [DocumentApp.Attribute.FOREGROUND_COLOR]: '#1e5631' });
        expect(text.isBold()).toBe(true);
        expect(text.getForegroundColor()).toBe('#1e5631');
      });
    },
  );
});

describe('Table, TableRow and TableCell', () => {
  pin(
    [
      'Document.Table.getRow',
      'Document.Table.getCell',
      'Document.Table.setColumnWidth',
      'Document.Table.setBorderColor',
      'Document.Table.setAttributes',
      'Document.TableRow.getCell',
      'Document.TableRow.editAsText',
    ],
    `${REF}/table#setColumnWidth(Integer,Number)`,
    'cells are addressed by row and column; widths, border colour and row text styling read back',
    () => {
      withBody((body, { DocumentApp }) => {
        const table = body.appendTable([
          ['No', 'Indikator'],
          ['1', 'Persentase desa'],
        ]);
        expect(table.getRow(1).getCell(1).getText()).toBe('Persentase desa');
        expect(table.getCell(1, 0).getText()).toBe('1');
        table
          .setColumnWidth(0, 36)
          .setBorderColor('#ffffff')
          .setAttributes({ [DocumentApp.Attribute.BORDER_WIDTH]: 0 });
        expect([table.getColumnWidth(0), table.getBorderColor(), table.getBorderWidth()]).toEqual([36, '#ffffff', 0]);
        table.getRow(0).editAsText().setBold(true);
        expect(table.getCell(0, 1).editAsText().isBold()).toBe(true);
        expect(table.getCell(1, 1).editAsText().isBold()).toBeFalsy();
        expect(() => table.getCell(2, 0)).toThrow();
      });
    },
  );

  pin(
    [
      'Document.TableCell.getChild',
      'Document.TableCell.appendParagraph',
      'Document.TableCell.setBackgroundColor',
      'Document.TableCell.setVerticalAlignment',
    ],
    `${REF}/table-cell#setVerticalAlignment(VerticalAlignment)`,
    'a cell holds paragraphs (its text is the first); background and vertical alignment read back',
    () => {
      withBody((body, { DocumentApp }) => {
        const cell = body.appendTable([['Kepala Dinas']]).getCell(0, 0);
        expect(cell.getChild(0).asParagraph().getText()).toBe('Kepala Dinas');
        cell.appendParagraph('NIP. 19700101');
        expect(cell.getNumChildren()).toBe(2);
        cell.setBackgroundColor('#d9e2f3').setVerticalAlignment(DocumentApp.VerticalAlignment.CENTER);
        expect([cell.getBackgroundColor(), cell.getVerticalAlignment()]).toEqual([
          '#d9e2f3',
          DocumentApp.VerticalAlignment.CENTER,
        ]);
      });
    },
  );
});
