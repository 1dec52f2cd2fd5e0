import { bulatkan } from '../../../../src/server/domain/format/bilangan';
import { KebijakanCapaian } from '../../../../src/server/domain/indikator/pengaturan-capaian';
import { bacaIndikator, IndikatorTerbaca } from '../../../../src/server/domain/data/rekap/baca-indikator';
import { susunRekap } from '../../../../src/server/domain/data/rekap/susun-rekap';
import { type BarisFormulir } from '../../../../src/server/domain/data/temuan/types';
import { barisContoh, CAPAIAN_CONTOH, URUTAN_UNIT } from './contoh';

const A_TANPA: KebijakanCapaian = { varianNegatif: 'A', capping: 'tanpa' };
const terbaca = (baris: BarisFormulir[]) => baris.map(bacaIndikator).filter((i): i is IndikatorTerbaca => i !== null);

function baris(unit: string, rowNumber: number, cells: BarisFormulir['cells']): BarisFormulir {
  return {
    unit,
    tab: `Form ${unit}`,
    rowNumber,
    cells: {
      sasaran: 'S1',
      indikator: `I${rowNumber}`,
      satuan: '%',
      polaritas: 'positif',
      target: 100,
      realisasi: 90,
      ...cells,
    },
  };
}

describe('susunRekap with the sample cycle (contoh-siklus.json)', () => {
  const rekap = susunRekap(terbaca(barisContoh()), { urutanUnit: URUTAN_UNIT, kebijakan: A_TANPA });
  const semuaBaris = rekap.unit.flatMap((u) => u.sasaran.flatMap((s) => s.baris));

  test('capaian matches the sample’s own numbers (variant A, no capping), to 2 decimals', () => {
    expect(semuaBaris).toHaveLength(19);
    for (const b of semuaBaris) {
      expect(b.capaian.ok).toBe(true);
      if (b.capaian.ok) expect(bulatkan(b.capaian.nilai, 2)).toBe(CAPAIAN_CONTOH.get(b.indikator));
    }
  });

  test('units come in the configured order', () => {
    expect(rekap.unit.map((u) => u.unit)).toEqual(['SEKRE', 'PSPFM', 'PJRS', 'PERMAS', 'PEMDES']);
    const terbalik = susunRekap(terbaca(barisContoh()), { urutanUnit: [...URUTAN_UNIT].reverse() });
    expect(terbalik.unit.map((u) => u.unit)).toEqual(['PEMDES', 'PERMAS', 'PJRS', 'PSPFM', 'SEKRE']);
  });

  test('sasaran are grouped in first-appearance order within the unit, indicators in sheet order', () => {
    const pjrs = rekap.unit.find((u) => u.unit === 'PJRS')!;
    expect(pjrs.sasaran.map((s) => [s.sasaran, s.baris.map((b) => b.asal.rowNumber)])).toEqual([
      ['Meningkatnya keberfungsian sosial PPKS', [5, 6, 8]],
      ['Terpenuhinya kebutuhan dasar korban bencana', [7]],
    ]);
    const pemdes = rekap.unit.find((u) => u.unit === 'PEMDES')!;
    expect(pemdes.sasaran.map((s) => [s.sasaran, s.baris.map((b) => b.asal.rowNumber)])).toEqual([
      ['Meningkatnya kualitas penyelenggaraan pemerintahan desa', [5, 6, 8]],
      ['Meningkatnya kualitas pengelolaan keuangan desa', [7]],
    ]);
  });

  test('predikat per row and the count per predikat', () => {
    const odgj = semuaBaris.find((b) => b.indikator.startsWith('Jumlah ODGJ'))!;
    expect(odgj.predikat).toEqual({ label: 'Sedang', warna: '#FFF2CC' }); // 75,00
    expect(rekap.ringkasan.perPredikat.map((p) => [p.label, p.jumlah])).toEqual([
      ['Sangat Tinggi', 15],
      ['Tinggi', 3], // 87,5 · 88 · 82,35
      ['Sedang', 1],
      ['Rendah', 0],
      ['Sangat Rendah', 0],
    ]);
    expect(rekap.ringkasan.tanpaPredikat).toBe(0);
  });

  test('average capaian per unit and overall, all rows computable and complete', () => {
    const sekre = rekap.ringkasan.perUnit[0];
    expect(sekre.unit).toBe('SEKRE');
    expect(sekre.rataRata).toBeCloseTo((87.5 + (68.5 / 70) * 100 + (93.1 / 95) * 100 + (83 / 82) * 100) / 4, 10);
    expect(sekre).toMatchObject({ dihitung: 4, dilewati: 0, predikat: { label: 'Sangat Tinggi' } });
    expect(sekre.kelengkapan).toEqual({ terisi: 4, jumlah: 4, persen: 100 });
    const semuaNilai = semuaBaris.map((b) => (b.capaian.ok ? b.capaian.nilai : NaN));
    expect(rekap.ringkasan.keseluruhan.rataRata).toBeCloseTo(semuaNilai.reduce((a, b) => a + b) / 19, 10);
    expect(rekap.ringkasan.keseluruhan).toMatchObject({ dihitung: 19, dilewati: 0 });
  });
});

