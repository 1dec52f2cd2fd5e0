/** Every mutating action runs under the document lock, so two people clicking at once are served one after another. */
const TUNGGU_KUNCI_MS = 30000;

export function denganKunciDokumen<T>(kerja: () => T): T {
  const kunci = LockService.getDocumentLock() ?? LockService.getScriptLock();
  try {
    kunci.waitLock(TUNGGU_KUNCI_MS);
  } catch {
    throw new Error('Proses lain sedang berjalan di dokumen ini. Tunggu sebentar, lalu coba lagi.');
  }
  try {
    const hasil = kerja();
    SpreadsheetApp.flush();
    return hasil;
  } finally {
    kunci.releaseLock();
  }
}
