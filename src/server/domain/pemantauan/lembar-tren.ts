/**
 * The Tren Kinerja tab of the office's SAKIP workbook: per unit and indicator, the target, realisasi, capaian and
 * predikat of every cycle of the year and the year before (as each cycle's Rekap gives them, to date of its period),
 * one row per period so that the tab stays within a sheet's columns whatever the number of cycles; the indicators
 * whose capaian fell two periods in a row flagged, and per unit a chart of the capaian per period.
 */
import { formatAngka } from '../format/bilangan';
import { formatWaktuLokal } from '../format/tanggal';
import type { Sel } from '../data/rekap/sel-lembar';
import {
  angkaSel,
  barisIsi,
  barisJudul,
  barisJudulBlok,
  barisKepala,
  barisKosong,
  susunLembar,
  teksSel,
  TINGGI_GRAFIK,
  type BarisLembar,
  type GrafikLembar,
  type LembarPantau,
} from './lembar';
import { blokSiklus, type SiklusDibaca } from './siklus-dibaca';
import type { NilaiPeriode, PeriodeTren } from './periode-tren';
import { turunDuaKali } from './tren';

const NAMA_TAB_TREN = 'Tren Kinerja';
const JUDUL_TURUN = 'Capaian turun dua periode berturut-turut';
const LEBAR_KOLOM = [300, 300, 90, 160, 110, 110, 100, 110, 360];

export interface MasukanTren {
  tahun: number;
  dibangunMs: number;
  siklus: readonly SiklusDibaca[];
  /** the cycles whose Rekap was read, in period order */
  periode: readonly PeriodeTren[];
}

interface BarisIndikator {
  kunci: string;
  unit: string;
  indikator: string;
  satuan: string;
}

/** Every indicator of any period, grouped by unit in the order first seen. */
function daftarIndikator(periode: readonly PeriodeTren[]): BarisIndikator[] {
  const semua = new Map<string, BarisIndikator>();
  for (const p of periode) {
    for (const [kunci, n] of p.nilai) {
      if (!semua.has(kunci)) semua.set(kunci, { kunci, unit: n.unit, indikator: n.indikator, satuan: n.satuan });
    }
  }
  const unit = [...new Set([...semua.values()].map((i) => i.unit))];
  return unit.flatMap((u) => [...semua.values()].filter((i) => i.unit === u));
}

/** The periods (by position) at which the indicator's capaian fell for the second time in a row, with the three values. */
function turunPada(i: BarisIndikator, periode: readonly PeriodeTren[]): Map<number, string> {
  const capaian = periode.map((p) => p.nilai.get(i.kunci)?.capaian ?? null);
  return new Map(
    turunDuaKali(capaian).map((j) => [
      j,
      `Turun dua periode berturut-turut: ${[j - 2, j - 1, j]
        .map((k) => `${periode[k].label} ${formatAngka(capaian[k] as number)}`)
        .join(' → ')}`,
    ]),
  );
}

function selNilai(n: NilaiPeriode | undefined): Sel[] {
  if (!n) return [teksSel('Tidak ada di Rekap siklus ini'), teksSel(''), teksSel(''), teksSel('')];
  return [
    typeof n.target === 'string' ? teksSel(n.target) : angkaSel(n.target),
    angkaSel(n.realisasi),
    angkaSel(n.capaian),
    { v: n.predikat, latar: n.warnaPredikat },
  ];
}

/** One row per indicator and period, the periods of an indicator one under the other. */
function blokTabel(indikator: readonly BarisIndikator[], periode: readonly PeriodeTren[]): BarisLembar[] {
  return [
    barisJudulBlok('TARGET, REALISASI DAN CAPAIAN PER PERIODE (s.d. periode, dari tab Rekap setiap siklus)'),
    barisKepala([
      'Unit',
      'Indikator Kinerja',
      'Satuan',
      'Periode',
      'Target s.d. periode',
      'Realisasi s.d. periode',
      'Capaian (%)',
      'Predikat',
      JUDUL_TURUN,
    ]),
    ...indikator.flatMap((i) => {
      const turun = turunPada(i, periode);
      return periode.map((p, j) =>
        barisIsi([
          teksSel(i.unit),
          teksSel(i.indikator, true),
          teksSel(i.satuan),
          teksSel(p.label),
          ...selNilai(p.nilai.get(i.kunci)),
          teksSel(turun.get(j) ?? '', true),
        ]),
      );
    }),
  ];
}

/**
 * Per unit the capaian of each indicator (a row) in each period (a column: a series of the chart), padded to a
 * chart's height so that its chart sits beside it.
 */
function blokPerUnit(
  indikator: readonly BarisIndikator[],
  periode: readonly PeriodeTren[],
  awal: number,
): { baris: BarisLembar[]; grafik: GrafikLembar[] } {
  const baris: BarisLembar[] = [barisJudulBlok('CAPAIAN PER UNIT (%): satu grafik per unit, satu batang per periode')];
  const grafik: GrafikLembar[] = [];
  for (const unit of [...new Set(indikator.map((i) => i.unit))]) {
    const milik = indikator.filter((i) => i.unit === unit);
    const mulai = awal + baris.length;
    baris.push(
      barisJudulBlok(`Unit ${unit}`),
      barisKepala(['Indikator Kinerja', ...periode.map((p) => p.label)]),
      ...milik.map((i) =>
        barisIsi([teksSel(i.indikator), ...periode.map((p) => angkaSel(p.nilai.get(i.kunci)?.capaian ?? null))]),
      ),
    );
    grafik.push({
      baris: mulai + 1,
      kolom: 1,
      tinggi: milik.length + 1,
      lebar: periode.length + 1,
      judul: `Capaian (%) indikator ${unit} per periode`,
      sumbuX: 'Indikator',
      sumbuY: 'Capaian (%)',
      posisiBaris: mulai,
      posisiKolom: periode.length + 3,
    });
    const tinggi = Math.max(TINGGI_GRAFIK, milik.length + 3);
    while (awal + baris.length < mulai + tinggi) baris.push(barisKosong());
  }
  return { baris, grafik };
}

export function lembarTren(m: MasukanTren): LembarPantau {
  const indikator = daftarIndikator(m.periode);
  const atas: BarisLembar[] = [
    barisJudul(`TREN KINERJA — TAHUN ${m.tahun - 1} DAN ${m.tahun}`),
    barisIsi([
      teksSel(
        `Dibangun ulang dari tab Rekap ${m.periode.length} siklus pada ${formatWaktuLokal(m.dibangunMs)}. Target dan ` +
          'realisasi s.d. periode siklus itu; predikat menurut skala predikat di Pengaturan siklusnya.',
      ),
    ]),
    barisKosong(),
    ...blokSiklus(m.siklus),
    barisKosong(),
    ...blokTabel(indikator, m.periode),
    barisKosong(),
  ];
  const perUnit = blokPerUnit(indikator, m.periode, atas.length + 1);
  return susunLembar(NAMA_TAB_TREN, [...atas, ...perUnit.baris], LEBAR_KOLOM, perUnit.grafik);
}
