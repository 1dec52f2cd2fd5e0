import { susunRekap } from '../../../src/server/domain/data/rekap/susun-rekap';
import { type IndikatorTerbaca } from '../../../src/server/domain/data/rekap/baca-indikator';
import { kolomPeriode, masukanDokumen } from '../../../src/server/domain/dokumen/dari-rekap';
import { buildDokumenPengukuranKinerja } from '../../../src/server/domain/dokumen/pengukuran-kinerja';
import { parseAngka } from '../../../src/server/domain/indikator/parse-angka';
import { defaultKantor } from '../naskah/sample';
import { SKALA_PREDIKAT_BAWAAN } from '../../../src/server/domain/templat';

function indikator(
  unit: string,
  rowNumber: number,
  sasaran: string,
  target: string,
  realisasi: string,
): IndikatorTerbaca {
  return {
    unit,
    tab: `Form ${unit}`,
    rowNumber,
    sasaran,
    indikator: `Indikator ${unit} ${rowNumber}`,
    satuan: '%',
    polaritas: 'positif',
    realisasi: parseAngka(realisasi),
    penjelasan: '',
    tindakLanjut: '',
    buktiDukung: '',
    cells: { target },
  };
}

describe('the document input from a Rekap', () => {
  const rekap = susunRekap(
    [
      indikator('SEKRE', 2, 'Sasaran A', '100', '95'),
      indikator('SEKRE', 3, 'sasaran  a', '100', '70'),
      indikator('PSPFM', 2, 'Sasaran B', '80', ''),
      indikator('PSPFM', 3, 'Sasaran C', '50', '40'),
    ],
    { urutanUnit: ['SEKRE', 'PSPFM', 'PEMDES'] },
  );
  const kantor = defaultKantor();
  const input = masukanDokumen(rekap, {
    kop: kantor.kop,
    periode: 'Triwulan II Tahun 2026',
    sampai: 'TW II',
    sebelumnya: 'TW I',
    namaUnit: new Map([
      ['SEKRE', 'Sekretariat'],
      ['PSPFM', 'Bidang PSPFM'],
    ]),
    skala: SKALA_PREDIKAT_BAWAAN,
    tempat: 'Purwokerto',
    tanggal: new Date('2026-08-19T07:00:00Z'),
    tahun: 2026,
    penandatangan: kantor.penandatangan,
  });

  it('keeps the units in order under their names, each row under its sasaran group as the Rekap spelt it', () => {
    expect(input.periode).toBe('TRIWULAN II TAHUN 2026');
    expect(input.units.map((u) => [u.nama, u.rows.map((r) => [r.sasaran, r.capaian, r.predikat])])).toEqual([
      [
        'Sekretariat',
        [
          ['Sasaran A', 95, 'Sangat Tinggi'],
          ['Sasaran A', 70, 'Sedang'],
        ],
      ],
      [
        'Bidang PSPFM',
        [
          ['Sasaran B', null, null],
          ['Sasaran C', 80, 'Tinggi'],
        ],
      ],
      ['PEMDES', []],
    ]);
  });

  it("counts indicators per predikat per unit and overall, with the Rekap's averages", () => {
    const { ringkasan } = input;
    expect(ringkasan.predikat).toEqual(SKALA_PREDIKAT_BAWAAN.pita.map((p) => p.label));
    expect(ringkasan.perUnit.map((r) => [r.nama, r.rataRataCapaian, r.jumlahPerPredikat['Sangat Tinggi']])).toEqual([
      ['Sekretariat', 82.5, 1],
      ['Bidang PSPFM', 80, 0],
      ['PEMDES', null, 0],
    ]);
    expect(ringkasan.keseluruhan.rataRataCapaian).toBeCloseTo(81.6667, 3);
    expect(ringkasan.keseluruhan.jumlahPerPredikat).toEqual({
      'Sangat Tinggi': 1,
      Tinggi: 1,
      Sedang: 1,
      Rendah: 0,
      'Sangat Rendah': 0,
    });
    expect(buildDokumenPengukuranKinerja(input).ok).toBe(true);
  });
});

describe('kolomPeriode', () => {
  it('heads the to-date columns by triwulan, with the one before from TW II on, and none for the year', () => {
    expect(kolomPeriode({ tahun: 2026, jenis: 'Triwulan', triwulan: 1 })).toEqual({ sampai: 'TW I', sebelumnya: null });
    expect(kolomPeriode({ tahun: 2026, jenis: 'Triwulan', triwulan: 3 })).toEqual({
      sampai: 'TW III',
      sebelumnya: 'TW II',
    });
    expect(kolomPeriode({ tahun: 2026, jenis: 'Tahunan' })).toEqual({ sampai: null, sebelumnya: null });
  });
});
