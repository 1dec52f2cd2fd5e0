import type { KelompokRentang } from './proteksi-deskripsi';
import { kirimSekaligus, permintaanProteksi, type RencanaProteksi } from './proteksi-sekaligus';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Permintaan = GoogleAppsScript.Sheets.Schema.Request;

/**
 * Column widths, frozen rows and protections of many tabs gathered while `kerja` runs and sent at its end in one
 * Sheets API batch (with one spreadsheets.get for the protections there), instead of a SpreadsheetApp call per column
 * and a read and a change per protection. Outside such a run each setting is made at once, call by call, as before.
 * A later setting of the same thing (a column's width, a tab's frozen rows, its own protection, a group of its range
 * protections) replaces an earlier one, as the later call would have.
 *
 * Tabs made in the same run exist on the server only once SpreadsheetApp has sent its pending changes, so the batch
 * flushes them first (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()).
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatedimensionpropertiesrequest
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatesheetpropertiesrequest
 */
interface Tertunda {
  tab: Map<number, Sheet>;
  lebar: Map<number, Map<number, number>>;
  beku: Map<number, number>;
  proteksiTab: Map<number, NonNullable<RencanaProteksi['tab']>>;
  kelompok: Map<number, Map<string, KelompokRentang>>;
}

let tertunda: Tertunda | null = null;

export function denganTataLetakSekaligus<T>(ss: Spreadsheet, kerja: () => T): T {
  if (tertunda) return kerja();
  const kini: Tertunda = {
    tab: new Map(),
    lebar: new Map(),
    beku: new Map(),
    proteksiTab: new Map(),
    kelompok: new Map(),
  };
  tertunda = kini;
  try {
    const hasil = kerja();
    tertunda = null;
    kirim(ss, kini);
    return hasil;
  } finally {
    tertunda = null;
  }
}

/**
 * Whether a batch is gathering: layout set "once, when a tab is first written" is set again then, since a run stopped
 * before its batch was sent has written the tab without it.
 */
export function menataSekaligus(): boolean {
  return tertunda !== null;
}

function catat(sheet: Sheet): Tertunda | null {
  tertunda?.tab.set(sheet.getSheetId(), sheet);
  return tertunda;
}

/** Widths of the columns from A on, in pixels. */
export function aturLebarKolom(sheet: Sheet, lebar: readonly number[]): void {
  const t = catat(sheet);
  if (!t) {
    lebar.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
    return;
  }
  const kolom = t.lebar.get(sheet.getSheetId()) ?? new Map<number, number>();
  lebar.forEach((w, i) => kolom.set(i, w));
  t.lebar.set(sheet.getSheetId(), kolom);
}

export function aturBarisBeku(sheet: Sheet, baris: number): void {
  const t = catat(sheet);
  if (t) t.beku.set(sheet.getSheetId(), baris);
  else sheet.setFrozenRows(baris);
}

/** Whether the tab's own protection was put off to the batch (false: the caller sets it now). */
export function tundaProteksiTab(sheet: Sheet, tab: NonNullable<RencanaProteksi['tab']>): boolean {
  const t = catat(sheet);
  t?.proteksiTab.set(sheet.getSheetId(), tab);
  return t !== null;
}

/** Whether the groups of range protections were put off to the batch (false: the caller sets them now). */
export function tundaProteksiRentang(sheet: Sheet, kelompok: readonly KelompokRentang[]): boolean {
  const t = catat(sheet);
  if (!t) return false;
  const ada = t.kelompok.get(sheet.getSheetId()) ?? new Map<string, KelompokRentang>();
  for (const k of kelompok) ada.set(k.keterangan, k);
  t.kelompok.set(sheet.getSheetId(), ada);
  return true;
}

function kirim(ss: Spreadsheet, t: Tertunda): void {
  if (t.tab.size === 0) return;
  SpreadsheetApp.flush();
  const rencana: RencanaProteksi[] = [...t.tab].flatMap(([id, sheet]) => {
    const tab = t.proteksiTab.get(id);
    const kelompok = [...(t.kelompok.get(id)?.values() ?? [])];
    return tab || kelompok.length ? [{ sheet, tab, kelompok }] : [];
  });
  kirimSekaligus(ss, [...permintaanLebar(t), ...permintaanBeku(t), ...permintaanProteksi(ss, rencana)]);
}

/** One request per run of neighbouring columns of the same width. */
function permintaanLebar(t: Tertunda): Permintaan[] {
  return [...t.lebar].flatMap(([sheetId, kolom]) => {
    const urut = [...kolom].sort(([a], [b]) => a - b);
    const runtun: { awal: number; akhir: number; lebar: number }[] = [];
    for (const [i, w] of urut) {
      const akhir = runtun[runtun.length - 1];
      if (akhir && akhir.akhir === i && akhir.lebar === w) akhir.akhir = i + 1;
      else runtun.push({ awal: i, akhir: i + 1, lebar: w });
    }
    return runtun.map((r) => ({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: r.awal, endIndex: r.akhir },
        properties: { pixelSize: r.lebar },
        fields: 'pixelSize',
      },
    }));
  });
}

function permintaanBeku(t: Tertunda): Permintaan[] {
  return [...t.beku].map(([sheetId, frozenRowCount]) => ({
    updateSheetProperties: {
      properties: { sheetId, gridProperties: { frozenRowCount } },
      fields: 'gridProperties.frozenRowCount',
    },
  }));
}
