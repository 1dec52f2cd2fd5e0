/**
 * A fault at every service call of each action converges: the execution killed at call k, the action run again, and
 * the end state the same as a clean run's. The figures are printed and written to docs/keandalan.md by hand.
 * KEANDALAN_MAKS caps the cases per action (an even sample); KEANDALAN_AKSI runs only the actions whose name contains it.
 */
import { AKSI } from './aksi';
import { sapu, tabel, type HasilSapuan } from './sapuan';

const MAKS = Number(process.env.KEANDALAN_MAKS ?? 300);
const PILIH = process.env.KEANDALAN_AKSI ?? '';
const hasil: HasilSapuan[] = [];

afterAll(() => {
  console.log(`Gangguan di setiap panggilan (paling banyak ${MAKS} kasus per aksi):\n${tabel(hasil)}`);
});

describe('a fault at every service call converges', () => {
  for (const aksi of AKSI.filter((a) => a.nama.includes(PILIH))) {
    it(aksi.nama, () => {
      const h = sapu(aksi, MAKS);
      hasil.push(h);
      expect(h.kasus).toBeGreaterThan(0);
      expect(h.gagal).toEqual([]);
    });
  }
});
