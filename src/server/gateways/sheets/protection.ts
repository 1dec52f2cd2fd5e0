import { daftarEditor, deskripsiProteksi, type KelompokRentang } from './proteksi-deskripsi';
import { tundaProteksiRentang, tundaProteksiTab } from './tata-letak-sekaligus';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * Protects a whole tab so that only `editors` (and the file's owner, who always can) change it, leaving `bolehDiisi`
 * open to everyone who can edit the file.
 *
 * The honest limit: an add-in runs as the person who clicks, so Sheets cannot tell the add-in's writes from that
 * person's own typing. Tabs only the add-in writes (Log, Pelacakan) therefore list as editors everyone whose clicks
 * write them; the Log's ids and the rebuild from the Log make a hand edit by one of them visible and repairable.
 *
 * Checked, then changed: the description carries a fingerprint of the editors and open ranges, so running it again on
 * an unchanged tab costs two reads and no write. Until a script changes a protection's editors it mirrors the file's
 * editors and protects nothing (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()), so
 * the editors are always set; Protection.addEditors does not share the file.
 */
export function lindungiTab(sheet: Sheet, editors: readonly string[], keterangan: string, bolehDiisi: Range[] = []) {
  if (tundaProteksiTab(sheet, { editors, keterangan, bolehDiisi })) return;
  const daftar = daftarEditor(editors);
  const deskripsi = deskripsiProteksi(keterangan, daftar, bolehDiisi);
  const ada = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (ada && ada.getDescription() === deskripsi) return;
  const proteksi = ada ?? sheet.protect();
  if (!proteksi.canEdit()) return;
  aturEditor(proteksi, daftar);
  proteksi.setUnprotectedRanges(bolehDiisi).setDescription(deskripsi);
}

/**
 * Protects `rentang` (e.g. a unit's input columns inside a tab whose sheet protection leaves them open) so that only
 * `editors` change them. The range protections carry `keterangan` and a fingerprint: unchanged ones cost one read per
 * protection; changed ones are removed and made again. Other range protections of the tab are left alone.
 */
export function lindungiRentang(sheet: Sheet, rentang: Range[], editors: readonly string[], keterangan: string) {
  lindungiKelompokRentang(sheet, [{ rentang, editors, keterangan }]);
}

/** lindungiRentang for several groups of ranges of one tab (e.g. each unit's rows), reading its protections once. */
function lindungiKelompokRentang(sheet: Sheet, kelompok: readonly KelompokRentang[]) {
  if (tundaProteksiRentang(sheet, kelompok)) return;
  let ada = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((p) => ({ p, d: p.getDescription() }));
  for (const { rentang, editors, keterangan } of kelompok) {
    const daftar = daftarEditor(editors);
    const deskripsi = deskripsiProteksi(keterangan, daftar, rentang);
    const a1 = new Set(rentang.map((r) => r.getA1Notation()));
    // an undescribed protection over one of the ranges is this function's own, left by a run that stopped before the
    // description (which is set last)
    const milikIni = ada.filter(
      ({ p, d }) => d.startsWith(`${keterangan} [`) || (!d && a1.has(p.getRange().getA1Notation())),
    );
    if (milikIni.length === rentang.length && milikIni.every(({ d }) => d === deskripsi)) continue;
    for (const { p } of milikIni) p.remove();
    // a removed protection has no range any more: the next groups must not look at it
    ada = ada.filter((x) => !milikIni.includes(x));
    for (const r of rentang) aturEditor(r.protect(), daftar).setDescription(deskripsi);
  }
}

function aturEditor(proteksi: GoogleAppsScript.Spreadsheet.Protection, daftar: readonly string[]) {
  // The documented order: add the editors first, then remove the others
  // (https://developers.google.com/apps-script/reference/spreadsheet/protection#removeEditors(String)).
  if (daftar.length) proteksi.addEditors([...daftar]);
  const lebih = proteksi
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => !daftar.includes(e.toLowerCase()));
  if (lebih.length) proteksi.removeEditors(lebih);
  return proteksi;
}
