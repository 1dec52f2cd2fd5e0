import {
  Periode,
  kunciPeriode,
  labelPendekPeriode,
  labelPeriode,
  parsePeriode,
} from '../../../src/server/domain/siklus/periode';

const TW2: Periode = { tahun: 2026, jenis: 'Triwulan', triwulan: 2 };
const TAHUNAN: Periode = { tahun: 2026, jenis: 'Tahunan' };

describe('labelPeriode and kunciPeriode', () => {
  it('writes a quarter with its Roman numeral and the year', () => {
    expect(labelPeriode(TW2)).toBe('Triwulan II Tahun 2026');
    expect(labelPeriode({ tahun: 2025, jenis: 'Triwulan', triwulan: 4 })).toBe('Triwulan IV Tahun 2025');
    expect(kunciPeriode(TW2)).toBe('2026-TW2');
  });

  it('writes a whole year', () => {
    expect(labelPeriode(TAHUNAN)).toBe('Tahunan 2026');
    expect(kunciPeriode(TAHUNAN)).toBe('2026-TH');
  });

  it('gives every period of a year a different key and label', () => {
    const semua: Periode[] = [TAHUNAN, ...([1, 2, 3, 4] as const).map((triwulan) => ({ ...TW2, triwulan }))];
    expect(new Set(semua.map(kunciPeriode)).size).toBe(5);
    expect(new Set(semua.map(labelPeriode)).size).toBe(5);
  });
});

describe('parsePeriode', () => {
  it.each([
    ['Triwulan II Tahun 2026', TW2],
    ['triwulan 2 2026', TW2],
    ['  TW II / 2026 ', TW2],
    ['TW2 2026', TW2],
    ['Trw. II, 2026', TW2],
    ['Q2 2026', TW2],
    ['2026-TW2', TW2],
    ['Tahunan 2026', TAHUNAN],
    ['Tahun 2026', TAHUNAN],
    ['2026', TAHUNAN],
    ['2026-th', TAHUNAN],
  ])('reads %p', (teks, periode) => {
    expect(parsePeriode(teks)).toEqual({ ok: true, periode });
  });

  it('reads back every label and key it writes', () => {
    for (const p of [TAHUNAN, TW2, { tahun: 2031, jenis: 'Triwulan', triwulan: 3 } as Periode]) {
      expect(parsePeriode(labelPeriode(p))).toEqual({ ok: true, periode: p });
      expect(parsePeriode(kunciPeriode(p))).toEqual({ ok: true, periode: p });
    }
  });

  it.each([
    ['', 'Periode belum diisi. Contoh: "Triwulan II Tahun 2026", "TW2 2026" atau "Tahunan 2026".'],
    ['Triwulan V Tahun 2026', 'Triwulan "V" tidak ada; pilih I, II, III atau IV.'],
    ['TW 0 2026', 'Triwulan "0" tidak ada; pilih I, II, III atau IV.'],
    [
      'Triwulan II',
      'Tahun periode tidak ditemukan dalam "Triwulan II". Contoh: "Triwulan II Tahun 2026", "TW2 2026" atau "Tahunan 2026".',
    ],
    ['Tahunan 1999', 'Tahun 1999 di luar rentang yang diterima (2000–2099).'],
    ['TW II 26', 'Tahun 26 di luar rentang yang diterima (2000–2099).'],
    [
      'Semester 1 2026',
      'Periode "Semester 1 2026" tidak dikenali. Contoh: "Triwulan II Tahun 2026", "TW2 2026" atau "Tahunan 2026".',
    ],
  ])('refuses %p with a clear reason', (teks, reason) => {
    expect(parsePeriode(teks)).toEqual({ ok: false, reason });
  });

  it('names where the bad input was typed', () => {
    expect(parsePeriode('Triwulan 7 2026', 'tab Pengaturan, sel B3')).toEqual({
      ok: false,
      reason: 'tab Pengaturan, sel B3: Triwulan "7" tidak ada; pilih I, II, III atau IV.',
    });
  });
});

describe('labelPendekPeriode', () => {
  it.each([
    ['Triwulan I Tahun 2025', 'TW I 2025'],
    ['Triwulan III Tahun 2026', 'TW III 2026'],
    ['Triwulan IV Tahun 2026', 'TW IV 2026'],
    ['Tahunan 2026', 'Tahunan 2026'],
    ['2026-XX', '2026-XX'],
  ])('%s → %s', (label, pendek) => {
    expect(labelPendekPeriode(label)).toBe(pendek);
  });
});
