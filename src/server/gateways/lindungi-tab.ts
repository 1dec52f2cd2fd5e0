/**
 * Sheet protection for the tabs only the add-in writes (Log, Pelacakan).
 *
 * The honest limit: an add-in runs as the person who clicks, so Sheets cannot tell the add-in's writes from that
 * person's own typing. The protection therefore lists as editors everyone whose clicks write the tab (the Tim SAKIP
 * and every holder of a step's pelaksana role; the owner always keeps access). It stops everyone else; the people
 * listed could still edit by hand, which the Log's ids and the rebuild from the Log make visible and repairable.
 *
 * Checked, then changed: the description carries a fingerprint of the editor list, so an unchanged list costs two
 * reads and no write.
 */
export function lindunginTab(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  keterangan: string,
  penyunting: readonly string[],
): void {
  const daftar = [...new Set(penyunting.map((e) => e.trim().toLowerCase()).filter(Boolean))].sort();
  const deskripsi = `${keterangan} [penyunting ${sidikJari(daftar)}]`;
  const ada = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (ada && ada.getDescription() === deskripsi) return;
  const proteksi = ada ?? sheet.protect();
  if (!proteksi.canEdit()) return;
  // The documented order: add the editors first, then remove the others (the owner and the current user stay:
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#removeEditors(String)).
  proteksi.addEditors(daftar).setDescription(deskripsi);
  const lebih = proteksi
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => !daftar.includes(e.toLowerCase()));
  if (lebih.length) proteksi.removeEditors(lebih);
}

/** A short, stable fingerprint of a list of emails (FNV-1a, 32 bit). */
function sidikJari(daftar: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const c of daftar.join('\n')) {
    h ^= c.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
