/** SOP step 12: the cover letter's number from the office's Register Nomor Surat (mintaNomorSurat). */
import { localMs } from '../../src/server/domain/zona-waktu';
import { REAL_ERRORS } from '../emulator/core/faults';
import { tanpaWaktu } from '../harness/log';
import { tugas } from '../harness/panggil';
import { barisBernama } from '../harness/tabel';
import { ANGGOTA, JUDUL_REGISTER, jumat, kantor, KEPALA, SEK_TIM } from './surat-arsip-siklus';

describe('Nomor surat pengantar from the office register (mintaNomorSurat)', () => {
  it('numbers the cycles of a year in one sequence after the last number issued by hand (365)', () => {
    const k = kantor();
    const a = k.panggil('mintaNomorSurat', { oleh: SEK_TIM, pada: jumat(14), di: k.tw2 });
    const b = k.panggil('mintaNomorSurat', { oleh: SEK_TIM, pada: jumat(14, 5), di: k.tw3 });
    expect([a.nomor, b.nomor]).toEqual(['000.8.6.3/366/2026', '000.8.6.3/367/2026']);
    expect(a.baru && b.baru).toBe(true);

    expect(k.register()[0]).toEqual(JUDUL_REGISTER);
    const [awal, ...terbit] = barisBernama(k.register());
    expect(awal).toMatchObject({ Tahun: 2026, 'Nomor urut': 365, 'Nomor surat': '' });
    expect(terbit.map((r) => [r.Tahun, r['Nomor urut'], r['Nomor surat'], r['Diminta oleh'], r.ID])).toEqual([
      [2026, 366, '000.8.6.3/366/2026', SEK_TIM, `surat-pengantar:${k.tw2}`],
      [2026, 367, '000.8.6.3/367/2026', SEK_TIM, `surat-pengantar:${k.tw3}`],
    ]);
    expect(terbit[0].Perihal).toBe('Surat Pengantar Dokumen Pengukuran Kinerja Triwulan II Tahun 2026');

    // the cycle records the number it got; reserved before its document is signed, it starts no step
    const barisNomor = k.log(k.tw2).find((r) => r.id === 'nomor-surat-pengantar')!;
    expect(barisNomor.rincian).toContain('000.8.6.3/366/2026');
    expect(k.log(k.tw2).some((r) => r.aksi === 'mulai' && r.langkah === 12)).toBe(false);
  });

  it('gives a cycle that asks again the same number and adds nothing to the register', () => {
    const k = kantor();
    const a = k.panggil('mintaNomorSurat', { oleh: SEK_TIM, pada: jumat(14), di: k.tw2 });
    const panjang = k.register().length;
    const barisLog = k.log(k.tw2).length;
    const b = k.panggil('mintaNomorSurat', { oleh: ANGGOTA, pada: jumat(15), di: k.tw2 });
    expect(b).toMatchObject({ nomor: a.nomor, baru: false });
    expect(b.pesan).toContain('sudah mendapat nomor');
    expect(k.register()).toHaveLength(panjang);
    expect(k.log(k.tw2)).toHaveLength(barisLog);
  });
});

describe('Nomor surat pengantar from the office register (mintaNomorSurat)', () => {
  it('gives two cycles asking at the same moment two different numbers (the script lock)', async () => {
    const k = kantor();
    k.world.clock.set(jumat(14));
    const hasil = await k.bersamaan(
      tugas('mintaNomorSurat', { user: SEK_TIM, activeSpreadsheetId: k.tw2 }, k.tw2),
      tugas('mintaNomorSurat', { user: ANGGOTA, activeSpreadsheetId: k.tw3 }, k.tw3),
    );
    expect(hasil.map((h) => h.error)).toEqual([undefined, undefined]);
    expect(hasil.map((h) => h.result?.nomor)).toEqual(['000.8.6.3/366/2026', '000.8.6.3/367/2026']);
    // each execution reads the world's clock: both numbers are dated at the moment they were asked for
    const terbit = barisBernama(k.register()).slice(1);
    expect(terbit.map((r) => [r['Nomor urut'], r.Tanggal])).toEqual([
      [366, jumat(14)],
      [367, jumat(14)],
    ]);
  });

  it('restarts at 1 when the first request of a new year comes, from the year the register holds', () => {
    const k = kantor();
    k.panggil('mintaNomorSurat', { oleh: SEK_TIM, pada: jumat(14), di: k.tw2 });
    const januari = k.panggil('mintaNomorSurat', { oleh: SEK_TIM, pada: localMs(2027, 1, 6, 9), di: k.tw3 });
    expect(januari.nomor).toBe('000.8.6.3/1/2027');
    expect(k.register().at(-1)!.slice(0, 3)).toEqual([2027, 1, '000.8.6.3/1/2027']);
  });
});

describe('Nomor surat pengantar from the office register (mintaNomorSurat)', () => {
  it('neither loses nor repeats a number when a run fails at any call and is run again', () => {
    const bersih = kantor();
    const awal = bersih.world.calls.mark();
    bersih.panggil('mintaNomorSurat', { oleh: SEK_TIM, pada: jumat(14), di: bersih.tw2 });
    const jumlah = bersih.world.calls.since(awal).length;
    const potret = (k: ReturnType<typeof kantor>) => ({
      register: k.register(),
      log: tanpaWaktu(k.log(k.tw2)),
    });
    const harapan = potret(bersih);
    for (let n = 1; n <= jumlah; n += 4) {
      const k = kantor();
      k.world.clock.set(jumat(14));
      k.world.faults.failAt(k.world.calls.mark() + n, REAL_ERRORS.maxExecutionTime);
      expect(() => k.panggil('mintaNomorSurat', { oleh: SEK_TIM, di: k.tw2 })).toThrow(REAL_ERRORS.maxExecutionTime);
      expect(
        barisBernama(k.register()).filter((r) => r['Nomor surat'] === '000.8.6.3/366/2026').length,
      ).toBeLessThanOrEqual(1);
      expect(k.panggil('mintaNomorSurat', { oleh: SEK_TIM, di: k.tw2 }).nomor).toBe('000.8.6.3/366/2026');
      expect(potret(k)).toEqual(harapan);
    }
  });

  it('refuses anyone outside the Tim SAKIP and issues nothing', () => {
    const k = kantor();
    expect(() => k.panggil('mintaNomorSurat', { oleh: KEPALA, pada: jumat(14), di: k.tw2 })).toThrow(
      /kepala@contoh.go.id tidak berwenang/,
    );
    expect(k.register()).toEqual([]);
  });
});
