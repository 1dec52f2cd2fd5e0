import type { IsiSurel } from '../domain/formulir/surel-formulir';

/** The sender name people see on every mail of the add-in. */
export const NAMA_PENGIRIM = 'Pengukuran Kinerja';

export interface Surel extends IsiSurel {
  to: readonly string[];
}

/** Recipients the person running the script may still mail today (each address of each mail counts). */
export function sisaKuotaSurel(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Sends one mail as the person running the script; MailApp's error is thrown unchanged. */
export function kirimSurel(s: Surel): void {
  MailApp.sendEmail({
    to: s.to.join(','),
    name: NAMA_PENGIRIM,
    subject: s.subject,
    body: s.body,
    htmlBody: s.htmlBody,
  });
}

/** Refuses, before anything is sent, a batch whose recipients the remaining daily quota would not cover. */
export function pastikanKuotaSurel(penerima: number, apa: string): void {
  if (penerima === 0) return;
  const sisa = sisaKuotaSurel();
  if (penerima > sisa) {
    throw new Error(
      `Kuota email harian tidak cukup: ${apa} perlu ${penerima} penerima, sisa kuota Anda hari ini ${sisa}. ` +
        'Tidak ada email yang dikirim; coba lagi besok atau minta anggota Tim SAKIP lain menjalankannya.',
    );
  }
}
