/**
 * A letter number asked while the office's Register Nomor Surat tab is first made, the run killed right after the tab
 * is inserted: the retry finishes the tab with its header and the numbers go on in one sequence (issue 16).
 */
import { REAL_ERRORS } from '../emulator/core/faults';
import { matikanSetelah } from '../harness/gangguan';
import { JUDUL_REGISTER, jumat, kantor, SEK_TIM } from './surat-arsip-siklus';

describe('mintaNomorSurat killed while the register tab is made', () => {
  it('the retry writes the header, issues the number once, and the next cycle gets the next number', () => {
    const k = kantor();
    const minta = (di: string, menit: number) =>
      k.panggil('mintaNomorSurat', { oleh: SEK_TIM, pada: jumat(14, menit), di });
    const ada = () => k.sebagai(SEK_TIM, (ss) => ss.getSheetByName('Register Nomor Surat') !== null, k.bukuKerja);
    const mati = matikanSetelah(k.script, k.bukuKerja, () => minta(k.tw2, 0), ada);
    expect(mati.pesan).toBe(REAL_ERRORS.serviceSpreadsheets(k.bukuKerja));
    expect(k.register()).toEqual([['']]);

    expect(minta(k.tw2, 0).nomor).toBe('000.8.6.3/366/2026');
    expect(k.register()[0]).toEqual(JUDUL_REGISTER);
    expect(minta(k.tw3, 5).nomor).toBe('000.8.6.3/367/2026');
    expect(k.register().map((r) => r[2])).toEqual(['Nomor surat', '', '000.8.6.3/366/2026', '000.8.6.3/367/2026']);
  });
});
