import { a1Of } from './a1';
import type { ChartState } from './chart';

/**
 * exceljs writes no charts (https://github.com/exceljs/exceljs/issues/141), so an exported tab says where its chart is
 * instead: the cell at the chart's top-left corner names the chart, its data and that it shows in Google Sheets.
 */
const JENIS_GRAFIK: Readonly<Record<string, string>> = {
  COLUMN: 'kolom',
  BAR: 'batang',
  LINE: 'garis',
  PIE: 'lingkaran',
};

export function chartNote(chart: ChartState): string {
  const jenis = JENIS_GRAFIK[chart.chartType] ?? chart.chartType.toLowerCase();
  const judul = typeof chart.options.title === 'string' ? ` "${chart.options.title}"` : '';
  const data = chart.ranges.map((r) => a1Of(r.grid)).join(', ');
  return `Grafik ${jenis}${judul} (data ${data}) tampil di Google Sheets; berkas .xlsx ini tidak memuat grafiknya.`;
}
