/** Asks which year the monitoring tabs are built for; null when the user cancels. */
export function mintaTahunPemantauan(tahunIni: number): string | null {
  const ui = SpreadsheetApp.getUi();
  const jawaban = ui.prompt(
    'Monitoring SOP dan Tren Kinerja',
    `Tahun siklus yang dipantau (contoh: "${tahunIni}"). Tren Kinerja juga memuat tahun sebelumnya.`,
    ui.ButtonSet.OK_CANCEL,
  );
  return jawaban.getSelectedButton() === ui.Button.OK ? jawaban.getResponseText() : null;
}
