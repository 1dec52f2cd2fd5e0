/** Asks for the period of a new cycle; null when the user cancels. */
export function mintaPeriode(): string | null {
  const ui = SpreadsheetApp.getUi();
  const jawaban = ui.prompt(
    'Mulai siklus baru',
    'Periode pengukuran (contoh: "Triwulan II 2026" atau "Tahunan 2026"):',
    ui.ButtonSet.OK_CANCEL,
  );
  return jawaban.getSelectedButton() === ui.Button.OK ? jawaban.getResponseText() : null;
}
