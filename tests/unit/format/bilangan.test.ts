import fc from 'fast-check';
import { formatAngka, formatAngkaAtauStrip, formatPersen } from '../../../src/server/domain/format/bilangan';
describe('Indonesian number notation', () => {
  it('groups thousands with dots and separates decimals with a comma', () => {
    expect(formatAngka(1234.56)).toBe('1.234,56');
    expect(formatAngka(1234567890)).toBe('1.234.567.890');
    expect(formatAngka(0)).toBe('0');
    expect(formatAngka(999)).toBe('999');
    expect(formatAngka(1000)).toBe('1.000');
  });

  it('drops trailing zeros down to the minimum and pads up to it', () => {
    expect(formatAngka(87.5)).toBe('87,5');
    expect(formatAngka(100)).toBe('100');
    expect(formatAngka(87.5, { minimumDesimal: 2 })).toBe('87,50');
    expect(formatAngka(100, { minimumDesimal: 2, maksimumDesimal: 2 })).toBe('100,00');
  });

  it('rounds half away from zero on the decimal value as written', () => {
    expect(formatAngka(1.005)).toBe('1,01');
    expect(formatAngka(2.675)).toBe('2,68');
    expect(formatAngka(-1.005)).toBe('-1,01');
    expect(formatAngka(97.857142, { maksimumDesimal: 2 })).toBe('97,86');
    expect(formatAngka(0.5, { maksimumDesimal: 0 })).toBe('1');
    expect(formatAngka(1999.999)).toBe('2.000');
  });

  it('writes negatives with a leading minus and never "-0"', () => {
    expect(formatAngka(-1234.5)).toBe('-1.234,5');
    expect(formatAngka(-0.001)).toBe('0');
    expect(formatAngka(-0)).toBe('0');
  });

  it('handles very small and large magnitudes', () => {
    expect(formatAngka(1e-7, { maksimumDesimal: 7 })).toBe('0,0000001');
    expect(formatAngka(1e-7)).toBe('0');
    expect(formatAngka(12_500_000_000.25)).toBe('12.500.000.000,25');
  });

  it('refuses non-finite values and bad decimal settings', () => {
    expect(() => formatAngka(NaN)).toThrow('Bukan bilangan');
    expect(() => formatAngka(Infinity)).toThrow('Bukan bilangan');
    expect(() => formatAngka(1, { maksimumDesimal: 1.5 })).toThrow('Jumlah desimal');
    expect(() => formatAngka(1, { maksimumDesimal: -1 })).toThrow('Jumlah desimal');
  });

  it('writes percent right after the number, two decimals by default', () => {
    expect(formatPersen(87.5)).toBe('87,50%');
    expect(formatPersen(150, { maksimumDesimal: 0 })).toBe('150%');
  });

  it('writes "-" for a missing value', () => {
    expect(formatAngkaAtauStrip(null)).toBe('-');
    expect(formatAngkaAtauStrip(12.3)).toBe('12,3');
  });

  it('agrees with Intl id-ID for the same rounding of integers and cents (property)', () => {
    const intl = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        // exact cent values: no rounding ambiguity, so both must write the same text
        const value = cents / 100;
        expect(formatAngka(value, { minimumDesimal: 2 })).toBe(intl.format(value).replace('\u2212', '-'));
      }),
    );
  });

  it('never shows more than the maximum decimals and reads back close to the value (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, maks) => {
        const text = formatAngka(value, { maksimumDesimal: maks });
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d+)?$/);
        const fraction = text.split(',')[1] ?? '';
        expect(fraction.length).toBeLessThanOrEqual(maks);
        const back = Number(text.replace(/\./g, '').replace(',', '.'));
        expect(Math.abs(back - value)).toBeLessThanOrEqual(0.5 * 10 ** -maks * (1 + 1e-9) + Math.abs(value) * 1e-15);
      }),
    );
  });
});
