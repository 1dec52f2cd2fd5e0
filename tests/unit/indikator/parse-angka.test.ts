import fc from 'fast-check';
import { formatAngka } from '../../../src/server/domain/format/bilangan';
import { bulatkan } from '../../../src/server/domain/format/bilangan';
import { parseAngka } from '../../../src/server/domain/indikator/parse-angka';
describe('parseAngka: what people type or a cell holds (Indonesian conventions)', () => {
  test.each([
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['12.5', 12.5],
    ['0.500', 0.5],
    ['1.2345', 1.2345],
    [' 90 ', 90],
    ['\u00a090\u00a0', 90],
    ['0', 0],
    ['-5', -5],
    ['\u22125', -5],
    ['+7', 7],
    ['-0', 0],
    [',5', 0.5],
    ['.5', 0.5],
    ['-12,75', -12.75],
    ['Rp 1.250.000', 1250000],
    ['Rp.1.000,50', 1000.5],
    ['007', 7],
  ])('%j is read as %p', (teks, nilai) => {
    expect(parseAngka(teks)).toEqual({ ok: true, value: nilai });
  });

  test.each([
    ['85%', 85],
    ['85 %', 85],
    ['12,5%', 12.5],
    ['-3%', -3],
  ])('%j keeps its number and says persen', (teks, nilai) => {
    expect(parseAngka(teks)).toEqual({ ok: true, value: nilai, persen: true });
  });

  test('a number held by the cell is taken as it is', () => {
    expect(parseAngka(12.5)).toEqual({ ok: true, value: 12.5 });
    expect(parseAngka(-4)).toEqual({ ok: true, value: -4 });
  });

  test.each([[''], ['   '], ['-'], [' - '], ['\u2013'], ['\u2014'], [null], [undefined]])(
    '%j is kosong, distinct from an error',
    (isi) => {
      expect(parseAngka(isi)).toEqual({ ok: false, kosong: true, reason: 'belum diisi' });
    },
  );

  test.each([
    ['1,234.5', 'format Inggris'],
    ['1,2,3', 'koma lebih dari satu'],
    ['1.23,4', 'pemisah ribuan'],
    ['1.23.4', 'pemisah ribuan'],
    ['12,', 'sesudah koma'],
    ['12.', 'sesudah titik'],
    ['1 234', 'bukan angka'],
    ['abc', 'bukan angka'],
    ['12a', 'bukan angka'],
    ['1e3', 'bukan angka'],
    ['%', 'bukan angka'],
    ['Rp', 'bukan angka'],
    ['--5', 'bukan angka'],
  ])('%j is refused with a reason mentioning %j', (teks, alasan) => {
    const hasil = parseAngka(teks);
    expect(hasil.ok).toBe(false);
    expect(hasil).toMatchObject({ kosong: false });
    if (!hasil.ok) {
      expect(hasil.reason).toContain(alasan);
      expect(hasil.reason).toContain(teks.trim());
    }
  });

  test.each([
    [NaN, 'terhingga'],
    [Infinity, 'terhingga'],
    [true, 'TRUE/FALSE'],
    [new Date(2025, 0, 1), 'tanggal'],
    [{}, 'jenis isian'],
  ])('%p in a cell is refused: %s', (isi, alasan) => {
    const hasil = parseAngka(isi);
    expect(hasil).toMatchObject({ ok: false, kosong: false });
    if (!hasil.ok) expect(hasil.reason).toContain(alasan);
  });

  test('property: an integer written with Indonesian thousands dots reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const ribuan = Math.abs(n)
          .toString()
          .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const teks = `${n < 0 ? '-' : ''}${ribuan}`;
        expect(parseAngka(teks)).toEqual({ ok: true, value: n });
      }),
    );
  });

  test('property: a decimal written with a comma reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (bulat, sen) => {
        const teks = `${bulat},${String(sen).padStart(2, '0')}`;
        expect(parseAngka(teks)).toEqual({ ok: true, value: Number(`${bulat}.${String(sen).padStart(2, '0')}`) });
      }),
    );
  });

  test('property: parseAngka(formatAngka(x)) gives x rounded to 2 decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        expect(parseAngka(formatAngka(x))).toEqual({ ok: true, value: bulatkan(x, 2) });
      }),
      { numRuns: 2000 },
    );
  });

  test('property: any string gives a result with a finite value or a reason', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const hasil = parseAngka(s);
        if (hasil.ok) expect(Number.isFinite(hasil.value)).toBe(true);
        else expect(hasil.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});
