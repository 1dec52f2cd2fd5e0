import { validasiFormulir } from '../../../../src/server/domain/data/temuan/periksa-formulir';
import { Temuan } from '../../../../src/server/domain/data/temuan/types';
import { baris } from './bantuan';
import { PENGATURAN_CAPAIAN_BAWAAN } from '../../../../src/server/domain/templat';

const ringkas = (t: Temuan[]) => t.map((x) => `${x.severity} ${x.row} ${x.column}`);

describe('validasiFormulir', () => {
  test('a complete, sensible row has no findings', () => {
    expect(validasiFormulir([baris(5), baris(6, { polaritas: 'Negatif', target: '12,0', realisasi: '12,4' })])).toEqual(
      [],
    );
  });

  test('a finding names tab, row and column in its message', () => {
    expect(validasiFormulir([baris(7, { target: 'abc' })])).toEqual([
      {
        severity: 'galat',
        unit: 'SEKRE',
        tab: 'Form SEKRE',
        row: 7,
        column: 'Target',
        message: 'Tab "Form SEKRE", baris 7, kolom "Target": "abc" bukan angka; tulis angka seperti 12,5 atau 1.234.',
      },
    ]);
  });

  test('entirely blank rows are skipped', () => {
    const kosong = {
      unit: 'SEKRE',
      tab: 'Form SEKRE',
      rowNumber: 9,
      cells: { sasaran: '', indikator: '  ', target: null },
    };
    expect(validasiFormulir([kosong])).toEqual([]);
  });

  describe('required fields', () => {
    test('sasaran, indikator, satuan, polaritas and target missing are galat; realisasi missing is peringatan', () => {
      const t = validasiFormulir([
        baris(5, { sasaran: '-', indikator: ' ', satuan: null, polaritas: undefined, target: '-', realisasi: '' }),
      ]);
      expect(ringkas(t)).toEqual([
        'galat 5 Sasaran Strategis',
        'galat 5 Indikator Kinerja',
        'galat 5 Satuan',
        'galat 5 Polaritas',
        'galat 5 Target',
        'peringatan 5 Realisasi',
      ]);
      expect(t[0].message).toBe('Tab "Form SEKRE", baris 5, kolom "Sasaran Strategis": wajib diisi.');
    });
  });

  describe('numbers', () => {
    test.each([
      ['target', '1,234.5', 'Target', 'format Inggris'],
      ['realisasi', 'delapan', 'Realisasi', 'bukan angka'],
      ['pagu', 'Rp 1,2,3', 'Pagu', 'koma lebih dari satu'],
      ['realisasiAnggaran', true, 'Realisasi Anggaran', 'TRUE/FALSE'],
    ])('%s = %j is a galat', (kolom, nilai, judul, alasan) => {
      const t = validasiFormulir([baris(8, { [kolom]: nilai })]);
      expect(ringkas(t)).toEqual([`galat 8 ${judul}`]);
      expect(t[0].message).toContain(alasan);
    });

    test('Indonesian notation and blank budget cells are accepted', () => {
      expect(
        validasiFormulir([
          baris(8, { target: '1.234', realisasi: '1.200,5', pagu: 'Rp 1.000.000', realisasiAnggaran: '' }),
        ]),
      ).toEqual([]);
    });

    test.each([[0], ['0'], [-5], ['-2,5']])('target %j is not positive: galat', (target) => {
      const t = validasiFormulir([baris(4, { target })]);
      expect(ringkas(t)).toEqual(['galat 4 Target']);
      expect(t[0].message).toContain('harus lebih dari 0');
    });

    it('target 0 with a penjelasan is only a warning: the Kabid may still validate the row', () => {
      const t = validasiFormulir([
        baris(4, { target: 0, realisasi: 0, penjelasan: 'Nilai baru diumumkan triwulan IV.' }),
      ]);
      expect(ringkas(t)).toEqual(['peringatan 4 Target']);
      expect(t[0].message).toContain('capaian tidak dapat dihitung');
    });
  });

  describe('capaian far outside the reasonable range', () => {
    test.each([
      ['above 150', { target: 10, realisasi: 16 }, '160%'],
      ['below 50', { target: 10, realisasi: '4,9' }, '49%'],
      ['negative polarity, variant A', { polaritas: 'negatif', target: 10, realisasi: 30 }, '-100%'],
    ])('%s without a penjelasan: peringatan on Penjelasan', (_n, cells, tampil) => {
      const t = validasiFormulir([baris(6, cells)]);
      expect(ringkas(t)).toEqual(['peringatan 6 Penjelasan']);
      expect(t[0].message).toContain(`capaian ${tampil} di luar rentang wajar 50–150%`);
    });

    test('with a penjelasan, no finding', () => {
      expect(validasiFormulir([baris(6, { target: 10, realisasi: 16, penjelasan: 'Ada tambahan anggaran' })])).toEqual(
        [],
      );
    });

    test('edges 50 and 150 are inside the range', () => {
      expect(
        validasiFormulir([baris(6, { target: 10, realisasi: 5 }), baris(7, { target: 10, realisasi: 15 })]),
      ).toEqual([]);
    });

    test('the range is a setting', () => {
      const pengaturan = { ...PENGATURAN_CAPAIAN_BAWAAN, rentangWajar: { min: 90, max: 110 } };
      expect(ringkas(validasiFormulir([baris(6, { target: 10, realisasi: 8 })], { pengaturan }))).toEqual([
        'peringatan 6 Penjelasan',
      ]);
    });

    test('left out when the capaian is judged on the Rekap instead', () => {
      expect(validasiFormulir([baris(6, { target: 10, realisasi: 16 })], { periksaCapaian: false })).toEqual([]);
    });

    test('rows whose capaian cannot be computed are left to the other rules', () => {
      expect(ringkas(validasiFormulir([baris(6, { polaritas: 'naik', realisasi: 500 })]))).toEqual([
        'galat 6 Polaritas',
      ]);
    });
  });

  test('the same indicator twice in a unit: galat on the repeat naming the first row', () => {
    const t = validasiFormulir([
      baris(5, { indikator: 'Nilai SAKIP' }),
      baris(6),
      baris(7, { indikator: '  nilai   sakip ' }),
    ]);
    expect(ringkas(t)).toEqual(['galat 7 Indikator Kinerja']);
    expect(t[0].message).toContain('sudah ada di baris 5');
  });

  test('the same indicator in two different units is not a duplicate', () => {
    const lain = { ...baris(5, { indikator: 'Nilai SAKIP' }), unit: 'PERMAS' };
    expect(validasiFormulir([baris(5, { indikator: 'Nilai SAKIP' }), lain])).toEqual([]);
  });

  describe('polaritas and satuan', () => {
    test('unknown polaritas is a galat that says what to write', () => {
      const t = validasiFormulir([baris(3, { polaritas: 'naik' })]);
      expect(ringkas(t)).toEqual(['galat 3 Polaritas']);
      expect(t[0].message).toContain('isi "positif"');
    });

    test('unknown satuan is a peringatan; case and blanks do not matter; the list is a setting', () => {
      expect(ringkas(validasiFormulir([baris(3, { satuan: 'prosen' })]))).toEqual(['peringatan 3 Satuan']);
      expect(validasiFormulir([baris(3, { satuan: '  Desa ' }), baris(4, { satuan: 'Nilai  (0-100)' })])).toEqual([]);
      const pengaturan = { ...PENGATURAN_CAPAIAN_BAWAAN, satuanDikenal: ['prosen'] };
      expect(validasiFormulir([baris(3, { satuan: 'prosen' })], { pengaturan })).toEqual([]);
    });
  });

  describe('text that looks like a formula', () => {
    test.each([
      ['penjelasan', '=IMPORTXML("http://x")', 'Penjelasan', '"="'],
      ['indikator', '@indikator', 'Indikator Kinerja', '"@"'],
      ['penjelasan', '+ ada kendala', 'Penjelasan', '"+"'],
      ['penjelasan', '- tidak ada kendala', 'Penjelasan', '"-"'],
      ['sasaran', '\tMeningkatnya', 'Sasaran Strategis', '"tab"'],
      ['tindakLanjut', '\rlanjut', 'Tindak Lanjut', '"ganti baris (CR)"'],
    ])('%s = %j: peringatan', (kolom, nilai, judul, awal) => {
      const t = validasiFormulir([baris(9, { [kolom]: nilai })]);
      expect(ringkas(t)).toEqual([`peringatan 9 ${judul}`]);
      expect(t[0].message).toContain(`teks diawali ${awal}`);
    });

    test('a negative number typed as text, "+7" and "-" for "nothing" are not formula-like ("-" is no penjelasan)', () => {
      expect(
        validasiFormulir([baris(9, { target: '+7', realisasi: '-5', penjelasan: '-' })]).map((x) => x.column),
      ).toEqual([
        'Penjelasan', // capaian -71,43% is out of range, the only finding
      ]);
    });
  });

  describe('bukti dukung', () => {
    test.each([
      'https://drive.google.com/x',
      'http://dinsos.banyumaskab.go.id/a?b=1',
      'https://a.id/1\nhttps://a.id/2',
    ])('%j is accepted', (buktiDukung) => {
      expect(validasiFormulir([baris(2, { buktiDukung })])).toEqual([]);
    });

    test.each([
      ['terlampir', '"terlampir"'],
      ['javascript:alert(1)', '"javascript:alert(1)"'],
      ['drive.google.com/x', '"drive.google.com/x"'],
      ['https://a.id/1 lihat map', '"lihat"'],
      ['https://', '"https://"'],
    ])('%j is a peringatan naming %s', (buktiDukung, disebut) => {
      const t = validasiFormulir([baris(2, { buktiDukung })]);
      expect(ringkas(t)).toEqual(['peringatan 2 Bukti Dukung']);
      expect(t[0].message).toContain(`${disebut} bukan tautan http(s)`);
    });

    test('empty bukti dukung is not this rule’s business', () => {
      expect(validasiFormulir([baris(2, { buktiDukung: '' })])).toEqual([]);
    });
  });

  test('header names come from the layout when given', () => {
    const t = validasiFormulir([baris(2, { target: 'x' })], { judulKolom: { target: 'Target 2025' } });
    expect(t[0].column).toBe('Target 2025');
    expect(t[0].message).toContain('kolom "Target 2025"');
  });

  test('findings come in sheet-row order', () => {
    const t = validasiFormulir([
      baris(9, { indikator: 'A' }),
      baris(3, { target: 'x' }),
      baris(12, { indikator: 'A' }),
    ]);
    expect(t.map((x) => x.row)).toEqual([3, 12]);
  });

  describe('text the Rekap cannot hold whole', () => {
    test('a full cell that looks like a formula is a peringatan, since its apostrophe makes it a character too long', () => {
      const t = validasiFormulir([
        baris(4, { penjelasan: `+${'y'.repeat(49_999)}`, tindakLanjut: 'x'.repeat(50_000) }),
      ]);
      const muat = t.filter((x) => x.message.includes('tidak muat'));
      expect(ringkas(muat)).toEqual(['peringatan 4 Penjelasan']);
      expect(muat[0].message).toContain('teks 50.000 karakter tidak muat di satu sel Rekap');
    });
  });

  test('a long value is quoted cut, so the reason after it is still in the message', () => {
    const [t] = validasiFormulir([baris(5, { realisasi: 'x'.repeat(50_000), buktiDukung: 'b'.repeat(50_000) })]);
    expect(t.message.length).toBeLessThan(300);
    expect(t.message).toMatch(/"x{59}…" bukan angka; tulis angka/);
  });
});
