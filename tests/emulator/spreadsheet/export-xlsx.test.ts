import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportSpreadsheetToXlsx } from './export-xlsx';
import { PRINTABLE_WIDTH_PX } from './print-setup';
import { newWorld, UNIT } from './test-world';

describe('export to .xlsx', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sakip-xlsx-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('grows a row to fit its wrapped text, as Sheets shows it', async () => {
    const { world, id, run } = newWorld();
    run((ss) => {
      const sheet = ss.getSheets()[0];
      sheet.setColumnWidth(1, 70);
      sheet.getRange('A1:B1').setValues([['satu baris', 'x']]);
      sheet.getRange('A2').setValue('teks panjang yang perlu beberapa baris pada kolom sempit').setWrap(true);
      sheet.getRange('A3').setValue('teks panjang tanpa bungkus yang tetap satu baris saja');
    });
    const path = join(dir, 'tinggi.xlsx');
    await exportSpreadsheetToXlsx(world, id, path);
    const ws = (await new ExcelJS.Workbook().xlsx.readFile(path)).worksheets[0];
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(45);
    expect(ws.getRow(1).height ?? 15).toBeLessThanOrEqual(15);
    expect(ws.getRow(3).height ?? 15).toBeLessThanOrEqual(15);
  });

  /** The printed size of 10 pt text on a tab fitted to `fitToWidth` pages of A4 landscape. */
  function printedPoints(widthPx: number, fitToWidth: number): number {
    return 10 * Math.min(1, (fitToWidth * PRINTABLE_WIDTH_PX) / widthPx);
  }

  it('prints a narrow tab on one page width and a wide one across pages at 8 pt or more, the header on every page', async () => {
    const { world, id, run } = newWorld();
    run((ss) => {
      const sempit = ss.getSheets()[0].setName('Sempit');
      sempit.getRange('A1:C1').setValues([['No', 'Uraian', 'Status']]);
      const lebar = ss.insertSheet('Lebar');
      lebar.setFrozenRows(1);
      lebar.setColumnWidths(1, 14, 160);
      lebar.getRange(1, 1, 1, 14).setValues([Array.from({ length: 14 }, (_, i) => `Kolom ${i + 1}`)]);
      lebar.getRange('N2').setValue('isi');
    });
    const path = join(dir, 'cetak.xlsx');
    await exportSpreadsheetToXlsx(world, id, path);
    const wb = await new ExcelJS.Workbook().xlsx.readFile(path);
    const sempit = wb.getWorksheet('Sempit')!.pageSetup;
    const lebar = wb.getWorksheet('Lebar')!.pageSetup;
    expect(sempit).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 });
    expect(lebar).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(lebar.fitToWidth).toBeGreaterThan(1);
    expect(printedPoints(14 * 160, lebar.fitToWidth!)).toBeGreaterThanOrEqual(8);
  });

  it("writes every cell in Sheets' default Arial 10 unless set, booleans as TRUE/FALSE, hidden columns and rows hidden", async () => {
    const { world, id, run } = newWorld();
    const hidden = run((ss) => {
      const sheet = ss.getSheets()[0];
      sheet.getRange('A1:D1').setValues([['Nama', 'Tim SAKIP', 'Sidik', 'Besar']]);
      sheet
        .getRange('B2:B3')
        .setNumberFormat('@')
        .setValues([[true], [false]]);
      sheet.getRange('A1').setFontWeight('bold');
      sheet.getRange('D1').setFontFamily('Georgia').setFontSize(14);
      sheet.getRange('C2').setValue('a1b2c3d4');
      sheet.hideColumns(3);
      // a hidden row moves with the rows inserted above it, as in Sheets
      sheet.getRange('A5').setValue('rincian');
      sheet.hideRows(5);
      sheet.insertRowsBefore(2, 1);
      return [
        sheet.isColumnHiddenByUser(3),
        sheet.isColumnHiddenByUser(2),
        sheet.getRange('D3').getValue() === '' && sheet.getRange('C3').getValue(),
        sheet.isRowHiddenByUser(5),
        sheet.isRowHiddenByUser(6),
      ];
    });
    expect(hidden).toEqual([true, false, 'a1b2c3d4', false, true]);
    const path = join(dir, 'huruf.xlsx');
    await exportSpreadsheetToXlsx(world, id, path);
    const ws = (await new ExcelJS.Workbook().xlsx.readFile(path)).worksheets[0];
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Arial', size: 10, bold: true });
    expect(ws.getCell('C3').font).toMatchObject({ name: 'Arial', size: 10 });
    expect(ws.getCell('D1').font).toMatchObject({ name: 'Georgia', size: 14 });
    expect([ws.getCell('B3').value, ws.getCell('B4').value]).toEqual([true, false]);
    expect(ws.getCell('B3').numFmt).toBe('"TRUE";"TRUE";"FALSE"');
    expect([ws.getColumn(3).hidden, ws.getColumn(2).hidden]).toEqual([true, false]);
    expect([ws.getRow(6).hidden, ws.getRow(5).hidden, ws.getCell('A6').value]).toEqual([true, false, 'rincian']);
    // the Normal style, which sizes the columns and styles the empty cells, is Arial 10 too (exceljs writes Calibri 11)
    const styles = await (await JSZip.loadAsync(readFileSync(path))).file('xl/styles.xml')!.async('string');
    expect(styles).toMatch(/<fonts\b[^>]*><font><sz val="10"\/><name val="Arial"\/>/);
    expect(styles).not.toContain('Calibri');
  });

  it('writes values, formulas, formats, layout, notes, merges, validation, conditional formats and protection', async () => {
    const { world, id, run, app } = newWorld({ timeZone: 'Asia/Jakarta' });
    run((ss) => {
      ss.addEditor(UNIT);
      const sheet = ss.getSheets()[0].setName('Rekap');
      sheet
        .getRange('A1:D1')
        .setValues([['Unit', 'Capaian', 'Tanggal', 'Selesai']])
        .setFontWeight('bold');
      sheet
        .getRange('A1:D1')
        .setBackground('#1155CC')
        .setFontColor('#ffffff')
        .setWrap(true)
        .setHorizontalAlignment('center');
      sheet.getRange('A2:C2').setValues([['Dinas A', 0.875, new Date(Date.UTC(2026, 7, 12, 1))]]);
      sheet.getRange('B2').setNumberFormat('0.0%').setNote('dihitung otomatis');
      sheet.getRange('B3').setFormula('=AVERAGE(B2:B2)');
      sheet.getRange('D2').insertCheckboxes();
      sheet
        .getRange('E2')
        .setDataValidation(app.newDataValidation().requireValueInList(['Ya', 'Tidak']).setAllowInvalid(false).build());
      sheet.getRange('A5:D5').merge();
      sheet.setFrozenRows(1);
      sheet.setColumnWidth(1, 210);
      sheet.setConditionalFormatRules([
        app
          .newConditionalFormatRule()
          .whenNumberLessThan(0.6)
          .setBackground('#F4CCCC')
          .setRanges([sheet.getRange('B2:B20')])
          .build(),
      ]);
      sheet
        .protect()
        .removeEditor(UNIT)
        .setUnprotectedRanges([sheet.getRange('E2:E3')]);
      ss.insertSheet('Log').getRange('A1').setValue('mulai');
    });
    const path = join(dir, 'siklus.xlsx');
    await exportSpreadsheetToXlsx(world, id, path);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rekap', 'Log']);
    const ws = wb.getWorksheet('Rekap')!;
    expect(ws.getCell('A2').value).toBe('Dinas A');
    expect(ws.getCell('B2').value).toBe(0.875);
    expect(ws.getCell('B2').numFmt).toBe('0.0%');
    expect(ws.getCell('B2').note).toBe('dihitung otomatis');
    expect((ws.getCell('C2').value as Date).toISOString()).toBe('2026-08-12T08:00:00.000Z');
    expect(ws.getCell('C2').numFmt).toBe('dd/MM/yyyy H:mm:ss');
    expect((ws.getCell('B3').value as ExcelJS.CellFormulaValue).formula).toBe('AVERAGE(B2:B2)');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1155CC' } });
    expect(ws.getCell('A1').alignment).toMatchObject({ wrapText: true, horizontal: 'center' });
    expect(ws.getCell('D2').value).toBe(false);
    expect(ws.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'] });
    expect(ws.getCell('E2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Ya,Tidak"'],
      showErrorMessage: true,
    });
    expect(ws.getCell('B5').isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(30);
    /** members exceljs reads back but does not declare */
    const parsed = ws as unknown as { conditionalFormattings: unknown; sheetProtection: unknown };
    expect(JSON.stringify(parsed.conditionalFormattings)).toContain('"operator":"lessThan"');
    expect(parsed.sheetProtection).toMatchObject({ sheet: true });
    expect(ws.getCell('E2').protection).toMatchObject({ locked: false });
    expect(wb.getWorksheet('Log')!.getCell('A1').value).toBe('mulai');
  });
});
