import JSZip from 'jszip';
import { DEFAULT_FONT } from './model';

/**
 * Makes a written .xlsx's Normal style Sheets' default font. exceljs always writes Calibri 11 as the workbook's first
 * font (lib/xlsx/xform/style/styles-xform.js), which the Normal style uses; an office suite sizes every column in
 * characters of that font (ECMA-376 Part 1, §18.3.1.13 col: width is "measured as the number of characters of the
 * maximum digit width of the numbers 0, 1, 2, …, 9 as rendered in the normal style's font"). Where Calibri is missing,
 * LibreOffice draws it in a wider fallback, so every column came out about a third wider than in Sheets and the tabs
 * printed smaller. Arial 10 has the same 7 px digit as Calibri 11, so the widths Excel shows do not change.
 */
const FIRST_FONT = /(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/;
const NORMAL_FONT = `<font><sz val="${DEFAULT_FONT.size}"/><name val="${DEFAULT_FONT.family}"/><family val="2"/></font>`;

export async function withSheetsDefaultFont(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const path = 'xl/styles.xml';
  const styles = await zip.file(path)?.async('string');
  if (!styles || !FIRST_FONT.test(styles)) throw new Error('xlsx export: styles.xml without a font list');
  zip.file(path, styles.replace(FIRST_FONT, `$1${NORMAL_FONT}`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
