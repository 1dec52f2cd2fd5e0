import pengaturanJson from '../../../sheets-templates/pengaturan-capaian.json';
import { muatPengaturanCapaian } from '../../../src/server/domain/indikator/pengaturan-capaian';
import { bulatkan } from '../../../src/server/domain/format/bilangan';
import { PENGATURAN_CAPAIAN_BAWAAN } from '../../../src/server/domain/templat';

describe('muatPengaturanCapaian', () => {
  test('the shipped defaults: variant A, floor 0, reasonable range 50–150', () => {
    expect(PENGATURAN_CAPAIAN_BAWAAN).toMatchObject({
      varianNegatif: 'A',
      capping: 'lantai-0',
      rentangWajar: { min: 50, max: 150 },
    });
    expect(PENGATURAN_CAPAIAN_BAWAAN.satuanDikenal).toContain('%');
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case breaks a JSON copy into an invalid shape
  test.each<[string, (p: any) => void, string]>([
    ['unknown variant', (p) => (p.varianNegatif = 'C'), '"varianNegatif" harus "A" atau "B"'],
    ['unknown capping', (p) => (p.capping = 'maks-100'), '"capping" harus salah satu dari "tanpa"'],
    ['range reversed', (p) => (p.rentangWajar = { min: 150, max: 50 }), '"rentangWajar" harus'],
    ['range missing', (p) => delete p.rentangWajar, '"rentangWajar" harus'],
    ['range not finite', (p) => (p.rentangWajar = { min: 0, max: Infinity }), '"rentangWajar" harus'],
    ['satuan not a list', (p) => (p.satuanDikenal = '%'), '"satuanDikenal" harus'],
    ['empty satuan', (p) => p.satuanDikenal.push(' '), '"satuanDikenal" harus'],
  ])('%s is refused', (_n, rusak, pesan) => {
    const p = JSON.parse(JSON.stringify(pengaturanJson));
    rusak(p);
    expect(() => muatPengaturanCapaian(p, 'p.json')).toThrow(pesan);
    expect(() => muatPengaturanCapaian(p, 'p.json')).toThrow('Pengaturan capaian di p.json tidak sah');
  });

  test('not an object lists every problem', () => {
    expect(() => muatPengaturanCapaian('x', 'p.json')).toThrow(/varianNegatif.*capping.*rentangWajar.*satuanDikenal/);
  });
});

describe('bulatkan', () => {
  test.each([
    [90.995, 2, 91],
    [1.005, 2, 1.01],
    [90.994, 2, 90.99],
    [-1.005, 2, -1.01],
    [-0.001, 2, 0],
    [79.5, 0, 80],
  ])('%p to %p decimals → %p', (x, d, y) => {
    expect(bulatkan(x, d)).toBe(y);
  });
});
