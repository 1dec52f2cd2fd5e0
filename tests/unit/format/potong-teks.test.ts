import { BATAS_SEL, potongTeks } from '../../../src/server/domain/format/potong-teks';

describe('potongTeks', () => {
  it('keeps text within the limit and marks a cut', () => {
    expect(potongTeks('pendek', 10)).toBe('pendek');
    expect(potongTeks('abcdefghijk', 10)).toBe('abcdefghi…');
    expect(potongTeks('z'.repeat(BATAS_SEL + 1))).toHaveLength(BATAS_SEL);
    expect(potongTeks('z'.repeat(BATAS_SEL))).toBe('z'.repeat(BATAS_SEL));
  });
});
