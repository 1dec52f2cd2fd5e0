import { mkdtempSync, readFileSync } from 'node:fs';
import { FakeUtilities } from '../services/utilities';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { World } from '../core/world';
import { FakeDocsAdvanced } from './docs-advanced';
import { FakeDocumentApp } from './document-app';
import { exportDocumentToDocx } from './export-docx';
import { PAGE_SIZES } from './model';

/** One entry of a zip file (stored or deflated), found through the central directory. */
function unzipBytes(zip: Buffer, name: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`${name} not in zip`);
}

const unzipEntry = (zip: Buffer, name: string): string => unzipBytes(zip, name).toString('utf8');

function buildLetter(world: World): string {
  const DocumentApp = world.expose(
    'DocumentApp',
    new FakeDocumentApp(world),
  ) as unknown as GoogleAppsScript.Document.DocumentApp;
  const doc = DocumentApp.create('Surat Pengantar');
  const body = doc.getBody();
  body.setPageWidth(PAGE_SIZES.F4.width).setPageHeight(PAGE_SIZES.F4.height).setMarginLeft(85).setMarginTop(56);
  const title = body.getParagraphs()[0];
  title.setText('LAPORAN KINERJA');
  title.setHeading(DocumentApp.ParagraphHeading.HEADING1).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  body.appendParagraph('Nomor: ').appendText('800/12/2026').setBold(true).setUnderline(true).setFontSize(12);
  body.appendHorizontalRule();
  const table = body.appendTable([
    ['No', 'Indikator'],
    ['1', 'Angka partisipasi sekolah'],
  ]);
  table.setColumnWidth(0, 30).setColumnWidth(1, 400);
  table.getCell(0, 1).setBackgroundColor('#d9d9d9');
  body.appendPageBreak();
  body
    .appendParagraph('Lampiran')
    .setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY)
    .setSpacingBefore(12)
    .setIndentFirstLine(36);
  doc.addFooter().getParagraphs()[0].setText('Halaman kaki');
  doc.saveAndClose();
  return doc.getId();
}

