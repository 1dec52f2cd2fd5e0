import type { IndikatorAwal } from '../../../src/server/domain/formulir/isian-formulir';
import { pasangkanPK } from '../../../src/server/domain/formulir/pasangan-pk';

const pk = (indikator: string): IndikatorAwal => ({
  sasaran: 'S',
  indikator,
  satuan: '%',
  polaritas: 'positif',
  target: 100,
  targetTriwulan: [null, null, null, null],
  metode: 'terakhir',
});
const PK = [pk('Indikator A'), pk('Indikator B'), pk('Indikator C')];
const baris = (rowNumber: number, indikator: string) => ({ rowNumber, indikator });
const nama = (hasil: ReturnType<typeof pasangkanPK>, row: number) => hasil.pkBaris(row)?.indikator;

describe('pasangkanPK', () => {
  it('pairs rows in the order the form was written by position', () => {
    const h = pasangkanPK(
      [baris(2, 'Indikator A'), baris(3, 'Indikator B'), baris(4, 'Indikator C')],
      (b) => b.indikator,
      PK,
    );
    expect([2, 3, 4].map((r) => nama(h, r))).toEqual(['Indikator A', 'Indikator B', 'Indikator C']);
    expect(h.hilang).toEqual([]);
  });

  it('pairs sorted rows by their indicator name, blanks and case aside', () => {
    const h = pasangkanPK(
      [baris(2, ' indikator  c'), baris(3, 'Indikator A'), baris(4, 'Indikator B')],
      (b) => b.indikator,
      PK,
    );
    expect([2, 3, 4].map((r) => nama(h, r))).toEqual(['Indikator C', 'Indikator A', 'Indikator B']);
  });

  it('falls back to the position for a name edited by hand, and names the PK indicators left unpaired', () => {
    const h = pasangkanPK([baris(2, 'Indikator A (diubah)'), baris(4, 'Indikator C')], (b) => b.indikator, PK);
    expect([nama(h, 2), nama(h, 4)]).toEqual(['Indikator A', 'Indikator C']);
    expect(h.hilang).toEqual([1]);
  });

  it('gives an extra row beyond the PK no indicator', () => {
    expect(pasangkanPK([baris(5, 'Indikator D')], (b) => b.indikator, PK).pkBaris(5)).toBeUndefined();
  });
});
