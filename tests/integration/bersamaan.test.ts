import { runConcurrently } from '../emulator/concurrent/run-concurrently';
import { readBuiltFile } from '../harness/script';
import { PENGGUNA, siapkanSiklus } from '../harness/sidebar-fixture';

/**
 * Several people click at the same moment: the built Code.js runs in parallel executions (worker threads) against
 * one emulated world, so only the lock keeps their Log appends from landing on the same row.
 */
describe('simultaneous step actions', () => {
  it('records every click in its own Log row when three people act at once', async () => {
    const siklus = siapkanSiklus();
    const log = () =>
      siklus.world.run({ user: PENGGUNA.sekTim }, () =>
        siklus.script.evaluate<unknown[][]>(
          `SpreadsheetApp.openById(${JSON.stringify(siklus.spreadsheetId)}).getSheetByName('Log').getDataRange().getValues()`,
        ),
      );
    const sebelum = log().length;
    const id = siklus.spreadsheetId;
    const hasil = await runConcurrently(siklus.world, readBuiltFile('Code.js'), [
      { fn: 'selesaiLangkah', args: [id, 4], user: PENGGUNA.sekTim, activeSpreadsheetId: id },
      { fn: 'mulaiLangkah', args: [id, 5], user: PENGGUNA.kepala, activeSpreadsheetId: id },
      { fn: 'mulaiLangkah', args: [id, 6], user: 'sakip.anggota@contoh.go.id', activeSpreadsheetId: id },
    ]);
    expect(hasil.map((h) => h.error)).toEqual([undefined, undefined, undefined]);
    const baru = log().slice(sebelum);
    expect(baru.map((r) => `${r[2]} ${r[3]}`).sort()).toEqual(['mulai 5', 'mulai 6', 'selesai 4']);
    expect(new Set(baru.map((r) => r[5])).size).toBe(3);
  });
});
