import { ORANG } from '../harness/kantor';
import { tugas } from '../harness/panggil';
import { siklusBerjalan } from '../harness/sidebar-fixture';

/**
 * Several people click at the same moment: the built Code.js runs in parallel executions (worker threads) against
 * one emulated world, so only the lock keeps their Log appends from landing on the same row.
 */
describe('simultaneous step actions', () => {
  it('records every click in its own Log row when three people act at once', async () => {
    const siklus = siklusBerjalan();
    const sebelum = siklus.log().length;
    const id = siklus.id;
    const di = (user: string) => ({ user, activeSpreadsheetId: id });
    const hasil = await siklus.bersamaan(
      tugas('selesaiLangkah', di(ORANG.sekTim), id, 4),
      tugas('mulaiLangkah', di(ORANG.kepala), id, 5),
      tugas('mulaiLangkah', di(ORANG.anggota), id, 6),
    );
    expect(hasil.map((h) => h.error)).toEqual([undefined, undefined, undefined]);
    const baru = siklus.log().slice(sebelum);
    expect(baru.map((r) => `${r.aksi} ${r.langkah}`).sort()).toEqual(['mulai 5', 'mulai 6', 'selesai 4']);
    expect(new Set(baru.map((r) => r.id)).size).toBe(3);
  });
});
