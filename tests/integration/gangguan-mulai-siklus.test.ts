/**
 * "Mulai siklus baru" killed right after the cycle spreadsheet is created, before it is registered: the retry takes
 * that spreadsheet rather than leaving it empty in the creator's Drive beside a second one (issue 16).
 */
import { REAL_ERRORS } from '../emulator/core/faults';
import { driveFiles } from '../emulator/drive/registry';
import { uiRecords } from '../emulator/spreadsheet/ui';
import { matikanSetelah } from '../harness/gangguan';
import { buatSiklus } from '../harness/siklus';

const NAMA = 'Pengukuran Kinerja – Triwulan II Tahun 2026 – Dinsospermasdes';

describe('mulaiSiklus killed between creating and registering the cycle', () => {
  it('the retry registers and completes the spreadsheet already made: one cycle spreadsheet, none left over', () => {
    const s = buatSiklus({ mulai: false });
    const berkas = () =>
      driveFiles(s.world)
        .all()
        .filter((f) => f.name === NAMA && !f.trashed);
    const mati = matikanSetelah(
      s.script,
      s.bukuKerja,
      () => s.mulaiSiklus('Triwulan II 2026'),
      () => berkas().length > 0,
    );
    expect(mati.pesan).toBe(REAL_ERRORS.serverError);
    const [sisa] = berkas();
    expect(s.berkasSiklus()).toEqual([]);

    uiRecords(s.world).answers.length = 0;
    expect(s.mulaiSiklus('Triwulan II 2026')).toBe(sisa.id);
    expect(berkas().map((f) => f.id)).toEqual([sisa.id]);
    expect(s.siklusPeriode('2026-TW2').id).toBe(sisa.id);
  });
});
