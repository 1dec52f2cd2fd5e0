type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Grows a sheet to hold `baris` rows (a new sheet has 1000): one read, and one write only when it must grow. */
export function pastikanBaris(sheet: Sheet, baris: number): void {
  const ada = sheet.getMaxRows();
  if (baris > ada) sheet.insertRowsAfter(ada, baris - ada);
}
