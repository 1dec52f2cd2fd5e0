/**
 * Gives edit access to the cycle spreadsheet to the people who are not editors yet: checked, then added, so running it
 * again shares nothing twice. Spreadsheet.addEditors needs only the spreadsheets scope.
 */
export function bagikanSebagaiEditor(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  emails: readonly string[],
): string[] {
  const sudah = new Set([ss.getOwner()?.getEmail() ?? '', ...ss.getEditors().map((u) => u.getEmail())].map(kecil));
  const baru = [...new Set(emails.map(kecil))].filter((e) => e && !sudah.has(e));
  if (baru.length) ss.addEditors(baru);
  return baru;
}

function kecil(email: string): string {
  return email.trim().toLowerCase();
}
