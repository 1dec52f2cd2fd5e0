import { type Periode, labelPeriode, parsePeriode } from '../../domain/siklus/periode';
import { type Pengaturan } from '../../domain/pengaturan/types';
import { ZONA_WAKTU } from '../../domain/zona-waktu';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The cycle spreadsheet as a file: its name, the developer metadata that marks it as the cycle of a period (so the
 * add-in recognises it, and a registry entry pointing elsewhere is not trusted), and its tabs in order.
 */
export const METADATA_SIKLUS = 'pengukuran-kinerja.siklus';
/** Set last, once every tab is in place: a cycle without it was interrupted and is completed on the next start. */
export const METADATA_SIAP = 'pengukuran-kinerja.siap';
const LOKAL_SIKLUS = 'id_ID';

/** "Pengukuran Kinerja – Triwulan II Tahun 2026 – Dinsospermasdes" */
export function namaSpreadsheetSiklus(periode: Periode, p: Pengaturan): string {
  return `Pengukuran Kinerja – ${labelPeriode(periode)} – ${p.singkatanInstansi || p.namaInstansi}`;
}

function nilaiMetadata(ss: Spreadsheet, kunci: string): string | null {
  const ada = ss.createDeveloperMetadataFinder().withKey(kunci).find();
  return ada.length ? ada[0].getValue() : null;
}

export interface SiklusTerbuka {
  ss: Spreadsheet;
  /** the period tag is present (absent: created, but the run stopped before tagging it) */
  bertanda: boolean;
  siap: boolean;
}

function bukaBila(spreadsheetId: string): Spreadsheet | null {
  try {
    return SpreadsheetApp.openById(spreadsheetId);
  } catch {
    return null;
  }
}

/** The spreadsheet as the period's cycle, or null when it is tagged for another period. */
function sebagaiSiklus(ss: Spreadsheet, kunciPeriode: string): SiklusTerbuka | null {
  const tanda = nilaiMetadata(ss, METADATA_SIKLUS);
  if (tanda !== null && tanda !== kunciPeriode) return null;
  return { ss, bertanda: tanda !== null, siap: tanda !== null && nilaiMetadata(ss, METADATA_SIAP) !== null };
}

/**
 * Opens the spreadsheet the registry names for a period, if it is that period's cycle: null when it cannot be opened
 * (deleted, no access) or is tagged for another period.
 */
export function bukaSiklusTerdaftar(spreadsheetId: string, kunciPeriode: string): SiklusTerbuka | null {
  const ss = bukaBila(spreadsheetId);
  return ss ? sebagaiSiklus(ss, kunciPeriode) : null;
}

/**
 * The same, for starting a cycle: a registered cycle the caller cannot open is no reason to start afresh (a second
 * cycle of the period, or a "first" cycle with the default settings), so it refuses, naming who to ask.
 */
export function bukaSiklusTerdaftarUntukMulai(spreadsheetId: string, kunciPeriode: string): SiklusTerbuka | null {
  const ss = bukaBila(spreadsheetId);
  if (ss) return sebagaiSiklus(ss, kunciPeriode);
  const periode = parsePeriode(kunciPeriode);
  const siklus = periode.ok ? labelPeriode(periode.periode) : kunciPeriode;
  throw new Error(
    `Siklus ${siklus} tercatat di buku kerja ini (spreadsheet ${spreadsheetId}), tetapi tidak dapat Anda buka. Minta ` +
      'Sek. Tim SAKIP yang memulainya membagikannya kepada Anda sebagai editor; siklus baru hanya dimulai oleh Tim ' +
      'SAKIP yang tercantum di tab Pengaturan siklus itu.',
  );
}

const MIME_SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

/**
 * Of the files named as the new cycle (found in Drive), the spreadsheet a run made and was stopped with before it
 * registered it: not registered, not tagged as a cycle, one empty tab. The retry takes it instead of making a second
 * one; null when there is none.
 */
export function sisaSiklusTerhenti(
  berkas: readonly { id: string; mimeType: string }[],
  terdaftar: ReadonlySet<string>,
): Spreadsheet | null {
  for (const f of berkas) {
    if (f.mimeType !== MIME_SPREADSHEET || terdaftar.has(f.id)) continue;
    const ss = bukaBila(f.id);
    if (!ss || nilaiMetadata(ss, METADATA_SIKLUS) !== null) continue;
    const tab = ss.getSheets();
    if (tab.length === 1 && tab[0].getLastRow() === 0) return ss;
  }
  return null;
}

/** Tags a new cycle spreadsheet with its period, time zone and locale. */
export function tandaiSiklus(siklus: SiklusTerbuka, kunciPeriode: string): void {
  if (!siklus.bertanda) siklus.ss.addDeveloperMetadata(METADATA_SIKLUS, kunciPeriode);
  siklus.ss.setSpreadsheetTimeZone(ZONA_WAKTU.nama);
  siklus.ss.setSpreadsheetLocale(LOKAL_SIKLUS);
}

/**
 * The earlier cycles of the same year, as the registry lists them when a cycle is started from the workbook: a
 * cycle's Rekap runs in the cycle spreadsheet, where the registry (the workbook's document properties) cannot be
 * read, and needs them for its values to date. Kept as developer metadata, set once.
 */
const METADATA_SETAHUN = 'pengukuran-kinerja.siklus-setahun';

export function catatSiklusSetahun(ss: Spreadsheet, siklus: Readonly<Record<string, string>>): void {
  if (!Object.keys(siklus).length || nilaiMetadata(ss, METADATA_SETAHUN) !== null) return;
  ss.addDeveloperMetadata(METADATA_SETAHUN, JSON.stringify(siklus));
}

/** period key → spreadsheet id of the earlier cycles recorded in this cycle */
export function siklusSetahunTercatat(ss: Spreadsheet): Record<string, string> {
  const nilai = nilaiMetadata(ss, METADATA_SETAHUN) ?? '{}';
  try {
    return JSON.parse(nilai) as Record<string, string>;
  } catch {
    // edited by hand into something else: the registry and Drive are still asked
    return {};
  }
}

export function tandaiSiap(ss: Spreadsheet): void {
  ss.addDeveloperMetadata(METADATA_SIAP, 'ya');
}

export interface TabSiklus {
  sheet: Sheet;
  /** created by this run (so certainly empty) */
  baru: boolean;
}

/**
 * Makes sure the tabs exist in this order, creating the missing ones in place. The blank sheet a new spreadsheet
 * comes with becomes the first tab. Tabs are created in order, so after an interrupted run the existing ones are
 * exactly a prefix of the list and each missing tab's index is its position.
 */
export function susunTab(ss: Spreadsheet, urutan: readonly string[]): Map<string, TabSiklus> {
  const ada = new Map(ss.getSheets().map((s) => [s.getName(), s]));
  const kosongBawaan = ada.size === 1 && ![...ada.keys()].some((n) => urutan.includes(n)) ? [...ada.values()][0] : null;
  const hasil = new Map<string, TabSiklus>();
  urutan.forEach((nama, i) => {
    const sheet = ada.get(nama);
    if (sheet) hasil.set(nama, { sheet, baru: false });
    else if (i === 0 && kosongBawaan) hasil.set(nama, { sheet: kosongBawaan.setName(nama), baru: true });
    else hasil.set(nama, { sheet: ss.insertSheet(nama, i), baru: true });
  });
  return hasil;
}
