/**
 * The plain step records of the scenario (docs/skenario-tw2-2026.md): each person marks the steps they carry started
 * and finished from the sidebar. Actions that stand for a step record (sending the forms, the meeting ...) replace it.
 */
import type { Siklus } from '../../tests/harness/siklus';
import skenario from './skenario-tw2-2026.json';
import { wib, type Kejadian } from './waktu';

export function kejadianLangkah(s: Siklus): Kejadian[] {
  const [, langkahDua, ...langkahLain] = skenario.langkah;
  const catat = (jenis: 'mulai' | 'selesai', no: number, oleh: string, at: string, urutan: number): Kejadian => ({
    at: wib(at),
    urutan,
    oleh,
    judul: `${jenis} langkah ${no}`,
    jalankan: () => s.panggil(jenis === 'mulai' ? 'mulaiLangkah' : 'selesaiLangkah', oleh, no),
  });
  return [
    catat('selesai', 2, langkahDua.oleh, langkahDua.selesai, 0),
    ...langkahLain.flatMap((l) => {
      const penutup = 'penutup' in l && l.penutup ? l.penutup : l.oleh;
      return [catat('mulai', l.no, l.oleh, l.mulai, 1), catat('selesai', l.no, penutup, l.selesai, 0)];
    }),
  ];
}
