/**
 * A year of the office, end to end through Code.js: four Triwulan cycles and the Tahunan cycle, each started from the
 * workbook's menu, PSPFM's realisasi typed into each form, each consolidated. Every Rekap scores its period against
 * the Perjanjian Kinerja's target of that period, cumulated by each indicator's method from the earlier cycles of the
 * year (through the ids each cycle recorded when it was started: the Rekap runs in the cycle spreadsheet, whose
 * document properties hold no registry).
 */
import formulirJson from '../../sheets-templates/tab-formulir.json';
import { userEdit } from '../emulator/spreadsheet/user-edit';
import { ORANG } from '../harness/kantor';
import { buatSiklus } from '../harness/siklus';
import { barisBernama } from '../harness/tabel';
import { tabelRekap } from './konsolidasi-siklus';

const ANGGOTA = ORANG.anggota;
const KOLOM_REALISASI = formulirJson.kolom.findIndex((k) => k.isi === 'realisasi') + 1;
/** PSPFM's realisasi per triwulan: Musdes (%, terakhir), DTKS (kali, jumlah), bansos (orang, jumlah), miskin (%, tetap) */
const REALISASI = [
  [40, 3, 650, 12.5],
  [85, 3, 750, 12.4],
  [95, 2, 700, 12.2],
  [100, 4, 699, 11.8],
];

function tahun() {
  const k = buatSiklus({ mulai: false });
  const id: Record<string, string> = {};
  const isi = (kunci: string, realisasi: number[]) =>
    k.sebagai(
      ORANG.sekTim,
      (ss) =>
        ss
          .getSheetByName('Form PSPFM')!
          .getRange(2, KOLOM_REALISASI, realisasi.length, 1)
          .setValues(realisasi.map((r) => [r])),
      id[kunci],
    );
  const mulai = (periode: string, kunci: string, realisasi: number[]) => {
    id[kunci] = k.mulaiSiklus(periode)!;
    isi(kunci, realisasi);
    k.panggil('konsolidasi', { oleh: ANGGOTA, di: id[kunci] });
  };
  const rekap = (kunci: string) =>
    tabelRekap(k.nilai('Rekap', id[kunci])).filter((r) => r.Unit === 'PSPFM' && r['Sasaran Strategis'] !== '');
  return { k, id, mulai, rekap, isi };
}

const baris = (r: Record<string, unknown>) => [
  r['Target s.d. periode ini'],
  r['Realisasi s.d. periode ini'],
  r['Capaian (%)'],
];

