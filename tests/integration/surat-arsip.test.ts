import { localMs } from '../../src/server/domain/worktime/zone';
import { REAL_ERRORS } from '../emulator/core/faults';
import { runConcurrently } from '../emulator/concurrent/run-concurrently';
import { World } from '../emulator';
import { answerUi } from '../emulator/spreadsheet/ui';
import { LoadedScript, readBuiltFile } from '../harness/script';

/**
 * SOP steps 12–14 through the built Code.js: the cover letter's number from the office's register, the cover letter,
 * the copies and the archive. The office works from its SAKIP workbook, where the cycles are started from the menu.
 */
const SEK_TIM = 'sakip.sekretaris@contoh.go.id';
const ANGGOTA = 'sakip.anggota@contoh.go.id';
const KEPALA = 'kepala@contoh.go.id';
const REGISTER = 'Register Nomor Surat';

type Globals = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
type HasilNomor = { nomor: string; baru: boolean; pesan: string };

/** The office's workbook on Wed 12 Aug 2026 08:30 WIB with its Triwulan II and Triwulan III cycles. */
function kantor() {
  const world = new World(localMs(2026, 8, 12, 8, 30));
  const script = new LoadedScript(world);
  const g = script.context as unknown as Globals;
  // the office shares its workbook with the Tim SAKIP
  const bukuKerja = world.run({ user: SEK_TIM }, () =>
    g.SpreadsheetApp.create('Buku Kerja SAKIP').addEditor(ANGGOTA).getId(),
  );
  const mulai = (periode: string): string => {
    answerUi(world, { button: 'OK', text: periode }, 'YES', { button: 'OK', text: '08.00-08.10' });
    script.call('menuMulaiSiklusBaru', [], { user: SEK_TIM, activeSpreadsheetId: bukuKerja });
    return world.run({ user: SEK_TIM, activeSpreadsheetId: bukuKerja }, () =>
      script.evaluate<string>(
        `PropertiesService.getDocumentProperties().getProperty('siklus:${periode === 'Triwulan II 2026' ? '2026-TW2' : '2026-TW3'}')`,
      ),
    );
  };
  const tw2 = mulai('Triwulan II 2026');
  const tw3 = mulai('Triwulan III 2026');
  /** A sidebar call in cycle `id`, by `user`, at `at` (epoch ms). */
  const panggil = <T>(fn: string, id: string, user: string, at?: number, ...args: unknown[]): T => {
    if (at !== undefined) world.clock.set(at);
    return script.call<T>(fn, [id, ...args], { user, activeSpreadsheetId: id });
  };
  const nilai = (id: string, tab: string): unknown[][] =>
    world.run(
      { user: SEK_TIM },
      () => g.SpreadsheetApp.openById(id).getSheetByName(tab)?.getDataRange().getValues() ?? [],
    );
  const register = () => nilai(bukuKerja, REGISTER);
  const log = (id: string) => nilai(id, 'Log');
  return { world, script, bukuKerja, tw2, tw3, panggil, register, log };
}

const jumat = (jam: number, menit = 0) => localMs(2026, 8, 21, jam, menit);

