/**
 * The add-in's menu. Built in every authorization mode: in AuthMode.NONE (an add-on not yet used in this document)
 * onOpen may create the menu but must touch nothing else.
 */
export const ITEM_MENU: readonly [label: string, handler: string][] = [
  ['Mulai siklus baru…', 'menuMulaiSiklusBaru'],
  ['Buka panel Pengukuran Kinerja', 'menuBukaPanel'],
];

export function pasangMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [label, handler] of ITEM_MENU) menu.addItem(label, handler);
  menu.addToUi();
}