describe('exportDocumentToDocx', () => {
  it('writes paragraphs, styles, tables, breaks, page size and margins to a .docx', async () => {
    const world = new World();
    const id = buildLetter(world);
    const file = join(mkdtempSync(join(tmpdir(), 'docx-')), 'surat.docx');
    await exportDocumentToDocx(world, id, file);
    const zip = readFileSync(file);
    const xml = unzipEntry(zip, 'word/document.xml');

    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*<w:jc w:val="center"\/>[\s\S]*LAPORAN KINERJA/);
    const numberRun = /<w:r><w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t xml:space="preserve">800\/12\/2026</.exec(xml);
    expect(numberRun?.[1]).toMatch(/^(?=.*<w:b\/>)(?=.*<w:u w:val="single"\/>)(?=.*<w:sz w:val="24"\/>)/);
    expect(xml).toContain('<w:r><w:t xml:space="preserve">Nomor: </w:t></w:r>');
    expect(xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(xml).toMatch(/<w:gridCol w:w="600"\/><w:gridCol w:w="8000"\/>/);
    expect(xml).toMatch(/<w:shd [^>]*w:fill="d9d9d9"[\s\S]*Indikator/);
    expect(xml).toContain('Angka partisipasi sekolah');
    expect(xml).toContain('<w:br w:type="page"/>');
    expect(xml).toMatch(
      /<w:spacing w:before="240"\/><w:ind w:firstLine="720"\/><w:jc w:val="both"\/><\/w:pPr><w:r><w:t xml:space="preserve">Lampiran/,
    );
    expect(xml).toMatch(/<w:pgSz w:w="12240" w:h="18720"/);
    expect(xml).toMatch(/<w:pgMar w:top="1120" w:right="1440" w:bottom="1440" w:left="1700"/);
    const footer = unzipEntry(zip, 'word/footer1.xml');
    expect(footer).toContain('Halaman kaki');
  });

  it('tags a page wider than tall as landscape, so Word and LibreOffice lay it out so', async () => {
    const world = new World();
    const DocumentApp = world.expose(
      'DocumentApp',
      new FakeDocumentApp(world),
    ) as unknown as GoogleAppsScript.Document.DocumentApp;
    const doc = DocumentApp.create('Dokumen melintang');
    doc.getBody().setPageWidth(842).setPageHeight(595).appendParagraph('Tabel');
    doc.saveAndClose();
    const id = doc.getId();
    const file = join(mkdtempSync(join(tmpdir(), 'docx-')), 'melintang.docx');
    await exportDocumentToDocx(world, id, file);
    expect(unzipEntry(readFileSync(file), 'word/document.xml')).toMatch(
      /<w:pgSz w:w="16840" w:h="11900" w:orient="landscape"/,
    );
  });

  it('exports the saved version only', async () => {
    const world = new World();
    const DocumentApp = world.expose(
      'DocumentApp',
      new FakeDocumentApp(world),
    ) as unknown as GoogleAppsScript.Document.DocumentApp;
    const doc = DocumentApp.create('Draf');
    doc.getBody().appendParagraph('belum disimpan');
    const file = join(mkdtempSync(join(tmpdir(), 'docx-')), 'draf.docx');
    await exportDocumentToDocx(world, doc.getId(), file);
    expect(unzipEntry(readFileSync(file), 'word/document.xml')).not.toContain('belum disimpan');
  });

  it('writes an inline image as a media part, pinned header rows as w:tblHeader, whole rows and kept headings', async () => {
    const world = new World();
    const DocumentApp = world.expose(
      'DocumentApp',
      new FakeDocumentApp(world),
    ) as unknown as GoogleAppsScript.Document.DocumentApp;
    const Docs = world.expose('Docs', new FakeDocsAdvanced(world)) as unknown as GoogleAppsScript.Docs;
    const Utilities = world.expose(
      'Utilities',
      new FakeUtilities(world),
    ) as unknown as GoogleAppsScript.Utilities.Utilities;
    const png = readFileSync(join(__dirname, '../../../scripts/local-run/logo-kop.png'));
    const doc = DocumentApp.create('Dokumen');
    const body = doc.getBody();
    const logo = Array.from(png, (b) => (b > 127 ? b - 256 : b));
    body
      .getChild(0)
      .asParagraph()
      .appendInlineImage(Utilities.newBlob(logo, 'image/png', 'logo.png'))
      .setWidth(60);
    body.appendParagraph('Sekretariat');
    body.appendTable([
      ['No', 'Indikator'],
      ['1', 'Nilai SAKIP'],
    ]);
    doc.saveAndClose();
    const content = Docs.Documents.get(doc.getId()).body!.content!;
    const [heading, table] = [content[2], content[3]];
    Docs.Documents.batchUpdate(
      {
        requests: [
          { pinTableHeaderRows: { tableStartLocation: { index: table.startIndex }, pinnedHeaderRowsCount: 1 } },
          {
            updateTableRowStyle: {
              tableStartLocation: { index: table.startIndex },
              tableRowStyle: { preventOverflow: true },
              fields: 'preventOverflow',
            },
          },
          {
            updateParagraphStyle: {
              range: { startIndex: heading.startIndex, endIndex: heading.endIndex },
              paragraphStyle: { keepWithNext: true },
              fields: 'keepWithNext',
            },
          },
        ],
      } as unknown as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
      doc.getId(),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'docx-')), 'dokumen.docx');
    await exportDocumentToDocx(world, doc.getId(), file);
    const zip = readFileSync(file);
    const xml = unzipEntry(zip, 'word/document.xml');
    expect(unzipBytes(zip, 'word/media/image1.png').equals(png)).toBe(true);
    // 60 × 144 px at 9525 EMU per pixel
    expect(xml).toMatch(/<wp:extent cx="571500" cy="1371600"\/>/);
    expect(xml).toMatch(/<w:keepNext\/>(?:(?!<\/w:p>).)*Sekretariat/);
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows.map((r) => [/<w:tblHeader\/>/.test(r), /<w:cantSplit\/>/.test(r)])).toEqual([
      [true, true],
      [false, true],
    ]);
  });
});
