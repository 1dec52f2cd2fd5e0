import anggaranJson from '../../../../sheets-templates/tab-anggaran.json';
import { parseTataLetak } from '../../../../src/server/domain/layout';
import { bacaBarisAnggaran } from '../../../../src/server/domain/data/anggaran/isian-anggaran';
import { susunRekapAnggaran } from '../../../../src/server/domain/data/anggaran/rekap-anggaran';
import { temuanAnggaran } from '../../../../src/server/domain/data/anggaran/temuan-anggaran';
import type { Rekap } from '../../../../src/server/domain/data/rekap/susun-rekap';
import type { ProgramAnggaran } from '../../../../src/server/domain/pengaturan/types';

const TATA = parseTataLetak(anggaranJson, 'tab-anggaran.json');
const JUDUL = TATA.kolom.map((k) => k.judul);
const TAHUNAN = { tahun: 2026, jenis: 'Tahunan' } as const;
const TW2 = { tahun: 2026, jenis: 'Triwulan', triwulan: 2 } as const;

const program = (unit: string, nama: string, pagu: number, indikator = ''): ProgramAnggaran => ({
  unit,
  program: nama,
  pagu,
  indikator,
  sumber: 'DPA 2026',
});
const ANGGARAN = [
  program('A', 'Kegiatan 1', 200, 'Indikator A1'),
  program('A', 'Kegiatan 2', 100),
  program('B', 'K', 50),
];

/** The tab as getValues / getFormulas give it: [unit, program, pagu, realisasi, keterangan] per row. */
function tab(baris: unknown[][], rumus: Record<string, string> = {}) {
  const nilai = [JUDUL, ...baris];
  const f = nilai.map((r, i) => r.map((_, c) => rumus[`${i + 1}:${c + 1}`] ?? ''));
  return bacaBarisAnggaran(TATA, nilai, f);
}

/** A Rekap whose unit A has indicator A1 at `capaianA1` and an average of `rataA`; unit B has none. */
function rekap(capaianA1: number, rataA: number | null): Rekap {
  const baris = { indikator: 'Indikator A1', capaian: { ok: true, nilai: capaianA1, nilaiMentah: capaianA1 } };
  return {
    unit: [
      { unit: 'A', sasaran: [{ sasaran: 'S', baris: [baris] }] },
      { unit: 'B', sasaran: [] },
    ],
    ringkasan: {
      perUnit: [
        { unit: 'A', rataRata: rataA },
        { unit: 'B', rataRata: null },
      ],
    },
  } as unknown as Rekap;
}

describe('susunRekapAnggaran: serapan and efisiensi', () => {
  const isi = tab([
    ['A', 'Kegiatan 1', 200, 'Rp 180', ''],
    ['A', 'Kegiatan 2', 100, '50', 'lelang ulang'],
    ['B', 'K', 50, '', ''],
  ]);

  it('gives serapan per program and per unit; a unit with a realisasi missing has no total serapan', () => {
    const r = susunRekapAnggaran(ANGGARAN, isi, rekap(100, 80), TW2);
    const [a, b] = r.unit;
    expect(a.baris.map((x) => [x.realisasi, x.serapan])).toEqual([
      [180, { ok: true, nilai: 90 }],
      [50, { ok: true, nilai: 50 }],
    ]);
    expect([a.pagu, a.realisasi, a.serapan]).toEqual([300, 230, { ok: true, nilai: (230 / 300) * 100 }]);
    expect(b.serapan).toEqual({ ok: false, reason: 'Realisasi 1 dari 1 program/kegiatan belum terbaca.' });
    expect(r.keseluruhan.pagu).toBe(350);
  });

  it('judges efisiensi only in the Tahunan cycle, against the linked indicator or the unit average', () => {
    const tw = susunRekapAnggaran(ANGGARAN, isi, rekap(100, 80), TW2);
    expect(tw.unit[0].baris.map((x) => x.efisiensi)).toEqual([null, null]);
    expect(tw.catatan[0]).toMatch(/^Efisiensi dinilai pada siklus Tahunan/);

    const th = susunRekapAnggaran(ANGGARAN, isi, rekap(100, 80), TAHUNAN);
    // Kegiatan 1 serves Indikator A1 (100 − 90 = 10 > 5); Kegiatan 2 the unit's average (80 − 50 = 30)
    expect(th.unit[0].baris.map((x) => x.efisiensi)).toEqual([
      { ok: true, kategori: 'efisien', selisih: 10 },
      { ok: true, kategori: 'efisien', selisih: 30 },
    ]);
    expect(th.catatan).toEqual([]);
    const rendah = susunRekapAnggaran(ANGGARAN, isi, rekap(80, 60), TAHUNAN);
    expect(rendah.unit[0].baris[0].efisiensi).toEqual({ ok: true, kategori: 'tidak efisien', selisih: -10 });
    expect(rendah.unit[0].efisiensi).toEqual({ ok: true, kategori: 'tidak efisien', selisih: -16.67 });
    expect(rendah.unit[1].efisiensi).toMatchObject({ ok: false });
  });

  it('never takes a formula, nor a realisasi above the pagu, as a serapan', () => {
    const isiRumus = tab([['A', 'Kegiatan 1', 200, 150, '']], { '2:4': '=IMPORTRANGE("x";"A1")' });
    const r = susunRekapAnggaran(ANGGARAN.slice(0, 1), isiRumus, rekap(100, 80), TW2);
    expect(r.unit[0].baris[0]).toMatchObject({ realisasi: null, serapan: { ok: false } });
    const lebih = susunRekapAnggaran(ANGGARAN.slice(0, 1), tab([['A', 'Kegiatan 1', 200, 250, '']]), rekap(1, 1), TW2);
    expect(lebih.unit[0].baris[0].serapan).toEqual({
      ok: false,
      reason: 'Realisasi anggaran melebihi pagu; periksa kembali.',
    });
  });

  it('uses the pagu of Pengaturan even where the tab says otherwise', () => {
    const r = susunRekapAnggaran(ANGGARAN.slice(0, 1), tab([['A', 'Kegiatan 1', 999, 100, '']]), rekap(1, 1), TW2);
    expect(r.unit[0].baris[0]).toMatchObject({ pagu: 200, serapan: { ok: true, nilai: 50 } });
  });
});

