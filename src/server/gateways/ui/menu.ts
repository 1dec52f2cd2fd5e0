import { pesanGalat } from '../../domain/format/pesan-galat';

/**
 * The add-in's menu. Built in every authorization mode: in AuthMode.NONE (an add-on not yet used in this document)
 * onOpen may create the menu but must touch nothing else.
 */
const ITEM_MENU: readonly [label: string, handler: string][] = [
  ['Mulai siklus baru…', 'menuMulaiSiklusBaru'],
  ['Buka panel Pengukuran Kinerja', 'menuBukaPanel'],
  ['Monitoring SOP dan Tren Kinerja…', 'menuMonitoringSop'],
];

/** The Tim SAKIP's everyday cycle actions that need no input, run on the active cycle spreadsheet. */
const ITEM_MENU_SIKLUS: readonly [label: string, handler: string][] = [
  ['Kirim formulir ke unit', 'menuKirimFormulir'],
  ['Susun Rekap', 'menuSusunRekap'],
  ['Periksa isian', 'menuPeriksaIsian'],
];

const JUDUL = 'Pengukuran Kinerja';

export function pasangMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [label, handler] of ITEM_MENU) menu.addItem(label, handler);
  menu.addSeparator();
  for (const [label, handler] of ITEM_MENU_SIKLUS) menu.addItem(label, handler);
  menu.addToUi();
}

/**
 * Runs a cycle action from the menu on the active spreadsheet: its message as a toast, a refusal as an alert (a toast
 * disappears before a long explanation can be read).
 */
export function jalankanDariMenu(judul: string, aksi: (spreadsheetId: string) => { pesan: string }): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let pesan: string;
  try {
    pesan = aksi(ss.getId()).pesan;
  } catch (e) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(`${judul}: tidak dapat dijalankan`, pesanGalat(e), ui.ButtonSet.OK);
    return;
  }
  ss.toast(pesan, `${JUDUL} · ${judul}`, 10);
}
