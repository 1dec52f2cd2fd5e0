import fc from 'fast-check';
import { barisSeimbang, kopBlocks } from '../../../src/server/domain/naskah/kop';

describe('barisSeimbang: a kop line never leaves a word alone', () => {
  it('breaks a long office name into balanced lines', () => {
    expect(barisSeimbang('DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DAN DESA', 40)).toEqual([
      'DINAS SOSIAL DAN PEMBERDAYAAN',
      'MASYARAKAT DAN DESA',
    ]);
    expect(barisSeimbang('DINAS KESEHATAN', 40)).toEqual(['DINAS KESEHATAN']);
    expect(barisSeimbang('A'.repeat(45), 40)).toEqual(['A'.repeat(45)]);
    expect(barisSeimbang('  ', 40)).toEqual([]);
  });

  it('keeps every word in order, in as few lines as fit, the widest as narrow as it can be', () => {
    const kata = fc.array(fc.stringMatching(/^[A-Z]{1,12}$/), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(kata, fc.integer({ min: 12, max: 50 }), (k, maks) => {
        const baris = barisSeimbang(k.join(' '), maks);
        expect(baris.join(' ')).toBe(k.join(' '));
        expect(baris.every((b) => b.length <= maks || !b.includes(' '))).toBe(true);
        const lebar = Math.max(...baris.map((b) => b.length));
        expect(lebar).toBeLessThanOrEqual(Math.max(maks, ...k.map((w) => w.length)));
      }),
    );
  });

  it('closes the kop with a double rule', () => {
    const kop = kopBlocks({ pemerintah: 'PEMERINTAH KABUPATEN BANYUMAS', instansi: ['DINAS X'], alamat: 'Jalan' });
    expect(kop.at(-1)).toEqual({ kind: 'rule', ganda: true });
  });
});
