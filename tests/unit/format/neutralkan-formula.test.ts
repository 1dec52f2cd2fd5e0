import fc from 'fast-check';
import { neutralkanFormula, tampakSepertiFormula } from '../../../src/server/domain/format/neutralkan-formula';
// Characters that start a formula when a value is written into a spreadsheet, per OWASP
// (https://owasp.org/www-community/attacks/CSV_Injection): = + - @ tab and carriage return.
describe('neutralkanFormula', () => {
  test.each(['=HYPERLINK("http://x")', '+1+2', '-1+A1', '@SUM(A1)', '\t=1', '\r=1'])(
    '%j gets a leading apostrophe',
    (teks) => {
      expect(tampakSepertiFormula(teks)).toBe(true);
      expect(neutralkanFormula(teks)).toBe(`'${teks}`);
    },
  );

  test.each(['Persentase desa', ' =1', '', '100', "'=sudah"])('%j is left as it is', (teks) => {
    expect(tampakSepertiFormula(teks)).toBe(false);
    expect(neutralkanFormula(teks)).toBe(teks);
  });

  test('property: the result never starts a formula and only ever adds one apostrophe', () => {
    fc.assert(
      fc.property(fc.string(), (teks) => {
        const hasil = neutralkanFormula(teks);
        expect(tampakSepertiFormula(hasil)).toBe(false);
        expect([teks, `'${teks}`]).toContain(hasil);
      }),
    );
  });
});
