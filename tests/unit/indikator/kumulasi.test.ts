import fc from 'fast-check';
import { hitungCapaian } from '../../../src/server/domain/indikator/capaian';
import {
  type MetodeKumulasi,
  METODE_KUMULASI,
  metodeBawaan,
  periksaTargetTahun,
  realisasiSampai,
  type Sampai,
  type TargetTahun,
  targetSampai,
  triwulanDibutuhkan,
} from '../../../src/server/domain/indikator/kumulasi';
import type { Polaritas } from '../../../src/server/domain/indikator/polaritas';

const tahun = (metode: MetodeKumulasi, tahunan: number, triwulan: (number | null)[]): TargetTahun => ({
  tahunan,
  triwulan,
  metode,
});

/** target and realisasi of a period from the four triwulan realisasi, as the Rekap derives them */
function ukur(t: TargetTahun, sampai: Sampai, realisasi: number[]) {
  const target = targetSampai(t, sampai);
  if (!target.ok) throw new Error(target.reason);
  const r = realisasiSampai(
    t.metode,
    triwulanDibutuhkan(t.metode, sampai).map((n) => realisasi[n - 1]),
  );
  return { target: target.target, realisasi: r };
}

describe('cumulation methods: target and realisasi of triwulan n to date', () => {
  const R = [3, 4, 2, 5];
  it('jumlah: sums of the triwulan to date; the year sums all four', () => {
    const t = tahun('jumlah', 12, [3, 3, 3, 3]);
    expect(ukur(t, 1, R)).toEqual({ target: 3, realisasi: 3 });
    expect(ukur(t, 2, R)).toEqual({ target: 6, realisasi: 7 });
    expect(ukur(t, 3, R)).toEqual({ target: 9, realisasi: 9 });
    expect(ukur(t, 'tahunan', R)).toEqual({ target: 12, realisasi: 14 });
  });

  it('terakhir: the triwulan’s own target and value; the year is triwulan IV against the annual target', () => {
    const t = tahun('terakhir', 100, [25, 50, 75, 100]);
    expect(ukur(t, 2, [20, 45, 70, 98])).toEqual({ target: 50, realisasi: 45 });
    expect(ukur(t, 'tahunan', [20, 45, 70, 98])).toEqual({ target: 100, realisasi: 98 });
    expect(triwulanDibutuhkan('terakhir', 3)).toEqual([3]);
  });

  it('rata-rata: means to date', () => {
    const t = tahun('rata-rata', 30, [32, 30, 30, 28]);
    expect(ukur(t, 2, [34, 32, 0, 0])).toEqual({ target: 31, realisasi: 33 });
    expect(ukur(t, 'tahunan', [34, 32, 30, 28])).toEqual({ target: 30, realisasi: 31 });
  });

  it('tetap: the annual target every triwulan, a blank triwulan target being that target', () => {
    const t = tahun('tetap', 80, [null, null, null, null]);
    expect(ukur(t, 2, [70, 72, 0, 0])).toEqual({ target: 80, realisasi: 72 });
    expect(ukur(t, 'tahunan', [70, 72, 75, 78])).toEqual({ target: 80, realisasi: 78 });
  });

  it('names the blank triwulan targets a period needs instead of guessing them', () => {
    expect(targetSampai(tahun('jumlah', 12, [3, null, null, null]), 3)).toEqual({
      ok: false,
      reason: 'Target triwulan II, triwulan III belum diisi di Perjanjian Kinerja (Rencana Aksi).',
    });
    expect(targetSampai(tahun('terakhir', 70, [null, null, null, 70]), 2).ok).toBe(false);
  });

  it('ranges are cumulated bound by bound', () => {
    const t: TargetTahun = {
      tahunan: { min: 90, max: 100 },
      triwulan: [{ min: 20, max: 30 }, { min: 40, max: 50 }, null, null],
      metode: 'jumlah',
    };
    expect(targetSampai(t, 2)).toEqual({ ok: true, target: { min: 60, max: 80 } });
  });
});

