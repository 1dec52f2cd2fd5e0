import { median, ringkasLangkah, type LangkahSiklus } from '../../../src/server/domain/pemantauan/statistik';
import { usulanTarget } from '../../../src/server/domain/pemantauan/usulan-target';
import { turunDuaKali } from '../../../src/server/domain/pemantauan/tren';

const siklus = (menit: number | null, ubah: Partial<LangkahSiklus> = {}): LangkahSiklus => ({
  siklus: 'Triwulan I Tahun 2026',
  menit,
  selesai: menit !== null,
  terlambat: false,
  dilewati: false,
  dibukaKembali: 0,
  pelaku: [],
  ...ubah,
});

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([300, 10, 45])).toBe(45);
  });
  it('is the mean of the two middle values of an even count', () => {
    expect(median([10, 40, 20, 90])).toBe(30);
  });
  it('is null without values', () => {
    expect(median([])).toBeNull();
  });
});

describe('ringkasLangkah: one step over the cycles of a year', () => {
  const stat = ringkasLangkah([
    siklus(200, { pelaku: ['Rina'] }),
    siklus(310, { terlambat: true, dibukaKembali: 2, pelaku: ['Rina', 'Budi'] }),
    siklus(250, { terlambat: true, dibukaKembali: 1, pelaku: ['Budi'] }),
    // still running, over its target: late, but not a finished duration
    siklus(900, { selesai: false, terlambat: true }),
    siklus(null, { dilewati: true }),
  ]);

  it('takes median and worst over the finished cycles only', () => {
    expect([stat.median, stat.terburuk]).toEqual([250, 310]);
    expect(stat.dilaksanakan).toBe(3);
  });
  it('counts the cycles over target (a running one too), the reopens, the skipped', () => {
    expect([stat.terlambat, stat.tepatWaktu, stat.dibukaKembali, stat.dilewati, stat.siklus]).toEqual([3, 1, 3, 1, 5]);
  });
  it('names everyone who carried it out once, in the order first seen', () => {
    expect(stat.pelaku).toEqual(['Rina', 'Budi']);
  });
});

describe('usulanTarget: a revision only where the cycles say so', () => {
  const stat = (menit: number[], terlambat: number) =>
    ringkasLangkah(menit.map((m, i) => siklus(m, { terlambat: i < terlambat })));

  it('raises to the median (in 5 minutes) when late in more than half of the finished cycles', () => {
    expect(usulanTarget(240, stat([300, 262, 180], 2))).toEqual({
      menit: 265,
      alasan: 'terlambat di 2 dari 3 siklus; median 262 menit kerja',
    });
  });
  it('lowers to the worst when never late and the worst took at most half the target', () => {
    expect(usulanTarget(120, stat([31, 40, 58], 0))).toEqual({
      menit: 60,
      alasan: 'tidak pernah terlambat dalam 3 siklus; paling lama 58 menit kerja',
    });
  });
  it('writes a median between two minutes with the Indonesian decimal comma', () => {
    expect(usulanTarget(240, stat([300, 262, 263, 180], 3))?.alasan).toBe(
      'terlambat di 3 dari 4 siklus; median 262,5 menit kerja',
    );
  });
  it('proposes nothing when late in half the cycles or less, or when the worst is above half the target', () => {
    expect(usulanTarget(240, stat([300, 250, 180, 200], 2))).toBeNull();
    expect(usulanTarget(120, stat([31, 40, 61], 0))).toBeNull();
  });
  it('proposes nothing from fewer than three finished cycles', () => {
    expect(usulanTarget(240, stat([500, 600], 2))).toBeNull();
  });
});

describe('turunDuaKali: capaian that fell two periods in a row', () => {
  it('flags the period of the second fall', () => {
    expect(turunDuaKali([90, 95, 80, 70, 75])).toEqual([3]);
  });
  it('flags every second fall of a long slide', () => {
    expect(turunDuaKali([100, 90, 80, 70])).toEqual([2, 3]);
  });
  it('does not read a fall across a period without capaian, nor an equal value', () => {
    expect(turunDuaKali([90, 80, null, 70, 60])).toEqual([]);
    expect(turunDuaKali([90, 80, 80, 70])).toEqual([]);
  });
});