describe('temuanAnggaran', () => {
  const pesan = (baris: unknown[][], anggaran = ANGGARAN, rumus: Record<string, string> = {}) =>
    temuanAnggaran(TATA, anggaran, tab(baris, rumus)).map((t) => [t.severity, t.message]);
  const R = 'Realisasi anggaran s.d. periode ini (Rp)';

  it('names each problem by tab, row and column', () => {
    expect(
      pesan(
        [
          ['A', 'Kegiatan 1', '', '-5', ''],
          ['A', 'Kegiatan 2', 100, 'banyak', ''],
          ['B', 'K', 50, '', ''],
          ['B', 'Tambahan', 10, '1', ''],
        ],
        ANGGARAN,
        { '3:5': '=A1' },
      ),
    ).toEqual([
      ['galat', 'Tab "Anggaran", baris 2, kolom "Pagu (Rp)": pagu kosong; Rekap memakai pagu Pengaturan Rp 200.'],
      ['galat', `Tab "Anggaran", baris 2, kolom "${R}": realisasi anggaran tidak boleh negatif.`],
      ['galat', 'Tab "Anggaran", baris 3, kolom "Keterangan": berisi rumus =A1; ketik nilainya, bukan rumus.'],
      ['galat', `Tab "Anggaran", baris 3, kolom "${R}": Realisasi anggaran tidak terbaca: "banyak" bukan angka.`],
      [
        'peringatan',
        `Tab "Anggaran", baris 4, kolom "${R}": Realisasi anggaran belum diisi, serapan belum dapat dihitung.`,
      ],
      [
        'peringatan',
        'Tab "Anggaran", baris 5, kolom "Program / Kegiatan": program/kegiatan "Tambahan" unit B tidak ada di blok ANGGARAN PROGRAM / KEGIATAN tab Pengaturan; tidak dihitung.',
      ],
    ]);
  });

  it('names a Pengaturan program that has no row, and a realisasi above the pagu', () => {
    expect(pesan([['A', 'Kegiatan 1', 200, '201', '']], ANGGARAN.slice(0, 2))).toEqual([
      [
        'galat',
        `Tab "Anggaran", baris 2, kolom "${R}": realisasi Rp 201 melebihi pagu Rp 200 (lebih Rp 1); periksa kembali, atau bila pagu berubah (DPA perubahan) Tim SAKIP memperbarui tab Pengaturan.`,
      ],
      [
        'galat',
        'Tab "Anggaran", baris 1, kolom "Program / Kegiatan": program/kegiatan "Kegiatan 2" unit A (tab Pengaturan) tidak punya baris; Tim SAKIP menambahkannya di tab ini.',
      ],
    ]);
  });
});