describe('the Perjanjian Kinerja’s triwulan targets against its annual target', () => {
  it('accepts targets that add up under their method, and unfilled Rencana Aksi', () => {
    expect(periksaTargetTahun(tahun('jumlah', 12, [3, 3, 3, 3]))).toBeNull();
    expect(periksaTargetTahun(tahun('terakhir', 100, [25, 50, 75, 100]))).toBeNull();
    expect(periksaTargetTahun(tahun('rata-rata', 30, [32, 30, 30, 28]))).toBeNull();
    expect(periksaTargetTahun(tahun('tetap', 80, [80, null, 80, null]))).toBeNull();
    expect(periksaTargetTahun(tahun('jumlah', 12, [3, null, null, null]))).toBeNull();
  });

  it('says how targets that do not add up differ', () => {
    expect(periksaTargetTahun(tahun('jumlah', 12, [3, 3, 3, 2]))).toBe(
      'jumlah target triwulan (11) tidak sama dengan target tahunan 12 (metode "jumlah").',
    );
    expect(periksaTargetTahun(tahun('terakhir', 100, [25, 50, 75, 90]))).toMatch(/target triwulan IV \(90\)/);
    expect(periksaTargetTahun(tahun('rata-rata', 30, [30, 30, 30, 31]))).toMatch(/rata-rata target triwulan/);
    expect(periksaTargetTahun(tahun('tetap', 80, [80, 75, null, null]))).toMatch(/75 berbeda dari target tahunan 80/);
  });
});

describe('the default method follows the satuan', () => {
  it.each([
    ['%', 'terakhir'],
    ['Indeks', 'terakhir'],
    ['desa', 'terakhir'],
    ['orang', 'jumlah'],
    ['kali', 'jumlah'],
    ['dokumen', 'jumlah'],
    ['hari', 'rata-rata'],
    ['satuan baru', 'jumlah'],
  ])('%s → %s', (satuan, metode) => expect(metodeBawaan(satuan)).toBe(metode));
});

describe('the Tahunan capaian equals the one derived from its four triwulan (property)', () => {
  const bulat = fc.integer({ min: 1, max: 500 });
  const empat = fc.array(bulat, { minLength: 4, maxLength: 4 });
  const polaritas = fc.constantFrom<Polaritas>('positif', 'negatif', 'stabil');
  const jumlahkan = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  /** the annual target that agrees with the triwulan targets under the method */
  const tahunanDari = (metode: MetodeKumulasi, tw: number[]) =>
    metode === 'jumlah' ? jumlahkan(tw) : metode === 'rata-rata' ? jumlahkan(tw) / 4 : tw[3];
  it.each(METODE_KUMULASI)('under "%s", for every polarity (stable: ranges of width d)', (metode) => {
    fc.assert(
      fc.property(empat, empat, polaritas, fc.integer({ min: 0, max: 50 }), (tw, realisasi, pol, d) => {
        const rentang = (x: number) => (pol === 'stabil' ? { min: x, max: x + d } : x);
        const tahunan = tahunanDari(metode, tw);
        const t: TargetTahun = {
          tahunan:
            pol === 'stabil'
              ? {
                  min: tahunan,
                  max: tahunanDari(
                    metode,
                    tw.map((x) => x + d),
                  ),
                }
              : tahunan,
          triwulan: metode === 'tetap' ? [null, null, null, null] : tw.map(rentang),
          metode,
        };
        expect(periksaTargetTahun(t)).toBeNull();
        const kebijakan = { varianNegatif: 'A' as const, capping: 'tanpa' as const };
        const capaian = (sampai: Sampai) => hitungCapaian({ ...ukur(t, sampai, realisasi), polaritas: pol }, kebijakan);
        const [a, b] = [capaian('tahunan'), capaian(4)];
        expect(a.ok && b.ok).toBe(true);
        if (a.ok && b.ok) expect(a.nilai).toBeCloseTo(b.nilai, 9);
      }),
    );
  });
});
