/**
 * A revised target in the scenario: the PERMAS Kabid proposes new triwulan targets for an indicator whose guidance
 * came late, with the reason; the Sek. Tim SAKIP accepts before the Rekap is made.
 */
import type { Siklus } from '../../tests/harness/siklus';
import { sel } from './sel';
import skenario from './skenario-tw2-2026.json';
import { wib, type Kejadian } from './waktu';

export function kejadianPerubahanTarget(s: Siklus): Kejadian[] {
  const u = skenario.perubahanTarget;
  const baris = () => Number(/\d+$/.exec(sel(s, `Form ${u.kode}`, u.indikator, 'Realisasi'))![0]);
  return [
    {
      at: wib(u.diajukan),
      urutan: 1,
      oleh: u.oleh,
      judul: `mengusulkan perubahan target (${Object.entries(u.target)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}) untuk "${u.indikator}…"`,
      jalankan: () =>
        s.panggil('ajukanPerubahanTarget', u.oleh, {
          unit: u.kode,
          baris: baris(),
          target: u.target,
          alasan: u.alasan,
        }),
    },
    {
      at: wib(u.diputuskan),
      urutan: 1,
      oleh: u.diputuskanOleh,
      judul: 'menerima usulan perubahan target No. 1 (Perjanjian Kinerja dan formulir diperbarui)',
      jalankan: () => s.panggil('putuskanPerubahanTarget', u.diputuskanOleh, 1, true, u.catatan),
    },
  ];
}
