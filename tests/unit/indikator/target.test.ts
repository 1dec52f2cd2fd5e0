import { hitungCapaian } from '../../../src/server/domain/indikator/capaian';
import { bacaTarget, tulisTarget } from '../../../src/server/domain/indikator/target';

const A_LANTAI = { varianNegatif: 'A' as const, capping: 'lantai-0' as const };

describe('bacaTarget: a number or a range', () => {
  it.each([
    ['60–80', { min: 60, max: 80 }],
    ['60 - 80', { min: 60, max: 80 }],
    ['60-80', { min: 60, max: 80 }],
    ['12,5 s.d. 15', { min: 12.5, max: 15 }],
    ['1.000 sampai dengan 2.000', { min: 1000, max: 2000 }],
    ['75', 75],
    [80, 80],
  ])('%p', (teks, target) => expect(bacaTarget(teks)).toEqual({ ok: true, target }));

  it('refuses a range whose lower bound is above the upper one, and text that is no range', () => {
    expect(bacaTarget('80–60')).toEqual({
      ok: false,
      kosong: false,
      reason: 'rentang "80–60": batas bawah lebih besar dari batas atas',
    });
    expect(bacaTarget('10–20–30')).toMatchObject({ ok: false, kosong: false });
    expect(bacaTarget('-5')).toEqual({ ok: true, target: -5 });
    expect(bacaTarget('')).toMatchObject({ ok: false, kosong: true });
  });

  it('writes ranges the Indonesian way', () => {
    expect(tulisTarget({ min: 12.5, max: 1500 })).toBe('12,5–1.500');
    expect(tulisTarget(7)).toBe('7');
  });
});

describe('capaian of a stable indicator (target range)', () => {
  const stabil = (realisasi: number, target = { min: 60, max: 80 }) =>
    hitungCapaian({ target, realisasi, polaritas: 'stabil' }, A_LANTAI);

  it('is 100 inside the range, bounds included', () => {
    for (const r of [60, 70, 80]) expect(stabil(r)).toEqual({ ok: true, nilai: 100, nilaiMentah: 100 });
  });

  it('falls off by the distance to the nearer bound: R / min below, (2·max − R) / max above', () => {
    expect(stabil(45)).toEqual({ ok: true, nilai: 75, nilaiMentah: 75 });
    expect(stabil(100)).toEqual({ ok: true, nilai: 75, nilaiMentah: 75 });
    // floored at 0 by the policy, the raw value kept
    expect(stabil(200)).toEqual({ ok: true, nilai: 0, nilaiMentah: -50 });
  });

  it('takes a single number as a range of one point', () => {
    expect(hitungCapaian({ target: 50, realisasi: 55, polaritas: 'stabil' }, A_LANTAI)).toEqual({
      ok: true,
      nilai: 90,
      nilaiMentah: 90,
    });
  });

  it('refuses a range on a positive or negative indicator, and a lower bound of 0', () => {
    expect(hitungCapaian({ target: { min: 1, max: 2 }, realisasi: 1, polaritas: 'positif' }, A_LANTAI)).toEqual({
      ok: false,
      reason: 'Target berupa rentang hanya untuk polaritas stabil (polaritas indikator ini positif).',
    });
    expect(stabil(5, { min: 0, max: 10 })).toMatchObject({ ok: false, reason: expect.stringMatching(/Batas bawah/) });
  });
});
