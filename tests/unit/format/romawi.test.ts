import { angkaRomawi, bulanRomawi } from '../../../src/server/domain/format/romawi';
describe('Roman numerals', () => {
  it('writes the twelve months as used in letter numbers', () => {
    const months = Array.from({ length: 12 }, (_, i) => bulanRomawi(i + 1));
    expect(months).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
  });

  it('refuses a month outside 1–12', () => {
    expect(() => bulanRomawi(0)).toThrow('Bulan harus 1–12, tertulis 0.');
    expect(() => bulanRomawi(13)).toThrow('Bulan harus 1–12');
    expect(() => bulanRomawi(2.5)).toThrow('Bulan harus 1–12');
  });

  it('writes larger numbers with subtractive pairs', () => {
    expect(angkaRomawi(2026)).toBe('MMXXVI');
    expect(angkaRomawi(1994)).toBe('MCMXCIV');
    expect(angkaRomawi(3999)).toBe('MMMCMXCIX');
    expect(() => angkaRomawi(4000)).toThrow('1–3999');
  });
});
