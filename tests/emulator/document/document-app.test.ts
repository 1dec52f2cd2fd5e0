import { REAL_ERRORS } from '../core/faults';
import { World } from '../core/world';
import { FakeDriveApp } from '../drive/drive-app';
import { MIME_TYPES } from '../drive/enums';
import { DRIVE_ERRORS, driveFiles } from '../drive/registry';
import { FakeDocumentApp } from './document-app';
import { PAGE_SIZES } from './model';
import { documents, DOCUMENT_ERRORS } from './store';

const OWNER = 'sakip.sekretaris@contoh.go.id';
const UNIT = 'unit.dikdas@contoh.go.id';

function setup() {
  const world = new World();
  // typed as the real services: the tests use them as a script does
  const DocumentApp = world.expose(
    'DocumentApp',
    new FakeDocumentApp(world),
  ) as unknown as GoogleAppsScript.Document.DocumentApp;
  const DriveApp = world.expose('DriveApp', new FakeDriveApp(world)) as unknown as GoogleAppsScript.Drive.DriveApp;
  const as = <T>(user: string, fn: () => T): T => world.run({ user }, fn);
  return { world, DocumentApp, DriveApp, as };
}

describe('DocumentApp.create', () => {
  // https://developers.google.com/apps-script/reference/document/document-app#create(String)
  it('makes a Google Doc in the creator’s Drive whose body holds one empty paragraph', () => {
    const { world, DocumentApp, as } = setup();
    const doc = as(OWNER, () => DocumentApp.create('Surat Pengantar'));
    const item = driveFiles(world).get(doc.getId())!;
    expect(item).toMatchObject({ name: 'Surat Pengantar', mimeType: MIME_TYPES.GOOGLE_DOCS, owner: OWNER });
    expect(as(OWNER, () => DocumentApp.openById(doc.getId()).getBody().getNumChildren())).toBe(1);
    expect(DocumentApp.openByUrl(doc.getUrl()).getName()).toBe('Surat Pengantar');
  });

  it('has no active document: the add-on runs in a spreadsheet', () => {
    const { DocumentApp } = setup();
    expect(DocumentApp.getActiveDocument()).toBeNull();
  });
});

describe('saving', () => {
  // https://developers.google.com/apps-script/reference/document/document#saveAndClose()
  it('shows edits to other executions only after saveAndClose()', () => {
    const { world, DocumentApp } = setup();
    const [writer, reader, laterReader] = [1, 2, 3].map(() => world.begin({ user: OWNER }));
    const doc = world.within(writer, () => DocumentApp.create('Laporan'));
    world.within(writer, () => doc.getBody().appendParagraph('Capaian 95%'));
    const before = world.within(reader, () => DocumentApp.openById(doc.getId()).getBody().getText());
    world.within(writer, () => doc.saveAndClose());
    const after = world.within(laterReader, () => DocumentApp.openById(doc.getId()).getBody().getText());
    // a document stays as it was when this execution opened it
    const stale = world.within(reader, () => DocumentApp.openById(doc.getId()).getBody().getText());
    expect(stale).toBe('');
    expect(before).toBe('');
    expect(after).toBe('\nCapaian 95%');
  });

  // "The saveAndClose() method is automatically invoked at the end of script execution for each open editable
  // Document." https://developers.google.com/apps-script/reference/document/document#saveAndClose()
  it('saves open documents when the execution ends', () => {
    const { DocumentApp, as } = setup();
    const id = as(OWNER, () => {
      const doc = DocumentApp.create('Laporan');
      doc.getBody().getParagraphs()[0].setText('Tersimpan otomatis');
      return doc.getId();
    });
    expect(as(OWNER, () => DocumentApp.openById(id).getBody().getText())).toBe('Tersimpan otomatis');
  });

  // "A closed Document can't be edited." https://developers.google.com/apps-script/reference/document/document#saveAndClose()
  it('throws the real text when a closed document is used', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('Laporan');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(() => body.appendParagraph('x')).toThrow(DOCUMENT_ERRORS.closed);
    expect(() => doc.getBody()).toThrow(DOCUMENT_ERRORS.closed);
    expect(DocumentApp.openById(doc.getId()).getBody().appendParagraph('lagi').getText()).toBe('lagi');
  });

  it('refuses edits past the change limit until the document is saved and reopened', () => {
    const { world, DocumentApp } = setup();
    documents(world).maxChangesBeforeSave = 2;
    const doc = DocumentApp.create('Besar');
    const body = doc.getBody();
    body.appendParagraph('1');
    body.appendParagraph('2');
    expect(() => body.appendParagraph('3')).toThrow(REAL_ERRORS.docsTooManyChanges);
    doc.saveAndClose();
    DocumentApp.openById(doc.getId()).getBody().appendParagraph('3');
  });
});

