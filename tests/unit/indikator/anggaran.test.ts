import { hitungSerapan, tentukanEfisiensi } from '../../../src/server/domain/indikator/anggaran';
import { HasilCapaian } from '../../../src/server/domain/indikator/capaian';
const capaian = (nilai: number): HasilCapaian => ({ ok: true, nilai, nilaiMentah: nilai });

describe('hitungSerapan', () => {
  test('realisasi anggaran / pagu × 100', () => {
    expect(hitungSerapan({ pagu: 200_000_000, realisasiAnggaran: 150_000_000 })).toEqual({ ok: true, nilai: 75 });
    expect(hitungSerapan({ pagu: 10, realisasiAnggaran: 0 })).toEqual({ ok: true, nilai: 0 });
    expect(hitungSerapan({ pagu: 10, realisasiAnggaran: 10 })).toEqual({ ok: true, nilai: 100 });
  });

  test.each([
    [{ pagu: null, realisasiAnggaran: 5 }, 'Pagu belum diisi'],
    [{ pagu: 0, realisasiAnggaran: 5 }, 'pembagian dengan nol'],
    [{ pagu: -10, realisasiAnggaran: 5 }, 'Pagu harus lebih dari 0'],
    [{ pagu: NaN, realisasiAnggaran: 5 }, 'Pagu harus lebih dari 0'],
    [{ pagu: 10, realisasiAnggaran: null }, 'Realisasi anggaran belum diisi'],
    [{ pagu: 10, realisasiAnggaran: -1 }, 'tidak boleh negatif'],
    [{ pagu: 10, realisasiAnggaran: 11 }, 'melebihi pagu'],
  ])('%p: %s', (data, alasan) => {
    const hasil = hitungSerapan(data);
    expect(hasil.ok).toBe(false);
    if (!hasil.ok) expect(hasil.reason).toContain(alasan);
  });
});

describe('tentukanEfisiensi: capaian − serapan', () => {
  test.each([
    [100, 90, 'efisien', 10],
    [95.01, 90, 'efisien', 5.01],
    [95, 90, 'cukup efisien', 5],
    [90, 90, 'cukup efisien', 0],
    [85, 90, 'cukup efisien', -5],
    [84.99, 90, 'tidak efisien', -5.01],
    [50, 90, 'tidak efisien', -40],
  ])('capaian %p, serapan %p → %s', (c, s, kategori, selisih) => {
    expect(tentukanEfisiensi(capaian(c), { ok: true, nilai: s })).toEqual({ ok: true, kategori, selisih });
  });

  test('floating point noise at the +5 edge does not tip it to efisien', () => {
    expect(tentukanEfisiensi(capaian(0.1 + 0.2 + 5), { ok: true, nilai: 0.3 })).toMatchObject({
      kategori: 'cukup efisien',
    });
  });

  test('no capaian or no serapan: a reason that says why', () => {
    expect(tentukanEfisiensi({ ok: false, reason: 'Target 0: x' }, { ok: true, nilai: 50 })).toEqual({
      ok: false,
      reason: 'Efisiensi tidak dapat dinilai: Target 0: x',
    });
    expect(tentukanEfisiensi(capaian(90), hitungSerapan({ pagu: 0, realisasiAnggaran: 1 }))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Pagu harus lebih dari 0'),
    });
  });
});
