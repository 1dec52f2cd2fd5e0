import skalaJson from '../../../sheets-templates/skala-predikat.json';
import { muatSkalaPredikat, tentukanPredikat } from '../../../src/server/domain/indikator/predikat';
import { SKALA_PREDIKAT_BAWAAN } from '../../../src/server/domain/templat';

describe('tentukanPredikat with the default 5-tier scale', () => {
  test.each([
    [150, 'Sangat Tinggi'],
    [91, 'Sangat Tinggi'],
    [90.995, 'Sangat Tinggi'], // rounds to 91.00
    [90.99, 'Tinggi'],
    [90.5, 'Tinggi'], // in the printed gap 90–91: the lower band
    [90, 'Tinggi'],
    [76, 'Tinggi'],
    [75.99, 'Sedang'],
    [75.5, 'Sedang'],
    [66, 'Sedang'],
    [65.5, 'Rendah'],
    [51, 'Rendah'],
    [50.994, 'Sangat Rendah'],
    [50, 'Sangat Rendah'],
    [0, 'Sangat Rendah'],
    [-20, 'Sangat Rendah'],
  ])('%p → %s', (capaian, label) => {
    expect(tentukanPredikat(capaian, SKALA_PREDIKAT_BAWAAN).label).toBe(label);
  });

  test('each band carries its colour', () => {
    expect(tentukanPredikat(95, SKALA_PREDIKAT_BAWAAN)).toEqual({
      min: 91,
      max: null,
      label: 'Sangat Tinggi',
      warna: '#B7E1CD',
    });
  });

  test('a non-finite capaian is a programming error', () => {
    expect(() => tentukanPredikat(NaN, SKALA_PREDIKAT_BAWAAN)).toThrow(RangeError);
  });

  test('a relabelled scale from data is used as given', () => {
    const skala = muatSkalaPredikat(
      {
        nama: 'Baik/Kurang',
        desimal: 0,
        pita: [
          { min: 80, max: null, label: 'Baik', warna: '#00ff00' },
          { min: null, max: 79, label: 'Kurang', warna: '#ff0000' },
        ],
      },
      'uji',
    );
    expect(tentukanPredikat(79.5, skala).label).toBe('Baik'); // 0 decimals: 79.5 rounds to 80
    expect(tentukanPredikat(79.4, skala).label).toBe('Kurang');
  });
});

describe('muatSkalaPredikat: schema check at load', () => {
  const sah = () => JSON.parse(JSON.stringify(skalaJson));

  test('the shipped scale is valid and in order', () => {
    expect(SKALA_PREDIKAT_BAWAAN.pita.map((p) => p.label)).toEqual([
      'Sangat Tinggi',
      'Tinggi',
      'Sedang',
      'Rendah',
      'Sangat Rendah',
    ]);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case breaks a JSON copy into an invalid shape
  test.each<[string, (s: any) => void, string]>([
    ['missing name', (s) => delete s.nama, '"nama" wajib diisi'],
    ['bad decimals', (s) => (s.desimal = 1.5), '"desimal" harus bilangan bulat'],
    ['no bands', (s) => (s.pita = []), 'paling sedikit satu pita'],
    ['empty label', (s) => (s.pita[1].label = ' '), 'pita ke-2: "label" wajib diisi'],
    ['bad colour', (s) => (s.pita[2].warna = 'kuning'), 'pita ke-3 (Sedang): "warna" harus kode #RRGGBB'],
    ['text as min', (s) => (s.pita[1].min = '76'), 'pita ke-2 (Tinggi): "min" dan "max" harus angka atau null'],
    ['bottom band with a min', (s) => (s.pita[4].min = 0), 'pita ke-5 (Sangat Rendah): hanya pita terbawah'],
    ['middle band without a min', (s) => (s.pita[2].min = null), 'pita ke-3 (Sedang): hanya pita terbawah'],
    ['top band with a max', (s) => (s.pita[0].max = 100), 'pita ke-1 (Sangat Tinggi): hanya pita teratas'],
    ['min above max', (s) => (s.pita[1].min = 95), 'pita ke-2 (Tinggi): "min" lebih besar dari "max"'],
    ['bands out of order', (s) => (s.pita[2].min = 80), 'pita ke-3 (Sedang): "min" harus lebih kecil'],
    ['overlapping max', (s) => (s.pita[1].max = 91), 'pita ke-2 (Tinggi): "max" harus lebih kecil'],
    ['duplicate label', (s) => (s.pita[3].label = 'Sedang'), 'label ganda: Sedang'],
  ])('%s is refused with a clear message', (_nama, rusak, pesan) => {
    const s = sah();
    rusak(s);
    expect(() => muatSkalaPredikat(s, 'skala-uji.json')).toThrow(pesan);
    expect(() => muatSkalaPredikat(s, 'skala-uji.json')).toThrow('Skala predikat di skala-uji.json tidak sah');
  });

  test('not an object at all', () => {
    expect(() => muatSkalaPredikat(null, 'x.json')).toThrow('"pita" harus berisi paling sedikit satu pita');
  });
});
