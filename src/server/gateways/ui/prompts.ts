import { type UnitKerja } from '../../domain/pengaturan/types';
import { bacaRentangWaktu, type RentangWaktu } from '../../domain/pelacakan/waktu-lampau';

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

/**
 * Asks when the Kepala's disposisi (step 1, on paper) took place, until the answer is readable. Null when it is left
 * empty (recorded later from the sidebar), undefined when the user cancels.
 */
export function mintaWaktuDisposisi(): RentangWaktu | null | undefined {
  const ui = SpreadsheetApp.getUi();
  let pesan = 'Kapan disposisi Kepala diberikan? Contoh: "08.00-08.10" (hari ini) atau "12/08/2026 08.00-08.10". ';
  pesan += 'Kosongkan bila belum ada.';
  for (;;) {
    const jawaban = ui.prompt('Disposisi Kepala (langkah 1)', pesan, ui.ButtonSet.OK_CANCEL);
    if (jawaban.getSelectedButton() !== ui.Button.OK) return undefined;
    const hasil = bacaRentangWaktu(jawaban.getResponseText(), Date.now());
    if (hasil.ok) return hasil.rentang;
    pesan = hasil.reason;
  }
}

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

/** A message that stays until read: a refusal or an unreadable answer. */
export function tampilkanPesan(judul: string, pesan: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(judul, pesan, ui.ButtonSet.OK);
}
