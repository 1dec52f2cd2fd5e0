/**
 * A unit's trend as the panel draws it: from the periods of the year so far (each cycle's Rekap with the predikat of
 * this cycle's scale), each indicator of the unit with its capaian per period, and per period the mean capaian of the
 * unit's indicators that have one.
 */
import type { NilaiTren, TrenUnitPanel } from '../../../shared/api';
import { tentukanPredikat, type SkalaPredikat } from '../indikator/predikat';
import type { PeriodeTren } from '../pemantauan/periode-tren';
import { labelPendekPeriode } from '../siklus/periode';

export interface MasukanTrenUnit {
  kode: string;
  /** "Triwulan II Tahun 2026" */
  labelSiklus: string;
  /** the periods whose Rekap was read, oldest first, this cycle's last when it has one */
  periode: readonly PeriodeTren[];
  skala: SkalaPredikat;
  /** earlier cycles of the year recorded in this one */
  siklusLalu: number;
  catatan: string[];
}

function nilaiTren(nilai: number | null, skala: SkalaPredikat): NilaiTren {
  if (nilai === null) return { nilai, predikat: '', warna: null };
  const pita = tentukanPredikat(nilai, skala);
  return { nilai, predikat: pita.label, warna: pita.warna };
}

function rataRata(p: PeriodeTren, skala: SkalaPredikat): NilaiTren {
  const capaian = [...p.nilai.values()].map((n) => n.capaian).filter((c): c is number => c !== null);
  const rata = capaian.length ? capaian.reduce((a, b) => a + b, 0) / capaian.length : null;
  return nilaiTren(rata === null ? null : Math.round(rata * 100) / 100, skala);
}

export function trenUnitPanel(m: MasukanTrenUnit): TrenUnitPanel {
  const indikator = new Map<string, { nama: string; satuan: string }>();
  for (const p of m.periode) {
    for (const [kunci, n] of p.nilai)
      if (!indikator.has(kunci)) indikator.set(kunci, { nama: n.indikator, satuan: n.satuan });
  }
  const tren: TrenUnitPanel = {
    kode: m.kode,
    periode: m.periode.map((p) => labelPendekPeriode(p.label)),
    rataRata: m.periode.map((p) => rataRata(p, m.skala)),
    indikator: [...indikator].map(([kunci, i]) => ({
      ...i,
      capaian: m.periode.map((p) => {
        const n = p.nilai.get(kunci);
        return n ? { nilai: n.capaian, predikat: n.predikat, warna: n.warnaPredikat } : nilaiTren(null, m.skala);
      }),
    })),
    catatan: m.catatan,
  };
  if (!m.siklusLalu) {
    tren.tanpaPeriodeLalu =
      `Belum ada periode sebelumnya di tahun ini: ${m.labelSiklus} adalah siklus pertama tahunnya, maka tren ` +
      `unit ${m.kode} baru tampil mulai siklus berikutnya.`;
  }
  return tren;
}
