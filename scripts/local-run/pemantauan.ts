/**
 * The office's SAKIP workbook once the scenario's cycle is archived: the Sek. Tim SAKIP rebuilds its Monitoring SOP
 * and Tren Kinerja tabs for 2026 from the cycles played (2025 and 2026: the trend reads the year before), and the
 * workbook is written to out/.
 */
import { join } from 'node:path';
import { exportSpreadsheetToXlsx } from '../../tests/emulator/spreadsheet';
import type { Siklus } from '../../tests/harness/siklus';
import { svgKePng } from '../../tests/harness/svg-png';
import { OUT } from './waktu';

export async function eksporPemantauan(s: Siklus): Promise<{ berkas: string; pesan: string }> {
  const { pesan } = s.jalankan('bangunMonitoringSop', { user: s.pemilik, activeSpreadsheetId: s.bukuKerja }, 2026);
  const berkas = join(OUT, 'buku-kerja-sakip.xlsx');
  await exportSpreadsheetToXlsx(s.world, s.bukuKerja, berkas, { renderChart: svgKePng });
  return { berkas, pesan };
}