describe('access', () => {
  it('opens a shared document read-only for a viewer and hides it from others', () => {
    const { DocumentApp, as } = setup();
    const id = as(OWNER, () => {
      const doc = DocumentApp.create('Rahasia');
      doc.getBody().appendParagraph('isi');
      doc.addViewer(UNIT);
      return doc.getId();
    });
    expect(as(UNIT, () => DocumentApp.openById(id).getBody().getText())).toBe('\nisi');
    expect(() => as(UNIT, () => DocumentApp.openById(id).getBody().appendParagraph('x'))).toThrow(
      DOCUMENT_ERRORS.accessDenied,
    );
    expect(() => as('tamu@lain.example', () => DocumentApp.openById(id))).toThrow(DOCUMENT_ERRORS.missing);
    expect(() => as(UNIT, () => DocumentApp.openById(id).addEditor(UNIT))).toThrow(DRIVE_ERRORS.accessDenied);
  });
});

describe('search and replace', () => {
  // "A subset of the JavaScript regular expression features are not fully supported, such as capture groups ...
  // The provided regular expression pattern is independently matched against each text block"
  // https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
  it('replaces a regular expression within each paragraph, leaving $1 literal', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('Templat').getBody();
    body.getParagraphs()[0].setText('Nomor: {{nomor}}');
    body.appendParagraph('Tanggal {{tanggal}}');
    body.appendParagraph('Akhir');
    body.replaceText('\\{\\{nomor\\}\\}', '800/12/2026');
    body.replaceText('(Tanggal) \\{\\{tanggal\\}\\}', '$1 12 Agustus 2026');
    body.replaceText('tanggal.*Akhir', 'X');
    expect(body.getText()).toBe('Nomor: 800/12/2026\n$1 12 Agustus 2026\nAkhir');
  });

  // https://developers.google.com/apps-script/reference/document/body#findText(String,RangeElement)
  it('finds matches paragraph by paragraph, continuing from a previous result', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('Cari').getBody();
    body.getParagraphs()[0].setText('satu target');
    body.appendParagraph('dua target target');
    const first = body.findText('target')!;
    expect([first.getElement().asText().getText(), first.getStartOffset(), first.getEndOffsetInclusive()]).toEqual([
      'satu target',
      5,
      10,
    ]);
    const second = body.findText('target', first)!;
    const third = body.findText('target', second)!;
    expect([second.getStartOffset(), third.getStartOffset()]).toEqual([4, 11]);
    expect(body.findText('target', third)).toBeNull();
  });

  it('replaces within table cells too, keeping the style of the replaced text', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('Tabel').getBody();
    const table = body.appendTable([['Nama', '{{nama}}']]);
    table.getCell(0, 1).editAsText().setBold(true);
    body.replaceText('\\{\\{nama\\}\\}', 'Dinas Pendidikan');
    expect(table.getCell(0, 1).getText()).toBe('Dinas Pendidikan');
    expect(table.getCell(0, 1).editAsText().isBold()).toBe(true);
  });
});

describe('structure', () => {
  it('builds paragraphs with heading, alignment and spacing', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('Surat').getBody();
    const title = body
      .insertParagraph(0, 'LAPORAN KINERJA')
      .setHeading(DocumentApp.ParagraphHeading.HEADING1)
      .setAlignment(DocumentApp.HorizontalAlignment.CENTER)
      .setSpacingAfter(12);
    expect(title.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect(title.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getChild(0).asParagraph().getSpacingAfter()).toBe(12);
    expect(body.getChildIndex(title)).toBe(0);
  });

  it('builds tables with rows, cells and column widths', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('Tabel').getBody();
    const table = body.appendTable([
      ['No', 'Indikator'],
      ['1', 'Angka partisipasi'],
    ]);
    table.appendTableRow().appendTableCell('2');
    table.setColumnWidth(0, 30).setBorderWidth(1);
    table.getRow(0).getCell(1).setBackgroundColor('#dddddd');
    expect(table.getNumRows()).toBe(3);
    expect(table.getRow(1).getCell(1).getText()).toBe('Angka partisipasi');
    expect(table.getCell(2, 0).getText()).toBe('2');
    expect(table.getColumnWidth(0)).toBe(30);
    expect(table.getCell(0, 1).getBackgroundColor()).toBe('#dddddd');
    expect(body.getTables()).toHaveLength(1);
    expect(body.getChild(1).getType()).toBe(DocumentApp.ElementType.TABLE);
  });

  it('puts page breaks and horizontal rules in paragraphs of their own', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('Halaman').getBody();
    body.appendPageBreak();
    body.appendHorizontalRule();
    const item = body.appendListItem('butir').setGlyphType(DocumentApp.GlyphType.NUMBER);
    expect(body.getNumChildren()).toBe(4);
    expect(body.getChild(1).asParagraph().getChild(0).getType()).toBe(DocumentApp.ElementType.PAGE_BREAK);
    expect(body.getChild(2).asParagraph().getChild(0).getType()).toBe(DocumentApp.ElementType.HORIZONTAL_RULE);
    expect(item.getGlyphType()).toBe(DocumentApp.GlyphType.NUMBER);
    expect(body.getListItems()).toHaveLength(1);
  });

  // The body must end with a paragraph (Docs: "Can't remove the last paragraph in a document section.")
  it('refuses to remove the last paragraph of the body', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    const first = body.getParagraphs()[0];
    const last = body.appendParagraph('akhir');
    first.removeFromParent();
    expect(() => last.removeFromParent()).toThrow(DOCUMENT_ERRORS.lastParagraph);
    expect(body.getText()).toBe('akhir');
  });

  it('adds header and footer sections on request', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('Kop');
    expect(doc.getHeader()).toBeNull();
    doc.addHeader().appendParagraph('PEMERINTAH KABUPATEN');
    doc.addFooter().getParagraphs()[0].setText('Halaman 1');
    expect(doc.getHeader().getText()).toBe('\nPEMERINTAH KABUPATEN');
    expect(doc.getFooter().getText()).toBe('Halaman 1');
  });

  it('sets page size and margins in points', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('F4').getBody();
    expect([body.getPageWidth(), body.getPageHeight()]).toEqual([612, 792]);
    body.setPageWidth(PAGE_SIZES.F4.width).setPageHeight(PAGE_SIZES.F4.height).setMarginLeft(85).setMarginTop(56);
    body.setAttributes({ [DocumentApp.Attribute.MARGIN_RIGHT]: 57 });
    expect([body.getPageHeight(), body.getMarginLeft(), body.getMarginTop(), body.getMarginRight()]).toEqual([
      936, 85, 56, 57,
    ]);
  });
});

