/**
 * The Tren Kinerja tab of the office's SAKIP workbook: per unit and indicator, the target, realisasi, capaian and
 * predikat of every cycle of the year and the year before (as each cycle's Rekap gives them, to date of its period),
 * one row per period so that the tab stays within a sheet's columns whatever the number of cycles; the indicators
 * whose capaian fell two periods in a row flagged, and per unit a chart of the capaian per period.
 */
import { formatAngka } from '../format/bilangan';
import { formatWaktuLokal } from '../format/tanggal';
import type { Sel } from '../data/rekap/sel-lembar';
import { angkaSel, barisIsi, susunTab, tabelBerjudul, teksSel, type BlokBergrafik, type LembarPantau } from './lembar';
import { blokSiklus, type SiklusDibaca } from './siklus-dibaca';
import type { NilaiPeriode, PeriodeTren } from './periode-tren';
import { turunDuaKali } from './tren';
import { labelPendekPeriode } from '../siklus/periode';

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
function blokTabel(indikator: readonly BarisIndikator[], periode: readonly PeriodeTren[]) {
  return tabelBerjudul(
    'TARGET, REALISASI DAN CAPAIAN PER PERIODE (s.d. periode, dari tab Rekap setiap siklus)',
    [
      'Unit',
      'Indikator Kinerja',
      'Satuan',
      'Periode',
      'Target s.d. periode',
      'Realisasi s.d. periode',
      'Capaian (%)',
      'Predikat',
      JUDUL_TURUN,
    ],
    indikator.flatMap((i) => {
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
  );
}

/** Per unit the capaian of each indicator (a row) in each period (a column: a series of its chart). */
function blokPerUnit(indikator: readonly BarisIndikator[], periode: readonly PeriodeTren[]): BlokBergrafik[] {
  return [...new Set(indikator.map((i) => i.unit))].map((unit) => ({
    judul: `Unit ${unit}`,
    // the headers name the chart's series: short, so a legend beside the chart keeps the year
    kepala: ['Indikator Kinerja', ...periode.map((p) => labelPendekPeriode(p.label))],
    isi: indikator
      .filter((i) => i.unit === unit)
      .map((i) =>
        barisIsi([teksSel(i.indikator), ...periode.map((p) => angkaSel(p.nilai.get(i.kunci)?.capaian ?? null))]),
      ),
    grafik: {
      judul: `Capaian (%) indikator ${unit} per periode`,
      sumbuX: 'Indikator',
      sumbuY: 'Capaian (%)',
      kolomGrafik: periode.length + 1,
    },
  }));
}

export function lembarTren(m: MasukanTren): LembarPantau {
  const indikator = daftarIndikator(m.periode);
  return susunTab(
    NAMA_TAB_TREN,
    `TREN KINERJA — TAHUN ${m.tahun - 1} DAN ${m.tahun}`,
    [
      `Dibangun ulang dari tab Rekap ${m.periode.length} siklus pada ${formatWaktuLokal(m.dibangunMs)}.`,
      'Target dan realisasi s.d. periode siklus itu; predikat menurut skala predikat di Pengaturan siklusnya.',
    ],
    [blokSiklus(m.siklus), blokTabel(indikator, m.periode)],
    {
      judul: 'CAPAIAN PER UNIT (%): satu grafik per unit, satu batang per periode',
      blok: blokPerUnit(indikator, m.periode),
    },
    LEBAR_KOLOM,
  );
}
