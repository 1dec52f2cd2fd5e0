import { agu } from '../harness/kantor';
import { buatSiklus, oleh } from '../harness/siklus';
import { KABID, KOL, SEK_TIM, siklus, STAF, type Siklus } from './validasi-siklus';

const barisIsian = (s: Siklus, kode: string) => Array.from({ length: s.barisData(kode) }, (_, i) => i + 2);
const barisLogKabid = (s: Siklus) => s.log().filter((r) => r.aksi.startsWith('baris-'));

/** The service calls of one call, by kind ("Range.setValues"). */
function panggilanPerJenis(s: Siklus, fn: () => unknown): Map<string, number> {
  const awal = s.world.calls.mark();
  fn();
  const hasil = new Map<string, number>();
  for (const c of s.world.calls.since(awal).filter((x) => x.costClass !== 'local')) {
    hasil.set(`${c.type}.${c.method}`, (hasil.get(`${c.type}.${c.method}`) ?? 0) + 1);
  }
  return hasil;
}
const jumlah = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('a Kabid marks many rows at once (tandaiBanyakBaris)', () => {
  it('marks every filled row in one call, with one Log row whose id names the range; the same call again adds none', () => {
    const s = siklus();
    s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
    const baris = barisIsian(s, 'PJRS');
    expect(baris.length).toBeGreaterThan(2);
    const akhir = baris[baris.length - 1];
    const hasil = s.panggil('tandaiBanyakBaris', oleh(KABID.PJRS, agu(18, 10)), 'PJRS', baris, 'Valid');
    expect(hasil.berubah).toBe(true);
    expect(hasil.pesan).toMatch(/^Tab "Form PJRS" baris 2, 3, .* dan \d+ ditandai "Valid"\.$/);
    for (const n of baris) {
      expect(s.sel('PJRS', `${KOL.validasi}${n}`)).toBe('Valid');
      expect(String(s.sel('PJRS', `${KOL.sidik}${n}`))).toMatch(/^v2:/);
    }
    const log = barisLogKabid(s);
    expect(log.map((r) => [r.id, r.pengguna, r.langkah])).toEqual([
      [`baris-divalidasi-PJRS-B2-B${akhir}-1`, KABID.PJRS, 7],
    ]);
    expect(log[0].rincian).toMatch(/^Tab "Form PJRS" baris 2, 3, .* dan \d+: "Valid"\.$/);

    const n = s.log().length;
    const lagi = s.panggil('tandaiBanyakBaris', oleh(KABID.PJRS, agu(18, 11)), 'PJRS', [...baris].reverse(), 'Valid');
    expect(lagi.berubah).toBe(false);
    expect(s.log()).toHaveLength(n);
    // every row Valid: the unit can be signed off
    expect(s.panggil('sahkanUnit', oleh(KABID.PJRS, agu(18, 12)), 'PJRS').berubah).toBe(true);
  });

  it('writes one note to every marked row and logs only the rows whose mark changes', () => {
    const s = siklus();
    s.panggil('tandaiBaris', oleh(KABID.PSPFM, agu(18, 10)), 'PSPFM', 2, 'Perlu perbaikan', 'Lengkapi bukti');
    const catatan = 'Lengkapi bukti';
    s.panggil('tandaiBanyakBaris', oleh(KABID.PSPFM, agu(18, 11)), 'PSPFM', [2, 3], 'Perlu perbaikan', catatan);
    expect([2, 3].map((n) => [s.sel('PSPFM', `${KOL.validasi}${n}`), s.sel('PSPFM', `${KOL.catatan}${n}`)])).toEqual([
      ['Perlu perbaikan', catatan],
      ['Perlu perbaikan', catatan],
    ]);
    // row 2 already said so: the second call is about row 3 alone, with the one-row id
    expect(barisLogKabid(s).map((r) => r.id)).toEqual([
      'baris-perlu-perbaikan-PSPFM-B2-1',
      'baris-perlu-perbaikan-PSPFM-B3-1',
    ]);
  });

  it("refuses anyone but the unit's Kabid, rows that hold nothing, and a status that is not a Kabid's", () => {
    const s = siklus();
    expect(() => s.panggil('tandaiBanyakBaris', oleh(STAF.PJRS, agu(18, 10)), 'PJRS', [2, 3], 'Valid')).toThrow(
      `${STAF.PJRS} tidak berwenang memvalidasi tab "Form PJRS" baris 2 dan 3: validasi hanya dapat dilakukan oleh ` +
        'Kabid unit PJRS (Kabid PJRS).',
    );
    expect(() => s.panggil('tandaiBanyakBaris', oleh(KABID.PSPFM, agu(18, 10)), 'PJRS', [2], 'Valid')).toThrow(
      /tidak berwenang/,
    );
    const kosong = s.barisData('PJRS') + 2;
    expect(() => s.panggil('tandaiBanyakBaris', oleh(KABID.PJRS, agu(18, 10)), 'PJRS', [2, kosong], 'Valid')).toThrow(
      `Tab "Form PJRS" baris ${kosong} kosong atau tidak ada: tidak ada yang dapat divalidasi.`,
    );
    expect(() => s.panggil('tandaiBanyakBaris', oleh(KABID.PJRS, agu(18, 10)), 'PJRS', [], 'Valid')).toThrow(
      'Tab "Form PJRS": pilih sedikitnya satu baris untuk ditandai.',
    );
    expect(() => s.panggil('tandaiBanyakBaris', oleh(KABID.PJRS, agu(18, 10)), 'PJRS', [2, 3], 'Dicek')).toThrow(
      'Tab "Form PJRS" baris 2 dan 3, kolom "Validasi": pilih "Valid" atau "Perlu perbaikan".',
    );
    expect(s.sel('PJRS', `${KOL.validasi}2`)).toBe('');
    expect(barisLogKabid(s)).toEqual([]);
  });

  it('costs the same service calls for all rows as for one row: one read of the form, one write of its validation', () => {
    const s = siklus();
    s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
    const satu = panggilanPerJenis(s, () =>
      s.panggil('tandaiBanyakBaris', oleh(KABID.SEKRE, agu(18, 10)), 'SEKRE', [2], 'Valid'),
    );
    const semua = barisIsian(s, 'PJRS');
    const banyak = panggilanPerJenis(s, () =>
      s.panggil('tandaiBanyakBaris', oleh(KABID.PJRS, agu(18, 10)), 'PJRS', semua, 'Valid'),
    );
    expect(jumlah(banyak)).toBe(jumlah(satu));
    const satuPerSatu = panggilanPerJenis(s, () => {
      for (const n of barisIsian(s, 'PSPFM'))
        s.panggil('tandaiBaris', oleh(KABID.PSPFM, agu(18, 11)), 'PSPFM', n, 'Valid');
    });
    // row by row, every row pays the whole round again
    expect(jumlah(satuPerSatu)).toBeGreaterThan(jumlah(banyak) * (s.barisData('PSPFM') - 1));
    // three writes of values: the form's three validation columns in one block, the Log row, the Pelacakan SOP tab
    expect(banyak.get('Range.setValues')).toBe(3);
  });

  it('marks 200 rows with the service calls of one row', () => {
    const n = 200;
    const s = buatSiklus({ ukuran: { unit: 5, perUnit: n }, penyunting: Object.values(KABID) });
    const sel = (a1: string) => s.sebagai(SEK_TIM, (ss) => ss.getSheetByName('Form PJRS')!.getRange(a1).getValue());
    const satu = s.panggilan(() =>
      s.panggil('tandaiBanyakBaris', oleh(KABID.PJRS, agu(18, 10)), 'PJRS', [2], 'Perlu perbaikan'),
    );
    const baris = Array.from({ length: n }, (_, i) => i + 2);
    const awal = s.world.calls.mark();
    s.panggil('tandaiBanyakBaris', oleh(KABID.PJRS, agu(18, 11)), 'PJRS', baris, 'Perlu perbaikan', 'Lengkapi');
    const panggilan = s.world.calls.since(awal);
    expect(panggilan.filter((c) => c.costClass !== 'local')).toHaveLength(satu);
    // row by row this was about 3.5 modelled seconds a row, 700 s for 200 rows; now one call's worth
    expect(s.world.latency.seconds(panggilan)).toBeLessThan(5);
    expect([sel(`${KOL.validasi}${n + 1}`), sel(`${KOL.catatan}${n + 1}`)]).toEqual(['Perlu perbaikan', 'Lengkapi']);
    expect(
      s
        .log()
        .filter((r) => r.aksi.startsWith('baris-'))
        .map((r) => r.id),
    ).toEqual(['baris-perlu-perbaikan-PJRS-B2-1', `baris-perlu-perbaikan-PJRS-B3-B${n + 1}-1`]);
  });
});