describe('susunRekap: rows that cannot be computed, missing data, injection', () => {
  test('a row without capaian carries its reason, no predikat, and is skipped in averages', () => {
    const rekap = susunRekap(
      terbaca([
        baris('A', 5, { realisasi: 80 }),
        baris('A', 6, { realisasi: '' }),
        baris('A', 7, { target: 0 }),
        baris('A', 8, { target: 'sepuluh' }),
        baris('A', 9, { realisasi: '1,2,3' }),
        baris('A', 10, { polaritas: 'naik' }),
      ]),
      { urutanUnit: ['A'] },
    );
    const b = rekap.unit[0].sasaran[0].baris;
    expect(b.map((x) => (x.capaian.ok ? x.capaian.nilai : x.capaian.reason))).toEqual([
      80,
      'Realisasi belum diisi, capaian belum dapat dihitung.',
      'Target 0: capaian tidak dapat dihitung (pembagian dengan nol).',
      'Target tidak dapat dibaca ("sepuluh" bukan angka), capaian tidak dapat dihitung.',
      expect.stringMatching(/^Realisasi tidak dapat dibaca \("1,2,3" bukan angka yang sah: koma lebih dari satu/),
      'Polaritas tidak dikenal, capaian tidak dapat dihitung.',
    ]);
    expect(b.map((x) => x.predikat?.label ?? null)).toEqual(['Tinggi', null, null, null, null, null]);
    expect(b[1]).toMatchObject({ target: 100, realisasi: null });
    expect(b[3]).toMatchObject({ target: null, realisasi: 90 });
    expect(rekap.ringkasan.perUnit[0]).toMatchObject({ rataRata: 80, dihitung: 1, dilewati: 5 });
    // the empty realisasi and the unreadable "1,2,3" do not count as filled
    expect(rekap.ringkasan.perUnit[0].kelengkapan).toEqual({ terisi: 4, jumlah: 6, persen: (4 / 6) * 100 });
    expect(rekap.ringkasan.tanpaPredikat).toBe(5);
  });

  test('default policy floors a negative capaian at 0 and keeps the raw value', () => {
    const rekap = susunRekap(terbaca([baris('A', 5, { polaritas: 'negatif', target: 10, realisasi: 25 })]), {
      urutanUnit: ['A'],
    });
    expect(rekap.unit[0].sasaran[0].baris[0].capaian).toEqual({ ok: true, nilai: 0, nilaiMentah: -50 });
  });

  test('text is neutralised against formula injection; numbers stay numbers', () => {
    const rekap = susunRekap(
      terbaca([
        baris('A', 5, {
          sasaran: '=IMPORTXML("http://x")',
          indikator: '@indikator',
          satuan: '+%',
          penjelasan: '-minus',
          buktiDukung: '=HYPERLINK("http://x")',
          realisasi: '-5',
        }),
      ]),
      { urutanUnit: ['A'] },
    );
    const b = rekap.unit[0].sasaran[0];
    expect(b.sasaran).toBe('\'=IMPORTXML("http://x")');
    expect(b.baris[0]).toMatchObject({
      sasaran: '\'=IMPORTXML("http://x")',
      indikator: "'@indikator",
      satuan: "'+%",
      penjelasan: "'-minus",
      buktiDukung: '\'=HYPERLINK("http://x")',
      realisasi: -5,
    });
  });

  test('sasaran written with different blanks or case stay one group, shown as first written', () => {
    const rekap = susunRekap(
      terbaca([
        baris('A', 5, { sasaran: 'Meningkatnya  Mutu' }),
        baris('A', 6, { sasaran: 'Lain' }),
        baris('A', 7, { sasaran: ' meningkatnya mutu ' }),
      ]),
      { urutanUnit: ['A'] },
    );
    expect(rekap.unit[0].sasaran.map((s) => [s.sasaran, s.baris.length])).toEqual([
      ['Meningkatnya  Mutu', 2],
      ['Lain', 1],
    ]);
  });

  test('rows given out of order are put in sheet-row order; ties keep input order', () => {
    const rekap = susunRekap(
      terbaca([
        baris('A', 9, { indikator: 'c' }),
        baris('A', 5, { indikator: 'a' }),
        baris('A', 5, { indikator: 'b' }),
      ]),
      { urutanUnit: ['A'] },
    );
    expect(rekap.unit[0].sasaran[0].baris.map((b) => b.indikator)).toEqual(['a', 'b', 'c']);
  });

  test('a configured unit without rows keeps an empty group; an unconfigured unit comes last and is reported', () => {
    const rekap = susunRekap(terbaca([baris('X', 5, {}), baris('A', 5, {})]), { urutanUnit: ['B', 'A'] });
    expect(rekap.unit.map((u) => [u.unit, u.sasaran.length])).toEqual([
      ['B', 0],
      ['A', 1],
      ['X', 1],
    ]);
    expect(rekap.unitTakTerdaftar).toEqual(['X']);
    expect(rekap.ringkasan.perUnit[0]).toEqual({
      unit: 'B',
      rataRata: null,
      predikat: null,
      dihitung: 0,
      dilewati: 0,
      kelengkapan: { terisi: 0, jumlah: 0, persen: null },
    });
  });

  test('nothing at all: no averages, every band counted 0', () => {
    const rekap = susunRekap([], { urutanUnit: [] });
    expect(rekap.unit).toEqual([]);
    expect(rekap.ringkasan.keseluruhan).toEqual({ rataRata: null, predikat: null, dihitung: 0, dilewati: 0 });
    expect(rekap.ringkasan.perPredikat.every((p) => p.jumlah === 0)).toBe(true);
  });
});

describe('bacaIndikator', () => {
  test('blank rows (including lone dashes) are null', () => {
    expect(
      bacaIndikator({ unit: 'A', tab: 'T', rowNumber: 3, cells: { sasaran: ' ', target: '-', realisasi: null } }),
    ).toBe(null);
  });

  test('text is trimmed, dashes read as empty, numbers parsed', () => {
    expect(
      bacaIndikator(
        baris('A', 4, {
          indikator: '  Nilai  ',
          satuan: 5,
          polaritas: ' Negatif ',
          target: '1.234',
          penjelasan: '-',
          tindakLanjut: ' rapat koordinasi ',
        }),
      ),
    ).toEqual({
      unit: 'A',
      tab: 'Form A',
      rowNumber: 4,
      sasaran: 'S1',
      indikator: 'Nilai',
      satuan: '5',
      polaritas: 'negatif',
      realisasi: { ok: true, value: 90 },
      penjelasan: '',
      tindakLanjut: 'rapat koordinasi',
      buktiDukung: '',
      cells: expect.objectContaining({ target: '1.234', penjelasan: '-' }),
    });
  });
});
