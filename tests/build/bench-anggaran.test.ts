import { anggaranDari, periksaAnggaran, type Anggaran } from '../../scripts/bench/anggaran';
import { susunHasil } from '../../scripts/bench/hasil';

/** Results of one action at the small size: measured, or failed with `gagal`. */
const hasil = (aksi: string, h: { panggilan: number; detik: number } | { gagal: string }) =>
  susunHasil({
    kecil: [
      'gagal' in h
        ? { aksi, gagal: h.gagal, panggilan: 3, detik: 1 }
        : { aksi, pulangPergi: h.panggilan, batasBawah: 1, ...h },
    ],
  });

describe('the bench budget', () => {
  const anggaran: Anggaran = {
    _keterangan: '',
    buatDokumen: { kecil: { diketahuiGagal: 'Too many changes applied before saving document' } },
    konsolidasi: { kecil: { panggilan: 100, detik: 5 } },
  };

  it('passes a measurement within its budget and a failure known at that size', () => {
    expect(periksaAnggaran(hasil('konsolidasi', { panggilan: 100, detik: 5 }), anggaran)).toEqual([]);
    const dikenal = hasil('buatDokumen', { gagal: 'Too many changes applied before saving document.\nlagi' });
    expect(periksaAnggaran(dikenal, anggaran)).toEqual([]);
  });

  it('names a breach, a new failure, an action without budget and a known failure that no longer fails', () => {
    expect(periksaAnggaran(hasil('konsolidasi', { panggilan: 101, detik: 5 }), anggaran)).toEqual([
      'konsolidasi (kecil): 101 panggilan / 5 s, anggaran 100 / 5 s',
    ]);
    expect(periksaAnggaran(hasil('konsolidasi', { gagal: 'Exceeded maximum execution time' }), anggaran)).toEqual([
      'konsolidasi (kecil): gagal baru: Exceeded maximum execution time',
    ]);
    expect(periksaAnggaran(hasil('arsipkanSiklus', { panggilan: 1, detik: 1 }), anggaran)).toEqual([
      'arsipkanSiklus (kecil): tidak ada anggaran di bench/budget.json',
    ]);
    expect(periksaAnggaran(hasil('buatDokumen', { panggilan: 1, detik: 1 }), anggaran)).toEqual([
      'buatDokumen (kecil): tidak gagal lagi ("Too many changes applied before saving document"); tetapkan anggarannya',
    ]);
  });

  it('is set from a measurement with +5 % calls and +10 % seconds, a failure by its first line', () => {
    expect(anggaranDari(hasil('konsolidasi', { panggilan: 200, detik: 10 }), 'k')).toEqual({
      _keterangan: 'k',
      konsolidasi: { kecil: { panggilan: 210, detik: 11 } },
    });
    expect(anggaranDari(hasil('x', { gagal: 'Satu.\nDua.' }), 'k').x).toEqual({ kecil: { diketahuiGagal: 'Satu.' } });
  });
});
