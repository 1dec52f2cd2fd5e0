import { spreadsheetToWorkbook } from './export-xlsx';
import { chartsOf } from './chart';
import { chartSvg } from './chart-svg';
import { spreadsheetState } from './model';
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

describe('a chart in the .xlsx export', () => {
  /** A small table and a chart of it from the given ranges (by default one per column). */
  function tabelDanGrafik(rentang = ['A1:A3', 'B1:B3', 'C1:C3']) {
    const ctx = newWorld();
    ctx.run((ss) => {
      const sheet = ss.getSheets()[0];
      sheet.getRange('A1:C3').setValues([
        ['No', 'Target', 'Durasi'],
        [1, 15, 10],
        [2, 60, 550],
      ]);
      const builder = sheet.newChart().asColumnChart();
      for (const a1 of rentang) builder.addRange(sheet.getRange(a1));
      sheet.insertChart(
        builder.setNumHeaders(1).setOption('title', 'Target vs aktual').setPosition(5, 2, 0, 0).build(),
      );
    });
    return ctx;
  }

  it('is drawn as an SVG column chart: the categories, one bar per value, the series named, round gridlines', () => {
    const { world, id } = tabelDanGrafik();
    const sheet = spreadsheetState(world, id).sheets[0];
    const svg = chartSvg(chartsOf(world, id, sheet.sheetId)[0], sheet);
    expect(svg).toContain('>Target vs aktual</text>');
    // four bars (2 steps × 2 series) and two legend keys; Durasi 550 against a top gridline of 600
    const kotak = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)"/g)];
    expect(kotak.filter((k) => k[1] !== '12')).toHaveLength(4);
    expect(Math.max(...kotak.map((k) => Number(k[2])))).toBeCloseTo((250 * 550) / 600);
    for (const nama of ['Target', 'Durasi', '>1<', '>2<', '>600<']) expect(svg).toContain(nama);
    expect(svg).not.toContain('>800<');
  });

  it('takes one range of several columns as the categories and a series per further column, as Sheets does', () => {
    const { world, id } = tabelDanGrafik(['A1:C3']);
    const sheet = spreadsheetState(world, id).sheets[0];
    const svg = chartSvg(chartsOf(world, id, sheet.sheetId)[0], sheet);
    const kotak = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)"/g)];
    expect(kotak.filter((k) => k[1] !== '12')).toHaveLength(4);
    for (const nama of ['>Target<', '>Durasi<', '>1<', '>2<']) expect(svg).toContain(nama);
  });

  it('cuts a category label too long for its slot with an ellipsis and paints six series in six colours', () => {
    const ctx = newWorld();
    const panjang = 'Persentase dokumen perencanaan dan pelaporan kinerja yang disampaikan tepat waktu';
    ctx.run((ss) => {
      const sheet = ss.getSheets()[0];
      const periode = ['TW I 2025', 'TW II 2025', 'TW III 2025', 'TW IV 2025', 'TW I 2026', 'TW II 2026'];
      sheet.getRange('A1:G3').setValues([
        ['Indikator', ...periode],
        [panjang, 1, 2, 3, 4, 5, 6],
        ['IKM', 6, 5, 4, 3, 2, 1],
      ]);
      sheet.insertChart(sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:G3')).setNumHeaders(1).build());
    });
    const sheet = spreadsheetState(ctx.world, ctx.id).sheets[0];
    const svg = chartSvg(chartsOf(ctx.world, ctx.id, sheet.sheetId)[0], sheet);
    expect(svg).toContain('>IKM<');
    expect(svg).not.toContain(panjang);
    const label = /<text [^>]*>(Persentase[^<]*)<\/text>/.exec(svg)![1];
    expect(label).toMatch(/^Persentase dokumen .*…$/);
    // the slot is half the 380 px plot: about 31 characters of Arial 11 px
    expect(label.length).toBeLessThanOrEqual(31);
    const legend = [...svg.matchAll(/width="12" height="12" fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    expect(new Set(legend).size).toBe(6);
  });

  it('becomes a picture at the chart’s place when the caller can draw one, instead of the note', async () => {
    const { world, id } = tabelDanGrafik();
    const digambar: string[] = [];
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    );
    const workbook = await spreadsheetToWorkbook(world, id, {
      renderChart: async (svg) => (digambar.push(svg), png),
    });
    const ws = workbook.worksheets[0];
    expect(digambar).toHaveLength(1);
    expect(ws.getImages().map((i) => [i.range.tl.nativeRow, i.range.tl.nativeCol])).toEqual([[4, 1]]);
    expect(ws.getCell('B5').value).toBeNull();
    // the print area takes the picture in: 371 px from row 5 is 18 rows of 21 px, 600 px from B is six columns
    expect(ws.pageSetup.printArea).toBe('A1:G23');
    expect((ws as unknown as { rowBreaks: { id: number }[] }).rowBreaks.map((b) => b.id)).toEqual([4]);
  });
});