describe('a year of four Triwulan cycles and the Tahunan, each scored against the PK of its period', () => {
  const t = tahun();
  REALISASI.forEach((r, i) => t.mulai(`Triwulan ${i + 1} 2026`, `2026-TW${i + 1}`, r));
  t.mulai('Tahunan 2026', '2026-TH', [99, 10, 2500, 12]);

  it('triwulan I: each indicator against its triwulan I target', () => {
    expect(t.rekap('2026-TW1').map(baris)).toEqual([
      [40, 40, 100],
      [3, 3, 100],
      [700, 650, (650 / 700) * 100],
      [12, 12.5, ((24 - 12.5) / 12) * 100],
    ]);
  });

  it('triwulan II: the counts to date with triwulan I read from its own cycle', () => {
    const tw2 = t.rekap('2026-TW2');
    expect(tw2.map(baris)).toEqual([
      [80, 85, (85 / 80) * 100],
      [6, 6, 100],
      [1400, 1400, 100],
      [12, 12.4, ((24 - 12.4) / 12) * 100],
    ]);
    expect(tw2[1]['Keterangan Capaian']).toBe(
      'Target dan realisasi s.d. triwulan II: jumlah triwulan I 3, triwulan II 3.',
    );
  });

  it('triwulan III: 8 of 9 pemutakhiran to date', () => {
    const tw3 = t.rekap('2026-TW3');
    expect(tw3[1]).toMatchObject({ 'Target s.d. periode ini': 9, 'Realisasi s.d. periode ini': 8, Predikat: 'Tinggi' });
    expect(tw3[1]['Capaian (%)']).toBeCloseTo((8 / 9) * 100, 9);
  });

  it('Tahunan: the year derived from the four triwulan under each method, against the annual target', () => {
    const th = t.rekap('2026-TH');
    expect(th.map(baris)).toEqual([
      [100, 100, 100],
      [12, 12, 100],
      [2799, 2799, 100],
      [12, 11.8, ((24 - 11.8) / 12) * 100],
    ]);
    // what the unit typed into the Tahunan form is not the year's figure when the four triwulan give it
    expect(th[1]['Keterangan Capaian']).toBe(
      'Realisasi tahunan: jumlah triwulan I 3, triwulan II 3, triwulan III 2, triwulan IV 4. ' +
        'Realisasi yang diisi di formulir (10) tidak dipakai.',
    );
  });

  it('a change in an earlier cycle reaches the later Rekap on its next consolidation', () => {
    t.isi('2026-TW1', [40, 5]);
    t.k.panggil('konsolidasi', { oleh: ANGGOTA, di: t.id['2026-TW2'] });
    expect(baris(t.rekap('2026-TW2')[1])).toEqual([6, 8, (8 / 6) * 100]);
  });

  it('protects the PK columns of the form from the unit', () => {
    t.k.sebagai(ORANG.sekTim, (ss) => ss.addEditor(ORANG.staf.PSPFM), t.id['2026-TW2']);
    expect(() => userEdit(t.k.world, t.id['2026-TW2'], 'Form PSPFM', 'G3', '1', ORANG.staf.PSPFM)).toThrow(
      /protected cell/,
    );
  });

  it('a PK cell typed over in a form is a finding naming tab, row and column; the Rekap keeps the PK', () => {
    const tw2 = t.id['2026-TW2'];
    // the owner may type anywhere; the PK columns are protected for everyone else
    t.k.sebagai(ORANG.sekTim, (ss) => ss.getSheetByName('Form PSPFM')!.getRange('G3').setValue(0), tw2);
    t.k.panggil('validasiData', { oleh: ORANG.sekTim, di: tw2 });
    const temuan = barisBernama(t.k.nilai('Temuan', tw2)).map((r) => r.Pesan);
    expect(temuan).toContain(
      'Tab "Form PSPFM", baris 3, kolom "Target periode ini": berisi "0", padahal Perjanjian Kinerja "3"; ' +
        'Rekap memakai Perjanjian Kinerja. Perubahan target diajukan ke Tim SAKIP, bukan diketik di formulir.',
    );
    t.k.panggil('konsolidasi', { oleh: ANGGOTA, di: tw2 });
    const [, dtks] = t.rekap('2026-TW2');
    expect(dtks['Target s.d. periode ini']).toBe(6);
    expect(dtks['Keterangan Capaian']).toMatch(
      /^target di formulir "0" berbeda dari Perjanjian Kinerja "3"; dipakai Perjanjian Kinerja\./,
    );
  });

  it('Temuan judges the capaian range on the Rekap’s numbers: "85%" is 85, counts to date', () => {
    const [tw1, tw3] = [t.id['2026-TW1'], t.id['2026-TW3']];
    // what Sheets keeps of a typed "85%": 0.85 in a percent-formatted cell
    t.k.sebagai(
      ORANG.sekTim,
      (ss) => ss.getSheetByName('Form PSPFM')!.getRange(2, KOLOM_REALISASI).setNumberFormat('0%'),
      tw1,
    );
    userEdit(t.k.world, tw1, 'Form PSPFM', `H2`, '85%', ORANG.sekTim);
    t.k.panggil('validasiData', { oleh: ORANG.sekTim, di: tw1 });
    const pesan = (id: string) => barisBernama(t.k.nilai('Temuan', id)).map((r) => String(r.Pesan));
    expect(pesan(tw1)).toContain(
      'Tab "Form PSPFM", baris 2, kolom "Penjelasan / Kendala": capaian 212,5% di luar rentang wajar 50–150%; ' +
        'tuliskan penjelasan (sebab capaian setinggi/serendah itu).',
    );
    // 20 pemutakhiran in triwulan III: 5 + 3 + 20 = 28 of 9 to date (the form's own 20 of 3 would say 666,67%)
    t.isi('2026-TW3', [95, 20]);
    t.k.panggil('validasiData', { oleh: ORANG.sekTim, di: tw3 });
    expect(pesan(tw3).filter((p) => p.includes('rentang wajar'))).toEqual([
      'Tab "Form PSPFM", baris 3, kolom "Penjelasan / Kendala": capaian 311,11% di luar rentang wajar 50–150%; ' +
        'tuliskan penjelasan (sebab capaian setinggi/serendah itu).',
    ]);
  });
});
