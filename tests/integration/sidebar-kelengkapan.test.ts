/**
 * The sidebar's completeness list (dist/Sidebar.html in jsdom, relayed to the built Code.js): read from the summary
 * of the last Rekap, one line per unit, hidden before the first consolidation.
 */
import rekapJson from '../../sheets-templates/tab-rekap.json';
import { bacaIndikator } from '../../src/server/domain/data/rekap/baca-indikator';
import { susunLembarRekap } from '../../src/server/domain/data/rekap/lembar-rekap';
import { susunRekap } from '../../src/server/domain/data/rekap/susun-rekap';
import { parseTataLetak } from '../../src/server/domain/layout';
import { ORANG } from '../harness/kantor';
import { bukaPanel } from '../harness/panel-jsdom';
import type { Siklus } from '../harness/siklus';
import { siklusBerjalan } from '../harness/sidebar-fixture';

const REKAP = parseTataLetak(rekapJson, 'sheets-templates/tab-rekap.json');

/** The Rekap tab as the consolidation lays it out: SEKRE with 2 of 3 realisasi, PSPFM with none of 1. */
function tulisRekap(siklus: Siklus): void {
  const baris = (unit: string, rowNumber: number, realisasi: unknown) =>
    bacaIndikator({
      unit,
      tab: `Form ${unit}`,
      rowNumber,
      cells: { indikator: `I${rowNumber}`, satuan: '%', polaritas: 'positif', target: 100, realisasi },
    })!;
  const rekap = susunRekap(
    [baris('SEKRE', 2, 90), baris('SEKRE', 3, ''), baris('SEKRE', 4, 70), baris('PSPFM', 2, '')],
    {
      urutanUnit: ['SEKRE', 'PSPFM'],
    },
  );
  const { nilai } = susunLembarRekap(rekap, REKAP);
  siklus.sebagai(ORANG.sekTim, (ss) =>
    ss.getSheetByName(REKAP.nama)!.getRange(1, 1, nilai.length, nilai[0].length).setValues(nilai),
  );
}

describe('sidebar: completeness per unit from the Rekap', () => {
  it("lists each unit with its filled realisasi against its rows, in the Rekap's order", async () => {
    const siklus = siklusBerjalan();
    tulisRekap(siklus);
    const { doc } = await bukaPanel(siklus, ORANG.sekTim);
    expect(doc.getElementById('bagian-kelengkapan')!.hidden).toBe(false);
    const baris = [...doc.querySelectorAll('#kelengkapan > li')].map((li) => [
      li.querySelector('.unit')!.textContent,
      li.querySelector('.jumlah')!.textContent,
      li.querySelector('.bar > span')!.style.width,
    ]);
    expect(baris).toEqual([
      ['SEKRE', '2 dari 3', '67%'],
      ['PSPFM', '0 dari 1', '0%'],
    ]);
  });

  it('shows no completeness section before the first consolidation', async () => {
    const { doc } = await bukaPanel(siklusBerjalan(), ORANG.sekTim);
    expect(doc.getElementById('bagian-langkah')!.hidden).toBe(false);
    expect(doc.getElementById('bagian-kelengkapan')!.hidden).toBe(true);
    expect(doc.querySelectorAll('#kelengkapan > li')).toHaveLength(0);
  });
});
