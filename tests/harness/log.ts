/**
 * The cycle's Log tab for tests, by field name: read with the add-in's own row mapping (BarisLog, by header name from
 * sheets-templates/tab-log.json), written as the actions write their rows.
 */
import logJson from '../../sheets-templates/tab-log.json';
import { parseTataLetak } from '../../src/server/domain/layout';
import type { StepEvent } from '../../src/server/domain/pelacakan/kejadian-langkah';
import {
  bacaLog as bacaIsiLog,
  eventKeBarisLog,
  selBarisLog,
  type BarisLog,
} from '../../src/server/domain/pelacakan/log';
import { segelBaris } from '../../src/server/domain/pelacakan/segel-log';
import { PROPERTI_KUNCI_LOG } from '../../src/server/gateways/script/kunci-log';
import { AWALAN_TEMPAT_LOG } from '../../src/server/gateways/script/tempat-log';
import type { LoadedScript } from './script';

export type { BarisLog };

/** The Log tab's layout (name, columns). */
export const TAB_LOG = parseTataLetak(logJson, 'sheets-templates/tab-log.json');
const JUDUL_LOG = TAB_LOG.kolom.map((k) => k.judul);

type Globals = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
};

const bukaLog = (script: LoadedScript, spreadsheetId: string) =>
  (script.context as unknown as Globals).SpreadsheetApp.openById(spreadsheetId).getSheetByName(TAB_LOG.nama);

/** Every row of the Log of `spreadsheetId`, read by `oleh`: waktu in epoch ms, langkah null when the row has none. */
export function bacaLog(script: LoadedScript, spreadsheetId: string, oleh: string): BarisLog[] {
  const values = script.world.run({ user: oleh, activeSpreadsheetId: spreadsheetId }, () =>
    bukaLog(script, spreadsheetId)!.getDataRange().getValues(),
  );
  return bacaIsiLog(values, TAB_LOG).baris;
}

/** Only some fields of each row, e.g. pilihLog(log, 'aksi', 'langkah', 'id'). */
export function pilihLog<K extends keyof BarisLog>(baris: readonly BarisLog[], ...kolom: K[]): Pick<BarisLog, K>[] {
  return baris.map((b) => Object.fromEntries(kolom.map((k) => [k, b[k]])) as Pick<BarisLog, K>);
}

/** The rows without their time, for comparing the Log of two runs whose clocks differ. */
export const tanpaWaktu = (baris: readonly BarisLog[]): Omit<BarisLog, 'waktu'>[] =>
  baris.map(({ waktu: _, ...r }) => r);

/** The ids of the Log's rows, in order. */
export const idLog = (baris: readonly BarisLog[]): string[] => baris.map((b) => b.id);

/**
 * Appends rows to the Log as the actions write them (by `oleh`, e.g. the cycle's owner), in one write, sealed with the
 * add-in's key from the script properties (made here when the script has not made it yet) for their places.
 */
export function tulisLog(script: LoadedScript, spreadsheetId: string, oleh: string, baris: readonly BarisLog[]): void {
  script.world.run({ user: oleh, activeSpreadsheetId: spreadsheetId }, () => {
    const g = script.context as unknown as Globals;
    const properti = g.PropertiesService.getScriptProperties();
    const kunci = properti.getProperty(PROPERTI_KUNCI_LOG) ?? 'kunci-uji';
    properti.setProperty(PROPERTI_KUNCI_LOG, kunci);
    const log = bukaLog(script, spreadsheetId)!;
    const akhir = log.getLastRow();
    log
      .getRange(akhir + 1, 1, baris.length, TAB_LOG.kolom.length)
      .setValues(baris.map((b, i) => selBarisLog(JUDUL_LOG, b, segelBaris(kunci, b, akhir + 1 + i))));
    // and records the last place, as the add-in does (gateways/script/tempat-log.ts)
    properti.setProperty(`${AWALAN_TEMPAT_LOG}${spreadsheetId}`, String(akhir + baris.length));
  });
}

/** The Log row of a step event, as the tracking actions write it. */
export const barisKejadian = (event: StepEvent): BarisLog => eventKeBarisLog(event);
