import fc from 'fast-check';
import { kolomBerubah, KOLOM_SIDIK, sidikBaris } from '../../../../src/server/domain/data/validasi/sidik';
import { baris } from '../temuan/bantuan';

describe('sidikBaris / kolomBerubah: the fingerprint of a validated row', () => {
  it('is the same for the same values, whatever their writing (blanks, number as text or as number)', () => {
    const a = baris(2, { target: 1234.5, sasaran: 'Meningkatnya  akuntabilitas kinerja perangkat daerah ' });
    const b = baris(2, { target: '1.234,5' });
    expect(sidikBaris(a)).toBe(sidikBaris(b));
    expect(kolomBerubah(sidikBaris(a), b)).toEqual([]);
    expect(sidikBaris(baris(2, { penjelasan: '-' }))).toBe(sidikBaris(baris(2, { penjelasan: '' })));
  });

  it('names exactly the fields that changed, in form order', () => {
    const sidik = sidikBaris(baris(7));
    expect(kolomBerubah(sidik, baris(7, { realisasi: '90', buktiDukung: 'https://x.id/b' }))).toEqual([
      'realisasi',
      'buktiDukung',
    ]);
    // Tindak Lanjut is printed in the document, so it is validated too
    expect(kolomBerubah(sidik, baris(7, { tindakLanjut: 'rapat ulang' }))).toEqual(['tindakLanjut']);
  });

  it('still reads a version 1 fingerprint, taken without Tindak Lanjut', () => {
    const v2 = sidikBaris(baris(7));
    const v1 = `v1:${v2.slice(3).split('.').slice(0, 8).join('.')}`;
    expect(kolomBerubah(v1, baris(7))).toEqual([]);
    expect(kolomBerubah(v1, baris(7, { realisasi: '90', tindakLanjut: 'rapat ulang' }))).toEqual(['realisasi']);
  });

  it('takes every field as changed when the fingerprint was typed over', () => {
    expect(kolomBerubah('ok', baris(2))).toEqual([...KOLOM_SIDIK]);
    expect(kolomBerubah('v1:abc', baris(2))).toEqual([...KOLOM_SIDIK]);
  });

  it('notices any change of one field (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KOLOM_SIDIK), fc.string({ minLength: 1 }), (kolom, teks) => {
        const asal = baris(3);
        // a letter first: "100" + "%" would still read as the number 100
        const ubah = baris(3, { [kolom]: `${String(asal.cells[kolom])}x${teks.trim()}` });
        expect(kolomBerubah(sidikBaris(asal), ubah)).toEqual([kolom]);
      }),
    );
  });
});
