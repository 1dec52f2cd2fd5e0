import type { UnitKerja } from '../../domain/pengaturan';

/** Shows the units a new cycle will have a form for; true when the user answers Ya. */
export function konfirmasiUnit(judulSiklus: string, unit: readonly UnitKerja[]): boolean {
  const ui = SpreadsheetApp.getUi();
  const daftar = unit.map((u) => `• ${u.kode} — ${u.nama}`).join('\n');
  const jawaban = ui.alert(
    'Mulai siklus baru',
    `${judulSiklus} akan dibuat dengan satu tab isian untuk setiap unit kerja berikut:\n\n${daftar}\n\n` +
      'Unit kerja diambil dari tab Pengaturan siklus sebelumnya (atau pengaturan bawaan). Lanjutkan?',
    ui.ButtonSet.YES_NO,
  );
  return jawaban === ui.Button.YES;
}
