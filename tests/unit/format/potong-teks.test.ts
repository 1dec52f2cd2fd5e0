import { BATAS_SEL, kutipPendek, potongTeks } from '../../../src/server/domain/format/potong-teks';

describe('potongTeks', () => {
  it('keeps text within the limit and marks a cut', () => {
    expect(potongTeks('pendek', 10)).toBe('pendek');
    expect(potongTeks('abcdefghijk', 10)).toBe('abcdefghi…');
    expect(potongTeks('z'.repeat(BATAS_SEL + 1))).toHaveLength(BATAS_SEL);
    expect(potongTeks('z'.repeat(BATAS_SEL))).toBe('z'.repeat(BATAS_SEL));
  });

  it('quotes a value in a message within 60 characters', () => {
    expect(kutipPendek('85 persen')).toBe('"85 persen"');
    expect(kutipPendek('x'.repeat(100))).toBe(`"${'x'.repeat(59)}…"`);
  });
});
