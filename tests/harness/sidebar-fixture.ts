/**
 * A cycle spreadsheet for the sidebar tests (jsdom and Chromium): the cycle marker mulaiSiklus sets, the default
 * Pengaturan and a Log in which steps 1–3 are finished and step 4 runs, on Rabu 12 Agustus 2026 at 11.15 WIB.
 */
import logJson from '../../sheets-templates/tab-log.json';
import sopJson from '../../sheets-templates/sop-pengukuran-kinerja.json';
import type { StepEvent } from '../../src/server/domain/pelacakan/kejadian-langkah';
import { parseTataLetak } from '../../src/server/domain/layout';
import { pengaturanBawaan } from '../../src/server/domain/pengaturan/bawaan';
import { pengaturanKeBaris } from '../../src/server/domain/pengaturan/blok-pengaturan';
import type { Pengaturan } from '../../src/server/domain/pengaturan/types';
import { parseSopTemplate } from '../../src/server/domain/sop/template';
import { eventKeBarisLog, selBarisLog } from '../../src/server/domain/pelacakan/log';
import { localMs } from '../../src/server/domain/jam-kerja/zona';
import { METADATA_SIAP, METADATA_SIKLUS } from '../../src/server/gateways/sheets/cycle-spreadsheet';
import { World } from '../emulator';
import { LoadedScript } from './script';

export const SOP = parseSopTemplate(sopJson);
const LOG = parseTataLetak(logJson, 'sheets-templates/tab-log.json');

export const PENGGUNA = {
  /** Tim SAKIP: may act on every step */
  sekTim: 'sakip.sekretaris@contoh.go.id',
  /** pelaksana of steps 1, 5, 9 and 11 */
  kepala: 'kepala@contoh.go.id',
  /** a unit's staff member: no step of the SOP */
  staf: 'staf.sekre@contoh.go.id',
} as const;

/** Rabu 12 Agustus 2026, a working day (07.30–16.00 WIB, break 12.00–13.00). */
export const wib = (jam: number, menit = 0): number => localMs(2026, 8, 12, jam, menit);

/** Typed by a person into a note: must reach the page as text, never as markup. */
export const CATATAN_JAHAT = '<img src=x onerror="window.__disusupi = true">';

type Globals = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

export interface SiklusContoh {
  world: World;
  script: LoadedScript;
  spreadsheetId: string;
  /** adds a step event to the Log as the tracking actions write it */
  catat(event: Omit<StepEvent, 'id'>): void;
  /** rewrites the Pengaturan tab (a settings change made while the sidebar is open) */
  tulisPengaturan(ubah: (p: Pengaturan) => void): void;
}

export function siapkanSiklus(): SiklusContoh {
  const world = new World(wib(11, 15));
  const script = new LoadedScript(world);
  const g = script.context as unknown as Globals;
  const owner = PENGGUNA.sekTim;
  const spreadsheetId = world.run({ user: owner }, () => {
    const ss = g.SpreadsheetApp.create('Pengukuran Kinerja Triwulan II Tahun 2026');
    ss.addDeveloperMetadata(METADATA_SIKLUS, '2026-TW2');
    ss.addDeveloperMetadata(METADATA_SIAP, 'ya');
    ss.getSheets()[0].setName(LOG.nama);
    ss.getSheetByName(LOG.nama)!
      .getRange(1, 1, 1, LOG.kolom.length)
      .setValues([LOG.kolom.map((k) => k.judul)]);
    ss.insertSheet('Pengaturan');
    ss.addEditors(pengaturanBawaan(SOP).orang.map((o) => o.email));
    return ss.getId();
  });
  const buka = () => g.SpreadsheetApp.openById(spreadsheetId);
  let urut = 0;
  const siklus: SiklusContoh = {
    world,
    script,
    spreadsheetId,
    catat: (event) =>
      world.run({ user: owner }, () => {
        const log = buka().getSheetByName(LOG.nama)!;
        const row = selBarisLog(LOG, eventKeBarisLog({ ...event, id: `uji-${++urut}` }));
        log.getRange(log.getLastRow() + 1, 1, 1, row.length).setValues([row]);
      }),
    tulisPengaturan: (ubah) =>
      world.run({ user: owner }, () => {
        const p = pengaturanBawaan(SOP);
        ubah(p);
        const baris = pengaturanKeBaris(p, SOP);
        const sheet = buka().getSheetByName('Pengaturan')!;
        sheet.clearContents();
        // plain-text cells, so "07:30" stays the text the Pengaturan reader expects
        sheet
          .getRange(1, 1, baris.length, baris[0].length)
          .setNumberFormat('@')
          .setValues(baris as unknown[][]);
      }),
  };
  siklus.tulisPengaturan(() => undefined);
  const oleh = PENGGUNA.sekTim;
  siklus.catat({ type: 'mulai', step: 1, by: PENGGUNA.kepala, at: wib(8, 0) });
  siklus.catat({ type: 'selesai', step: 1, by: PENGGUNA.kepala, at: wib(8, 10) });
  siklus.catat({ type: 'mulai', step: 2, by: oleh, at: wib(8, 30) });
  siklus.catat({ type: 'selesai', step: 2, by: oleh, at: wib(9, 45), note: CATATAN_JAHAT });
  siklus.catat({ type: 'mulai', step: 3, by: oleh, at: wib(10, 0) });
  siklus.catat({ type: 'selesai', step: 3, by: oleh, at: wib(10, 20) });
  siklus.catat({ type: 'mulai', step: 4, by: oleh, at: wib(10, 30) });
  return siklus;
}