describe('Nomor surat pengantar from the office register (mintaNomorSurat)', () => {
  it('numbers the cycles of a year in one sequence after the last number issued by hand (365)', () => {
    const k = kantor();
    const a = k.panggil<HasilNomor>('mintaNomorSurat', k.tw2, SEK_TIM, jumat(14));
    const b = k.panggil<HasilNomor>('mintaNomorSurat', k.tw3, SEK_TIM, jumat(14, 5));
    expect([a.nomor, b.nomor]).toEqual(['061.1/366/2026', '061.1/367/2026']);
    expect(a.baru && b.baru).toBe(true);

    const [judul, awal, ...terbit] = k.register();
    expect(judul).toEqual(['Tahun', 'Nomor urut', 'Nomor surat', 'Tanggal', 'Perihal', 'Siklus', 'Diminta oleh', 'ID']);
    expect(awal.slice(0, 3)).toEqual([2026, 365, '']);
    expect(terbit.map((r) => [r[0], r[1], r[2], r[6], r[7]])).toEqual([
      [2026, 366, '061.1/366/2026', SEK_TIM, `surat-pengantar:${k.tw2}`],
      [2026, 367, '061.1/367/2026', SEK_TIM, `surat-pengantar:${k.tw3}`],
    ]);
    expect(terbit[0][4]).toBe('Surat Pengantar Dokumen Pengukuran Kinerja Triwulan II Tahun 2026');

    // the cycle records the number it got; reserved before its document is signed, it starts no step
    const barisNomor = k.log(k.tw2).find((r) => r[5] === 'nomor-surat-pengantar')!;
    expect(barisNomor[4]).toContain('061.1/366/2026');
    expect(k.log(k.tw2).some((r) => r[2] === 'mulai' && r[3] === 12)).toBe(false);
  });

  it('gives a cycle that asks again the same number and adds nothing to the register', () => {
    const k = kantor();
    const a = k.panggil<HasilNomor>('mintaNomorSurat', k.tw2, SEK_TIM, jumat(14));
    const panjang = k.register().length;
    const barisLog = k.log(k.tw2).length;
    const b = k.panggil<HasilNomor>('mintaNomorSurat', k.tw2, ANGGOTA, jumat(15));
    expect(b).toMatchObject({ nomor: a.nomor, baru: false });
    expect(b.pesan).toContain('sudah mendapat nomor');
    expect(k.register()).toHaveLength(panjang);
    expect(k.log(k.tw2)).toHaveLength(barisLog);
  });

  it('gives two cycles asking at the same moment two different numbers (the script lock)', async () => {
    const k = kantor();
    k.world.clock.set(jumat(14));
    const hasil = await runConcurrently(k.world, readBuiltFile('Code.js'), [
      { fn: 'mintaNomorSurat', args: [k.tw2], user: SEK_TIM, activeSpreadsheetId: k.tw2 },
      { fn: 'mintaNomorSurat', args: [k.tw3], user: ANGGOTA, activeSpreadsheetId: k.tw3 },
    ]);
    expect(hasil.map((h) => h.error)).toEqual([undefined, undefined]);
    expect(hasil.map((h) => (h.result as HasilNomor).nomor)).toEqual(['061.1/366/2026', '061.1/367/2026']);
    // each execution reads the world's clock: both numbers are dated at the moment they were asked for
    const terbit = k.register().slice(2);
    expect(terbit.map((r) => [r[1], (r[3] as Date).getTime()])).toEqual([
      [366, jumat(14)],
      [367, jumat(14)],
    ]);
  });

  it('restarts at 1 when the first request of a new year comes, from the year the register holds', () => {
    const k = kantor();
    k.panggil('mintaNomorSurat', k.tw2, SEK_TIM, jumat(14));
    const januari = k.panggil<HasilNomor>('mintaNomorSurat', k.tw3, SEK_TIM, localMs(2027, 1, 6, 9));
    expect(januari.nomor).toBe('061.1/1/2027');
    expect(k.register().at(-1)!.slice(0, 3)).toEqual([2027, 1, '061.1/1/2027']);
  });

  it('neither loses nor repeats a number when a run fails at any call and is run again', () => {
    const bersih = kantor();
    const awal = bersih.world.calls.mark();
    bersih.panggil('mintaNomorSurat', bersih.tw2, SEK_TIM, jumat(14));
    const jumlah = bersih.world.calls.since(awal).length;
    const potret = (k: ReturnType<typeof kantor>) => ({
      register: k.register(),
      log: k.log(k.tw2).map((r) => r.slice(1)),
    });
    const harapan = potret(bersih);
    for (let n = 1; n <= jumlah; n += 4) {
      const k = kantor();
      k.world.clock.set(jumat(14));
      k.world.faults.failAt(k.world.calls.mark() + n, REAL_ERRORS.maxExecutionTime);
      expect(() => k.panggil('mintaNomorSurat', k.tw2, SEK_TIM)).toThrow(REAL_ERRORS.maxExecutionTime);
      expect(k.register().filter((r) => r[2] === '061.1/366/2026').length).toBeLessThanOrEqual(1);
      expect(k.panggil<HasilNomor>('mintaNomorSurat', k.tw2, SEK_TIM).nomor).toBe('061.1/366/2026');
      expect(potret(k)).toEqual(harapan);
    }
  });

  it('refuses anyone outside the Tim SAKIP and issues nothing', () => {
    const k = kantor();
    expect(() => k.panggil('mintaNomorSurat', k.tw2, KEPALA, jumat(14))).toThrow(/kepala@contoh.go.id tidak berwenang/);
    expect(k.register()).toEqual([]);
  });
});
