/**
 * One test file of the fault sweep: a group of actions and one kind of fault, the figures printed as a table once the
 * file ran (docs/keandalan.md keeps them, copied by hand). The sweep is split into files so jest runs them side by
 * side. KEANDALAN_MAKS caps the cases per action (an even sample); KEANDALAN_AKSI runs only the actions whose name
 * contains it; KEANDALAN_JENIS ('berhenti' or 'sekali') only that kind of fault.
 */
import { sapu, tabel, type Aksi, type HasilSapuan, type JenisGangguan } from './sapuan';

/** Cases per action when KEANDALAN_MAKS is not set: the execution dying costs more to reach every call of. */
const MAKS_BAWAAN: Record<JenisGangguan, number> = { berhenti: 300, sekali: 200 };

export function ujiSapuan(kelompok: string, aksi: readonly Aksi[], jenis: JenisGangguan): void {
  const maks = Number(process.env.KEANDALAN_MAKS ?? MAKS_BAWAAN[jenis]);
  const pilih = process.env.KEANDALAN_AKSI ?? '';
  const dipilih = [undefined, jenis].includes(process.env.KEANDALAN_JENIS as JenisGangguan | undefined);
  const hasil: HasilSapuan[] = [];

  afterAll(() => {
    if (hasil.length) console.log(`${kelompok} (paling banyak ${maks} kasus per aksi):\n${tabel(hasil)}`);
  });

  describe(`a fault at every service call converges (${kelompok})`, () => {
    for (const a of aksi.filter((x) => x.nama.includes(pilih) && dipilih)) {
      it(`${a.nama}: ${jenis}`, () => {
        const h = sapu(a, maks, jenis);
        hasil.push(h);
        expect(h.kasus).toBeGreaterThan(0);
        expect(h.gagal).toEqual([]);
      });
    }
  });
}
