import fc from 'fast-check';
import { WorkingCalendar, jadwalPadaHari } from '../../../src/server/domain/jam-kerja/kalender';
import { defaultWorkingCalendar } from '../../../src/server/domain/templat';
import {
  addWorkingMinutes,
  workingMinutesBetween,
  workingMsBetween,
} from '../../../src/server/domain/jam-kerja/menit-kerja';
import { MS_PER_MENIT, localDayIndex, localMidnightMs } from '../../../src/server/domain/zona-waktu';
import { KALENDER_RAMADAN, wib } from './calendars';

const kalender = fc.constantFrom<WorkingCalendar>(defaultWorkingCalendar(), KALENDER_RAMADAN);
/** Any instant of 2026, to the millisecond. */
const waktu = fc.integer({ min: wib(1, 1), max: wib(12, 31) });

describe('working time properties', () => {
  it('is additive: a ≤ b ≤ c gives m(a,c) = m(a,b) + m(b,c)', () => {
    fc.assert(
      fc.property(kalender, waktu, waktu, waktu, (kal, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q);
        expect(workingMsBetween(kal, a, c)).toBe(workingMsBetween(kal, a, b) + workingMsBetween(kal, b, c));
        expect(workingMinutesBetween(kal, a, c)).toBeCloseTo(
          workingMinutesBetween(kal, a, b) + workingMinutesBetween(kal, b, c),
          9,
        );
      }),
    );
  });

  it('is never negative, and zero when the end is not after the start', () => {
    fc.assert(
      fc.property(kalender, waktu, waktu, (kal, a, b) => {
        expect(workingMinutesBetween(kal, a, b)).toBeGreaterThanOrEqual(0);
        if (b <= a) expect(workingMinutesBetween(kal, a, b)).toBe(0);
      }),
    );
  });

  it('never exceeds the elapsed time', () => {
    fc.assert(
      fc.property(kalender, waktu, waktu, (kal, a, b) => {
        expect(workingMsBetween(kal, a, b)).toBeLessThanOrEqual(Math.max(0, b - a));
      }),
    );
  });

  it('is zero for an interval wholly outside working time', () => {
    const celahDiLuarJamKerja = fc
      .tuple(
        kalender,
        waktu,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      )
      .map(([kal, t, pilih, u, v]) => {
        const hari = localDayIndex(t);
        // the gaps of that day between midnight, its working stretches and the next midnight, in minutes
        const batas = [0, ...jadwalPadaHari(kal, hari).flatMap((r) => [r.dari, r.sampai]), 24 * 60];
        const k = (pilih % (batas.length / 2)) * 2;
        const [dari, sampai] = [batas[k], batas[k + 1]].map((m) => localMidnightMs(hari) + m * MS_PER_MENIT);
        const [p, q] = [u, v].sort((s, t) => s - t);
        return { kal, a: dari + Math.floor(p * (sampai - dari)), b: dari + Math.floor(q * (sampai - dari)) };
      });
    fc.assert(
      fc.property(celahDiLuarJamKerja, ({ kal, a, b }) => {
        expect(workingMinutesBetween(kal, a, b)).toBe(0);
      }),
    );
  });

  it('addWorkingMinutes is the inverse of workingMinutesBetween', () => {
    fc.assert(
      fc.property(kalender, waktu, fc.integer({ min: 0, max: 20 * 450 * MS_PER_MENIT }), (kal, mulai, ms) => {
        const menit = ms / MS_PER_MENIT;
        const tempo = addWorkingMinutes(kal, mulai, menit);
        expect(workingMsBetween(kal, mulai, tempo)).toBe(ms);
        // and the earliest such instant
        if (ms > 0) expect(workingMsBetween(kal, mulai, tempo - 1)).toBeLessThan(ms);
      }),
    );
  });

  it('workingMinutesBetween then addWorkingMinutes comes back no later than the end', () => {
    fc.assert(
      fc.property(kalender, waktu, waktu, (kal, x, y) => {
        const [a, b] = [x, y].sort((p, q) => p - q);
        const tempo = addWorkingMinutes(kal, a, workingMinutesBetween(kal, a, b));
        expect(tempo).toBeLessThanOrEqual(b);
        expect(workingMsBetween(kal, tempo, b)).toBe(0);
      }),
    );
  });
});
