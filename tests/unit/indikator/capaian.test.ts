import { PENGATURAN_CAPAIAN_BAWAAN } from '../../../src/server/domain/templat';
import fc from 'fast-check';
import { hitungCapaian } from '../../../src/server/domain/indikator/capaian';
import { KebijakanCapaian } from '../../../src/server/domain/indikator/pengaturan-capaian';
const A_TANPA: KebijakanCapaian = { varianNegatif: 'A', capping: 'tanpa' };
const B_TANPA: KebijakanCapaian = { varianNegatif: 'B', capping: 'tanpa' };

describe('hitungCapaian', () => {
  test('positive polarity: R / T × 100', () => {
    expect(hitungCapaian({ target: 70, realisasi: 68.5, polaritas: 'positif' }, A_TANPA)).toEqual({
      ok: true,
      nilai: (68.5 / 70) * 100,
      nilaiMentah: (68.5 / 70) * 100,
    });
  });

  test('negative polarity, T=8 R=4: variant A gives 150, variant B gives 200', () => {
    expect(hitungCapaian({ target: 8, realisasi: 4, polaritas: 'negatif' }, A_TANPA)).toEqual({
      ok: true,
      nilai: 150,
      nilaiMentah: 150,
    });
    expect(hitungCapaian({ target: 8, realisasi: 4, polaritas: 'negatif' }, B_TANPA)).toEqual({
      ok: true,
      nilai: 200,
      nilaiMentah: 200,
    });
  });

  test('default policy (from sheets-templates/pengaturan-capaian.json) is variant A with floor 0', () => {
    expect(hitungCapaian({ target: 8, realisasi: 4, polaritas: 'negatif' }, PENGATURAN_CAPAIAN_BAWAAN)).toMatchObject({
      nilai: 150,
    });
    expect(hitungCapaian({ target: 10, realisasi: 25, polaritas: 'negatif' }, PENGATURAN_CAPAIAN_BAWAAN)).toEqual({
      ok: true,
      nilai: 0,
      nilaiMentah: -50,
    });
  });

  describe('capping', () => {
    const negatifBesar = { target: 10, realisasi: 25, polaritas: 'negatif' as const }; // A: -50
    const positifBesar = { target: 10, realisasi: 25, polaritas: 'positif' as const }; // 250
    test("'tanpa' keeps the raw value", () => {
      expect(hitungCapaian(negatifBesar, A_TANPA)).toEqual({ ok: true, nilai: -50, nilaiMentah: -50 });
      expect(hitungCapaian(positifBesar, A_TANPA)).toEqual({ ok: true, nilai: 250, nilaiMentah: 250 });
    });
    test("'lantai-0' lifts negatives to 0 and leaves high values", () => {
      const k: KebijakanCapaian = { varianNegatif: 'A', capping: 'lantai-0' };
      expect(hitungCapaian(negatifBesar, k)).toEqual({ ok: true, nilai: 0, nilaiMentah: -50 });
      expect(hitungCapaian(positifBesar, k)).toEqual({ ok: true, nilai: 250, nilaiMentah: 250 });
    });
    test("'batas-0-200' clamps both ends and shows the raw value", () => {
      const k: KebijakanCapaian = { varianNegatif: 'A', capping: 'batas-0-200' };
      expect(hitungCapaian(negatifBesar, k)).toEqual({ ok: true, nilai: 0, nilaiMentah: -50 });
      expect(hitungCapaian(positifBesar, k)).toEqual({ ok: true, nilai: 200, nilaiMentah: 250 });
      expect(hitungCapaian({ target: 10, realisasi: 9, polaritas: 'positif' }, k)).toEqual({
        ok: true,
        nilai: 90,
        nilaiMentah: 90,
      });
    });
  });

  describe('no number can be computed: a reason, never a division by zero', () => {
    test.each([
      [{ target: 0, realisasi: 5, polaritas: 'positif' as const }, A_TANPA, 'Target 0'],
      [{ target: 0, realisasi: 5, polaritas: 'negatif' as const }, B_TANPA, 'Target 0'],
      [{ target: null, realisasi: 5, polaritas: 'positif' as const }, A_TANPA, 'Target belum diisi'],
      [{ target: -3, realisasi: 5, polaritas: 'positif' as const }, A_TANPA, 'Target negatif'],
      [{ target: NaN, realisasi: 5, polaritas: 'positif' as const }, A_TANPA, 'Target bukan angka'],
      [{ target: 5, realisasi: null, polaritas: 'positif' as const }, A_TANPA, 'Realisasi belum diisi'],
      [{ target: 5, realisasi: Infinity, polaritas: 'positif' as const }, A_TANPA, 'Realisasi bukan angka'],
      [{ target: 5, realisasi: 0, polaritas: 'negatif' as const }, B_TANPA, 'Realisasi 0'],
      [{ target: 5, realisasi: -1, polaritas: 'negatif' as const }, B_TANPA, 'Realisasi negatif'],
      [{ target: 1e-300, realisasi: 1e300, polaritas: 'positif' as const }, A_TANPA, 'terlalu besar'],
    ])('%p under %p: %s', (data, kebijakan, alasan) => {
      const hasil = hitungCapaian(data, kebijakan);
      expect(hasil.ok).toBe(false);
      if (!hasil.ok) expect(hasil.reason).toContain(alasan);
    });

    test('realisasi 0 is fine for positive polarity and for variant A', () => {
      expect(hitungCapaian({ target: 5, realisasi: 0, polaritas: 'positif' }, B_TANPA)).toMatchObject({ nilai: 0 });
      expect(hitungCapaian({ target: 5, realisasi: 0, polaritas: 'negatif' }, A_TANPA)).toMatchObject({ nilai: 200 });
    });
  });

  test('property: the result is a finite number or a reason, for any inputs and policy', () => {
    const angka = fc.option(fc.double(), { nil: null });
    fc.assert(
      fc.property(
        angka,
        angka,
        fc.constantFrom('positif' as const, 'negatif' as const),
        fc.constantFrom('A' as const, 'B' as const),
        fc.constantFrom('tanpa' as const, 'lantai-0' as const, 'batas-0-200' as const),
        (target, realisasi, polaritas, varianNegatif, capping) => {
          const hasil = hitungCapaian({ target, realisasi, polaritas }, { varianNegatif, capping });
          if (hasil.ok) {
            expect(Number.isFinite(hasil.nilai)).toBe(true);
            expect(Number.isFinite(hasil.nilaiMentah)).toBe(true);
            if (capping !== 'tanpa') expect(hasil.nilai).toBeGreaterThanOrEqual(0);
            if (capping === 'batas-0-200') expect(hasil.nilai).toBeLessThanOrEqual(200);
          } else {
            expect(hasil.reason.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
