/**
 * A Kabid's mark of several rows killed after its Log row is written, before the form's Validasi cells are: the retry
 * writes the cells and recognises the Log row of the range as its own, so the Log keeps one row for the marking
 * (issue 16, the fault sweep).
 */
import { matikanSetelah } from '../harness/gangguan';
import { agu } from '../harness/kantor';
import { oleh } from '../harness/siklus';
import { KABID, KOL, siklus } from './validasi-siklus';

describe('tandaiBanyakBaris killed after its Log row', () => {
  it('the retry marks the rows and adds no second Log row for them', () => {
    const s = siklus();
    const baris = Array.from({ length: s.barisData('PJRS') }, (_, i) => i + 2);
    const tandai = () => s.panggil('tandaiBanyakBaris', oleh(KABID.PJRS, agu(18, 10)), 'PJRS', baris, 'Valid');
    const dicatat = () => s.log().filter((r) => r.aksi === 'baris-divalidasi');
    matikanSetelah(s.script, s.id, tandai, () => dicatat().length > 0);
    expect(s.sel('PJRS', `${KOL.validasi}2`)).toBe('');

    expect(tandai()).toMatchObject({ berubah: true });
    expect(baris.map((n) => s.sel('PJRS', `${KOL.validasi}${n}`))).toEqual(baris.map(() => 'Valid'));
    expect(dicatat().map((r) => r.id)).toEqual([`baris-divalidasi-PJRS-B2-B${baris[baris.length - 1]}-1`]);
  });
});
