/**
 * The trend of one unit for the panel, read only when the unit is opened (never with the panel itself): each
 * indicator's capaian per period of the year so far, from the Rekap of every earlier cycle of the year that this cycle
 * recorded when it was started, then this cycle's own Rekap when there is one. Each earlier cycle is opened once and
 * only the unit's rows of its Rekap are read (bacaRekapUnit); nothing is written, so no lock. For the unit's Kabid and
 * people, the Tim SAKIP and the Kepala.
 */
import type { TrenUnitPanel } from '../../../shared/api';
import { wajibBolehLihatUnit } from '../../domain/pengaturan/wewenang';
import type { Pengaturan } from '../../domain/pengaturan/types';
import { trenUnitPanel } from '../../domain/panel/tren-unit';
import { periodeTren, type PeriodeTren } from '../../domain/pemantauan/periode-tren';
import { labelKunciPeriode, parsePeriode } from '../../domain/siklus/periode';
import { emailPengguna } from '../../gateways/script/session';
import { bacaTandaSiklus } from '../../gateways/sheets/cycle-metadata';
import { bukaSiklusKantor } from '../../gateways/sheets/cycle-registered';
import { bukaSiklusTerdaftar, siklusSetahunTercatat } from '../../gateways/sheets/cycle-spreadsheet';
import { bacaPengaturanSiklus } from '../../gateways/sheets/pengaturan-tab';
import { bacaRekapUnit } from '../../gateways/sheets/rekap-unit-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const urutan = (kunci: string) => {
  const p = parsePeriode(kunci);
  return p.ok ? p.periode.tahun * 10 + (p.periode.triwulan ?? 5) : Infinity;
};

/** The period of one cycle's Rekap, or why it is left out. */
function periodeSiklus(ss: Spreadsheet, label: string, kode: string, p: Pengaturan): PeriodeTren | string {
  try {
    const rekap = bacaRekapUnit(ss, kode);
    if (!rekap.length) return `${label}: Rekap belum disusun, atau belum memuat unit ${kode}.`;
    return periodeTren(label, rekap, p.skala);
  } catch (e) {
    return `${label}: ${(e as Error).message}`;
  }
}

export function trenUnit(spreadsheetId: string, kode: string): TrenUnitPanel {
  const email = emailPengguna();
  const ss = bukaSiklusKantor(spreadsheetId);
  const p = bacaPengaturanSiklus(ss);
  wajibBolehLihatUnit(p, email, kode);
  const kunciIni = bacaTandaSiklus(ss)?.kunci ?? '';
  const lalu = Object.entries(siklusSetahunTercatat(ss)).sort(([a], [b]) => urutan(a) - urutan(b));
  const hasil = [
    ...lalu.map(([kunci, id]) => {
      const label = labelKunciPeriode(kunci);
      const siklus = bukaSiklusTerdaftar(id, kunci);
      return siklus?.bertanda
        ? periodeSiklus(siklus.ss, label, kode, p)
        : `${label}: spreadsheet siklusnya tidak dapat dibuka (dihapus, dipindah atau tidak dibagikan kepada Anda).`;
    }),
    periodeSiklus(ss, labelKunciPeriode(kunciIni), kode, p),
  ];
  return trenUnitPanel({
    kode,
    labelSiklus: labelKunciPeriode(kunciIni),
    periode: hasil.filter((h): h is PeriodeTren => typeof h !== 'string'),
    skala: p.skala,
    siklusLalu: lalu.length,
    catatan: hasil.filter((h): h is string => typeof h === 'string'),
  });
}