describe('text', () => {
  it('styles only the text appendText added', () => {
    const { DocumentApp } = setup();
    const p = DocumentApp.create('Gaya').getBody().appendParagraph('Predikat: ');
    p.appendText('BB').setBold(true);
    const text = p.editAsText();
    expect([text.isBold(0), text.isBold(10), text.isBold()]).toEqual([null, true, null]);
    expect(text.getTextAttributeIndices()).toEqual([0, 10]);
  });

  it('styles ranges and whole elements, through editAsText or setAttributes', () => {
    const { DocumentApp } = setup();
    const p = DocumentApp.create('Gaya').getBody().appendParagraph('Kepala Dinas');
    p.editAsText().setUnderline(0, 5, true).setFontSize(12).setForegroundColor('#333333');
    p.setAttributes({ [DocumentApp.Attribute.FONT_FAMILY]: 'Arial', [DocumentApp.Attribute.SPACING_BEFORE]: 6 });
    const text = p.editAsText();
    expect([text.isUnderline(0), text.isUnderline(6), text.getFontSize(), text.getFontFamily()]).toEqual([
      true,
      null,
      12,
      'Arial',
    ]);
    expect(p.getAttributes()[DocumentApp.Attribute.SPACING_BEFORE]).toBe(6);
    text.deleteText(0, 6);
    text.insertText(0, 'Wakil ');
    expect(p.getText()).toBe('Wakil Dinas');
  });
});

describe('export and copies', () => {
  // https://developers.google.com/apps-script/reference/document/document#getAs(String)
  it('exports the saved document as a PDF named after it', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('Laporan Kinerja 2026');
    doc.getBody().appendParagraph('belum disimpan');
    const draft = doc.getAs(MIME_TYPES.PDF).getDataAsString('ISO-8859-1');
    doc.saveAndClose();
    const pdf = doc.getAs(MIME_TYPES.PDF);
    expect(pdf.getName()).toBe('Laporan Kinerja 2026.pdf');
    expect(pdf.getContentType()).toBe(MIME_TYPES.PDF);
    expect(draft).not.toContain('belum disimpan');
    expect(pdf.getDataAsString('ISO-8859-1')).toContain('(belum disimpan) Tj');
  });

  // https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder)
  it('copies a Google Doc through Drive into an independent document', () => {
    const { DocumentApp, DriveApp } = setup();
    const template = DocumentApp.create('Templat');
    template.getBody().getParagraphs()[0].setText('Yth. {{nama}}');
    template.saveAndClose();
    const folder = DriveApp.createFolder('Surat');
    const copy = DriveApp.getFileById(template.getId()).makeCopy('Surat Dikdas', folder);
    const letter = DocumentApp.openById(copy.getId());
    letter.getBody().replaceText('\\{\\{nama\\}\\}', 'Kepala Bidang Dikdas');
    letter.saveAndClose();
    expect(copy.getMimeType()).toBe(MIME_TYPES.GOOGLE_DOCS);
    expect(DocumentApp.openById(copy.getId()).getBody().getText()).toBe('Yth. Kepala Bidang Dikdas');
    expect(DocumentApp.openById(template.getId()).getBody().getText()).toBe('Yth. {{nama}}');
    expect(DriveApp.getFileById(copy.getId()).getBlob().getName()).toBe('Surat Dikdas.pdf');
  });
});

describe('cost', () => {
  it("records open, create, save and export as 'docs' and element edits as 'local'", () => {
    const { world, DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    doc.getBody().appendParagraph('a');
    doc.saveAndClose();
    expect(world.calls.records.map((c) => `${c.method}:${c.costClass}`)).toEqual([
      'create:docs',
      'getBody:local',
      'appendParagraph:local',
      'saveAndClose:docs',
    ]);
  });
});
