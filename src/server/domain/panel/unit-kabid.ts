/** A Kabid's own unit in the panel: each filled form row with its validation state, and the counts. Pure. */
import type { BarisValidasiPanel, UnitKabidPanel } from '../../../shared/api';
import { barisKosong } from '../data/temuan/kosong';
import { keadaanBaris, uraianKeadaan, type BarisUnit, type KeadaanBaris } from '../data/validasi/status-validasi';

function golongan(k: KeadaanBaris): BarisValidasiPanel['keadaan'] {
  if (k.jenis === 'valid' || k.jenis === 'validBaru') return 'valid';
  if (k.jenis === 'perbaikan' || (k.jenis === 'sidikUsang' && k.status === 'Perlu perbaikan')) return 'perbaikan';
  return 'belum';
}

const kapital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export function unitKabidPanel(kode: string, tab: string, rows: readonly BarisUnit[]): UnitKabidPanel {
  const baris = rows
    .filter((r) => !barisKosong(r.baris))
    .map((r) => {
      const k = keadaanBaris(r);
      const keadaan = golongan(k);
      return {
        baris: r.baris.rowNumber,
        indikator: String(r.baris.cells.indikator ?? '').trim(),
        keadaan,
        keadaanTeks: keadaan === 'valid' ? 'Valid' : kapital(uraianKeadaan(k)),
      };
    });
  const hitung = (g: BarisValidasiPanel['keadaan']) => baris.filter((b) => b.keadaan === g).length;
  return {
    kode,
    tab,
    baris,
    jumlah: { valid: hitung('valid'), perbaikan: hitung('perbaikan'), belum: hitung('belum') },
  };
}
