import { galatKuotaHarian } from '../domain/format/galat-kuota';
import { formatJam } from '../domain/format/tanggal';

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

/**
 * Who holds the lock, for the one who waits past it: the script cache, shared by every execution of the add-in
 * (https://developers.google.com/apps-script/reference/cache/cache-service#getScriptCache()), kept no longer than an
 * execution may run.
 */
const PEMEGANG_KUNCI = 'pengukuran-kinerja.pemegang-kunci';
const UMUR_PEMEGANG_DETIK = 6 * 60;

function catatPemegang(): void {
  const oleh = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  CacheService.getScriptCache().put(PEMEGANG_KUNCI, JSON.stringify({ oleh, sejak: Date.now() }), UMUR_PEMEGANG_DETIK);
}

function galatSibuk(): Error {
  let pemegang: { oleh?: string; sejak?: number } = {};
  try {
    pemegang = JSON.parse(CacheService.getScriptCache().get(PEMEGANG_KUNCI) ?? '{}') as typeof pemegang;
  } catch {
    // the message then names no one
  }
  const siapa = pemegang.oleh ? ` oleh ${pemegang.oleh}` : '';
  const sejak = typeof pemegang.sejak === 'number' ? ` sejak pukul ${formatJam(new Date(pemegang.sejak))}` : '';
  return new Error(
    `Aksi lain sedang diproses${siapa}${sejak}; aksi Anda belum dijalankan dan tidak mengubah apa pun. ` +
      'Tunggu sebentar, lalu coba lagi.',
  );
}

export function denganKunci<T>(kerja: () => T): T {
  const kunci = LockService.getScriptLock();
  if (!kunci.tryLock(TUNGGU_KUNCI_MS)) throw galatSibuk();
  try {
    catatPemegang();
    const hasil = kerja();
    SpreadsheetApp.flush();
    return hasil;
  } catch (e) {
    throw galatKuotaHarian(e) ?? e;
  } finally {
    kunci.releaseLock();
  }
}
