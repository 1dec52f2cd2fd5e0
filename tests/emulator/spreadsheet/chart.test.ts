import { spreadsheetToWorkbook } from './export-xlsx';
import { chartsOf } from './chart';
import { newWorld } from './test-world';

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart)
 */
describe('embedded charts on a sheet', () => {
  function columnChart(sheet: GoogleAppsScript.Spreadsheet.Sheet) {
    return sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A1:A5'))
      .addRange(sheet.getRange('C1:C5'))
      .setNumHeaders(1)
      .setOption('title', 'Target')
      .setPosition(7, 2, 0, 0)
      .build();
  }

  // getChartId: "... or null if the chart is not in a spreadsheet"; nothing appears before insertChart
  it('keeps a built chart out of the sheet, without an id, until insertChart', () => {
    const { run } = newWorld();
    const [id, before, after] = run((ss) => {
      const sheet = ss.getSheets()[0];
      const chart = columnChart(sheet);
      const idSebelum = chart.getChartId();
      const jumlah = sheet.getCharts().length;
      sheet.insertChart(chart);
      return [
        idSebelum,
        jumlah,
        sheet.getCharts().map((c) => [c.getChartId() !== null, c.getRanges().map((r) => r.getA1Notation())]),
      ];
    });
    expect(id).toBeNull();
    expect(before).toBe(0);
    expect(after).toEqual([[true, ['A1:A5', 'C1:C5']]]);
  });

  // EmbeddedChart.modify + Sheet.updateChart: "Changes made to the chart are not saved until updateChart"
  it('changes an inserted chart only through modify() and updateChart, and removes it with removeChart', () => {
    const { world, id, run } = newWorld();
    run((ss) => {
      const sheet = ss.getSheets()[0];
      sheet.insertChart(columnChart(sheet));
      const diubah = sheet.getCharts()[0].modify().setOption('title', 'Baru').setPosition(2, 2, 0, 0).build();
      expect(chartsOf(world, id, 0)[0].options.title).toBe('Target');
      sheet.updateChart(diubah);
    });
    expect(chartsOf(world, id, 0)).toEqual([
      expect.objectContaining({
        chartType: 'COLUMN',
        numHeaders: 1,
        options: { title: 'Baru' },
        position: { row: 2, column: 2, offsetX: 0, offsetY: 0 },
      }),
    ]);
    run((ss) => ss.getSheets()[0].removeChart(ss.getSheets()[0].getCharts()[0]));
    expect(chartsOf(world, id, 0)).toEqual([]);
  });

  it('counts building a chart as local and inserting it as a write', () => {
    const { world, run } = newWorld();
    run((ss) => ss.getSheets()[0].insertChart(columnChart(ss.getSheets()[0])));
    const cost = (method: string) => world.calls.records.find((c) => c.method === method)?.costClass;
    expect([cost('newChart'), cost('insertChart')]).toEqual(['local', 'write']);
  });

  it('leaves the .xlsx export working on a sheet with a chart, and a note where the chart is', async () => {
    const { world, id, run } = newWorld();
    run((ss) => {
      const sheet = ss.getSheets()[0];
      sheet.getRange('A1:C2').setValues([
        ['No', 'x', 'Target'],
        [1, '', 15],
      ]);
      sheet.insertChart(columnChart(sheet));
    });
    const workbook = await spreadsheetToWorkbook(world, id);
    expect(workbook.worksheets[0].getCell('C2').value).toBe(15);
    expect((await workbook.xlsx.writeBuffer()).byteLength).toBeGreaterThan(0);
    // exceljs writes no chart: the cell at the chart's corner (row 7, column B) says what it is and where it shows
    expect(workbook.worksheets[0].getCell('B7').value).toBe(
      'Grafik kolom "Target" (data A1:A5, C1:C5) tampil di Google Sheets; berkas .xlsx ini tidak memuat grafiknya.',
    );
  });
});
