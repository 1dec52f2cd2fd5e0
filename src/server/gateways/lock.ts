import { galatKuotaHarian } from '../domain/format/galat-kuota';

/**
 * Every mutating action runs under one lock, so two people clicking at once, or a click and the hourly reminder, are
 * served one after another and never interleave their reads and writes of a cycle spreadsheet.
 *
 * Why the script lock and not LockService.getDocumentLock(): the document lock guards only the document the add-in is
 * open in, while actions write cycle spreadsheets opened by id (from the office's workbook, from the sidebar of another
 * cycle) and time-driven triggers have no document at all, so two writers of the same Log could hold two different
 * document locks. The script lock is shared by every execution of the add-in; actions hold it for seconds.
 */
const TUNGGU_KUNCI_MS = 30000;

export function denganKunci<T>(kerja: () => T): T {
  const kunci = LockService.getScriptLock();
  if (!kunci.tryLock(TUNGGU_KUNCI_MS)) {
    throw new Error('Proses lain sedang berjalan. Tunggu sebentar, lalu coba lagi.');
  }
  try {
    const hasil = kerja();
    SpreadsheetApp.flush();
    return hasil;
  } catch (e) {
    throw galatKuotaHarian(e) ?? e;
  } finally {
    kunci.releaseLock();
  }
}
