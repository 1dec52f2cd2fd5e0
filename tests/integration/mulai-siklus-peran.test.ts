/**
 * Issue 16: who may start a cycle. A period whose registered cycle the caller cannot open is not a fresh start, and a
 * refused start leaves nothing registered, so that the Sek. Tim SAKIP can still start the period afterwards.
 */
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { uiRecords } from '../emulator/spreadsheet/ui';
import { ORANG } from '../harness/kantor';
import { buatSiklus, type Siklus } from '../harness/siklus';

const STAF = ORANG.staf.PJRS;

const registri = (k: Siklus) =>
  k.world.run({ user: ORANG.sekTim, activeSpreadsheetId: k.bukuKerja }, () =>
    k.g.PropertiesService.getDocumentProperties().getProperties(),
  );

/** A start from the workbook's menu by `oleh`; the answers it did not come to ask are dropped. */
function mulaiOleh(k: Siklus, periode: string, oleh: string): () => void {
  return () => {
    try {
      k.mulaiSiklus(periode, { oleh });
    } finally {
      uiRecords(k.world).answers.length = 0;
    }
  };
}

describe('Mulai siklus baru by someone who may not start it', () => {
  it('refuses a period whose cycle, or the cycle before it, the caller cannot open, naming who to ask', () => {
    const k = buatSiklus({ mulai: false, penyuntingBukuKerja: [STAF] });
    k.mulaiSiklus('Triwulan II 2026');
    const tw2 = k.siklusPeriode('2026-TW2').id;
    const sebelum = registri(k);
    const tolak = `tercatat di buku kerja ini (spreadsheet ${tw2}), tetapi tidak dapat Anda buka. Minta Sek. Tim SAKIP`;
    expect(mulaiOleh(k, 'Triwulan II 2026', STAF)).toThrow(`Siklus Triwulan II Tahun 2026 ${tolak}`);
    expect(mulaiOleh(k, 'Triwulan III 2026', STAF)).toThrow(`Siklus Triwulan II Tahun 2026 ${tolak}`);
    expect(registri(k)).toEqual(sebelum);
    expect(k.berkasSiklus('2026-TW3')).toEqual([]);

    k.mulaiSiklus('Triwulan III 2026');
    expect(k.siklusPeriode('2026-TW3').id).toBe(registri(k)['siklus:2026-TW3']);
  });

  it('refuses the first cycle to a listed person whose role cannot record step 2, before anything is registered', () => {
    const k = buatSiklus({ mulai: false, penyuntingBukuKerja: [STAF] });
    expect(mulaiOleh(k, 'Triwulan II 2026', STAF)).toThrow(
      `${STAF} tidak berwenang memulai siklus baru: hanya Sek. Tim Sakip (pelaksana langkah 2) dan Tim SAKIP.`,
    );
    expect(registri(k)).toEqual({});
    expect(k.berkasSiklus('2026-TW2')).toEqual([]);

    k.mulaiSiklus('Triwulan II 2026');
    expect(k.siklusPeriode('2026-TW2').id).toBe(registri(k)['siklus:2026-TW2']);
  });
});

describe('a cycle started before cycles were sealed', () => {
  it('is refused by the sidebar until its period is started again from the workbook, which seals it', () => {
    const k = buatSiklus();
    const berkas = spreadsheetStore(k.world).files.get(k.id)!;
    berkas.developerMetadata = berkas.developerMetadata.filter((m) => m.key !== 'pengukuran-kinerja.segel');
    expect(() => k.panggil('mulaiLangkah', ORANG.anggota, 3)).toThrow(/bukan spreadsheet siklus yang dibuat add-in/);

    mulaiOleh(k, 'Triwulan II 2026', ORANG.sekTim)();
    expect(k.panggil('mulaiLangkah', ORANG.anggota, 3).berubah).toBe(true);
  });
});
