/**
 * One registered cycle as the monitoring reads it: opened once, its tabs listed once, then its Pengaturan, Log and
 * Rekap (the columns the trend takes) each read in one getValues. Only read: nothing in the cycle is written or protected. A cycle that cannot be
 * opened, or whose tab cannot be read, is described, not thrown, so the other cycles are still built.
 */
import { pesanGalat } from '../../domain/format/pesan-galat';
import { bacaLog, KOLOM_LOG, type IsiLog } from '../../domain/pelacakan/log';
import type { Bacaan, SiklusPantau } from '../../domain/pemantauan/siklus-pantau';
import { posisiKolom } from '../../domain/layout';
import { TEMPLAT } from '../../domain/templat';
import { kunciSegelLog } from '../script/kunci-log';
import { tempatLogTercatat } from '../script/tempat-log';
import { bacaTandaSiklus } from './cycle-metadata';
import { bacaPengaturanSiklus } from './pengaturan-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const KOLOM_REKAP_TREN = posisiKolom(TEMPLAT.rekap, 'capaian');

function baca<T>(kerja: () => T): Bacaan<T> {
  try {
    return { ok: true, nilai: kerja() };
  } catch (e) {
    return { ok: false, alasan: pesanGalat(e) };
  }
}

function bacaLogSiklus(spreadsheetId: string, sheet: Sheet | undefined): { isi: IsiLog; barisId: Map<string, number> } {
  if (!sheet) return { isi: { baris: [], events: [] }, barisId: new Map() };
  const nilai = sheet.getDataRange().getValues();
  const kolomId = nilai[0]?.findIndex((v) => String(v).trim() === KOLOM_LOG.id) ?? -1;
  const barisId = new Map(nilai.map((r, i) => [String(r[kolomId] ?? '').trim(), i + 1]));
  return { isi: bacaLog(nilai, TEMPLAT.log, kunciSegelLog(), tempatLogTercatat(spreadsheetId)), barisId };
}

/** The cycle of `kunci` at `spreadsheetId`, or why it cannot be read. */
export function bacaSiklusPantau(spreadsheetId: string, kunci: string): Bacaan<SiklusPantau> {
  let ss: Spreadsheet;
  try {
    ss = SpreadsheetApp.openById(spreadsheetId);
  } catch {
    return {
      ok: false,
      alasan:
        'Tidak dapat dibuka: spreadsheet ini dihapus, dipindah ke tempat yang tidak dapat Anda jangkau, atau tidak ' +
        'lagi dibagikan kepada Anda. Minta pemiliknya membagikannya kembali, atau pulihkan dari sampah Drive.',
    };
  }
  const tanda = bacaTandaSiklus(ss);
  if (tanda?.kunci !== kunci) {
    return { ok: false, alasan: `Spreadsheet "${ss.getName()}" tidak bertanda siklus periode ini; tidak dibaca.` };
  }
  const tab = new Map(ss.getSheets().map((s) => [s.getName(), s]));
  const rekap = tab.get(TEMPLAT.rekap.nama);
  // the trend takes the Rekap's columns up to the capaian: the rest (predikat, notes, evidence) is not read
  return {
    ok: true,
    nilai: {
      ditutup: tanda.ditutup !== null,
      pengaturan: baca(() => bacaPengaturanSiklus(ss)),
      log: baca(() => bacaLogSiklus(spreadsheetId, tab.get(TEMPLAT.log.nama))),
      rekap: rekap ? rekap.getRange(1, 1, Math.max(1, rekap.getLastRow()), KOLOM_REKAP_TREN).getValues() : null,
    },
  };
}
