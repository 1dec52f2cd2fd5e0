/**
 * The sidebar's completeness list (dist/Sidebar.html in jsdom, relayed to the built Code.js): read from the summary
 * of the last Rekap, one line per unit, hidden before the first consolidation.
 */
import { JSDOM, type DomDocument } from 'jsdom';
import rekapJson from '../../sheets-templates/tab-rekap.json';
import { bacaIndikator, susunLembarRekap, susunRekap } from '../../src/server/domain/data/rekap';
import { parseTataLetak } from '../../src/server/domain/layout';
import { readBuiltFile } from '../harness/script';
import { ScriptRunRelay } from '../harness/script-run-relay';
import { PENGGUNA, siapkanSiklus, type SiklusContoh } from '../harness/sidebar-fixture';

const REKAP = parseTataLetak(rekapJson, 'sheets-templates/tab-rekap.json');
type Globals = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

async function sampai(cek: () => boolean, ms = 3000): Promise<void> {
  const batas = Date.now() + ms;
  while (!cek()) {
    if (Date.now() > batas) throw new Error(`Kondisi tidak tercapai dalam ${ms} ms: ${cek.toString()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function bukaPanel(siklus: SiklusContoh): Promise<DomDocument> {
  const relay = new ScriptRunRelay(siklus.script, { user: PENGGUNA.sekTim, activeSpreadsheetId: siklus.spreadsheetId });
  const dom = new JSDOM(readBuiltFile('Sidebar.html'), {
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    beforeParse: (window) => relay.installInto(window),
  });
  const doc = dom.window.document;
  await sampai(() => doc.getElementById('isi')!.getAttribute('aria-busy') === 'false');
  return doc;
}

/** A Rekap tab as the consolidation lays it out: SEKRE with 2 of 3 realisasi, PSPFM with none of 1. */
function tulisRekap(siklus: SiklusContoh): void {
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
  const g = siklus.script.context as unknown as Globals;
  siklus.world.run({ user: PENGGUNA.sekTim }, () =>
    g.SpreadsheetApp.openById(siklus.spreadsheetId)
      .insertSheet(REKAP.nama)
      .getRange(1, 1, nilai.length, nilai[0].length)
      .setValues(nilai),
  );
}

describe('sidebar: completeness per unit from the Rekap', () => {
  it("lists each unit with its filled realisasi against its rows, in the Rekap's order", async () => {
    const siklus = siapkanSiklus();
    tulisRekap(siklus);
    const doc = await bukaPanel(siklus);
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
    const doc = await bukaPanel(siapkanSiklus());
    expect(doc.getElementById('bagian-langkah')!.hidden).toBe(false);
    expect(doc.getElementById('bagian-kelengkapan')!.hidden).toBe(true);
    expect(doc.querySelectorAll('#kelengkapan > li')).toHaveLength(0);
  });
});
