import type ExcelJS from 'exceljs';
import { spreadsheetToWorkbook } from '../emulator/spreadsheet/export-xlsx';
import { PRINTABLE_WIDTH_PX } from '../emulator/spreadsheet/print-setup';
import { UNIT } from '../harness/kantor';
import { buatSiklus } from '../harness/siklus';

/** Column widths in the file are characters of 7 px; a printed column is a few pixels wider (its padding). */
const lebarPx = (ws: ExcelJS.Worksheet, c: number) => (ws.getColumn(c).width ?? 100 / 7) * 7 + 5;

function kolomBernama(ws: ExcelJS.Worksheet, judul: string): ExcelJS.Column {
  const sel = (ws.getRow(1).values as unknown[]).indexOf(judul);
  expect(sel).toBeGreaterThan(0);
  return ws.getColumn(sel);
}

/** The cycle spreadsheet as the local run writes it, read as a person opening the .xlsx. */
describe('the cycle spreadsheet exported to .xlsx', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const s = buatSiklus();
    wb = await spreadsheetToWorkbook(s.world, s.id);
  });

  it('writes every cell in a named font of at least 10 pt (Sheets: Arial 10)', () => {
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) =>
          expect([ws.name, cell.font?.name, (cell.font?.size ?? 0) >= 10]).toEqual([ws.name, 'Arial', true]),
        ),
      );
    }
  });

  it('prints every tab landscape at 8 pt or more, its header row on every page', () => {
    for (const ws of wb.worksheets) {
      let lebar = 0;
      for (let c = 1; c <= ws.actualColumnCount; c++) if (!ws.getColumn(c).hidden) lebar += lebarPx(ws, c);
      const skala = Math.min(1, ((ws.pageSetup.fitToWidth ?? 1) * PRINTABLE_WIDTH_PX) / lebar);
      expect([ws.name, ws.pageSetup.orientation, 10 * skala >= 8]).toEqual([ws.name, 'landscape', true]);
      if (ws.views[0]?.state === 'frozen') expect([ws.name, ws.pageSetup.printTitlesRow]).toEqual([ws.name, '1:1']);
    }
  });

  it('hides what is the add-in’s: the forms’ Sidik Validasi and the Log’s action codes, whose words show', () => {
    for (const kode of UNIT)
      expect(kolomBernama(wb.getWorksheet(`Form ${kode}`)!, 'Sidik Validasi (otomatis)').hidden).toBe(true);
    const log = wb.getWorksheet('Log')!;
    expect([kolomBernama(log, 'Aksi').hidden, kolomBernama(log, 'Uraian aksi').hidden]).toEqual([true, false]);
    expect(kolomBernama(log, 'Uraian aksi').values.slice(2, 4)).toEqual(['Siklus dibuat', 'Langkah dimulai']);
  });

  it('shows the Tim SAKIP checkboxes as TRUE / FALSE and says where the Pelacakan chart is', () => {
    const pengaturan = wb.getWorksheet('Pengaturan')!;
    const centang: ExcelJS.Cell[] = [];
    pengaturan.eachRow((row) => row.eachCell((c) => (typeof c.value === 'boolean' ? centang.push(c) : undefined)));
    expect(centang.length).toBeGreaterThan(0);
    for (const c of centang) expect(c.numFmt).toBe('"TRUE";"TRUE";"FALSE"');
    const catatan: string[] = [];
    wb.getWorksheet('Pelacakan SOP')!.eachRow((row) =>
      row.eachCell((c) => (String(c.value).startsWith('Grafik kolom') ? catatan.push(String(c.value)) : undefined)),
    );
    expect(catatan).toHaveLength(1);
  });
});
