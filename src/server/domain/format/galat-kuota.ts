import { pesanGalat } from './pesan-galat';

/**
 * Apps Script's daily-quota error, "Service invoked too many times for one day: <service>." (the texts of
 * tests/emulator/services/daily-quota.ts, as live scripts log them), said in Bahasa Indonesia to the person who clicked:
 * what ran out, that it is their own quota, and when it comes back ("Quotas are per user and reset 24 hours after the
 * first request", https://developers.google.com/apps-script/guides/services/quotas). The original text is kept at the
 * end for whoever supports the office.
 */
const KUOTA_HARIAN = /Service invoked too many times for one day: ([a-z .]+?)\.?$/i;

const LAYANAN: Readonly<Record<string, string>> = {
  email: 'mengirim surel',
  'docs create': 'membuat Google Dokumen',
  spreadsheets: 'Google Spreadsheet',
  calendar: 'Google Kalender',
};

export function galatKuotaHarian(e: unknown): Error | null {
  const asli = pesanGalat(e);
  const cocok = KUOTA_HARIAN.exec(asli);
  if (!cocok) return null;
  const layanan = LAYANAN[cocok[1].toLowerCase()] ?? `layanan ${cocok[1]}`;
  return new Error(
    `Kuota harian Google untuk ${layanan} pada akun Anda sudah habis. Kuota itu milik setiap pengguna dan pulih 24 jam ` +
      `sesudah pemakaian pertamanya; jalankan lagi tindakan ini sesudahnya (yang sudah tercatat tidak diulang) atau ` +
      `minta anggota Tim SAKIP lain menjalankannya. (${asli})`,
  );
}
