import { galatKuotaHarian } from '../../../src/server/domain/format/galat-kuota';

describe('galatKuotaHarian', () => {
  it('names the service whose daily quota ran out, says when it comes back and keeps the original text', () => {
    const asli = 'Exception: Service invoked too many times for one day: docs create.';
    const galat = galatKuotaHarian(new Error(asli));
    expect(galat?.message).toBe(
      'Kuota harian Google untuk membuat Google Dokumen pada akun Anda sudah habis. Kuota itu milik setiap pengguna ' +
        'dan pulih 24 jam sesudah pemakaian pertamanya; jalankan lagi tindakan ini sesudahnya (yang sudah tercatat ' +
        `tidak diulang) atau minta anggota Tim SAKIP lain menjalankannya. (${asli})`,
    );
  });

  it.each([
    ['Service invoked too many times for one day: email.', 'mengirim surel'],
    ['Service invoked too many times for one day: spreadsheets.', 'Google Spreadsheet'],
    ['Service invoked too many times for one day: calendar.', 'Google Kalender'],
    ['Service invoked too many times for one day: urlfetch.', 'layanan urlfetch'],
  ])('%s → %s', (asli, layanan) => {
    expect(galatKuotaHarian(new Error(asli))?.message).toMatch(new RegExp(`^Kuota harian Google untuk ${layanan} `));
  });

  it('leaves every other error alone', () => {
    expect(galatKuotaHarian(new Error('Service Spreadsheets failed while accessing document with id x.'))).toBeNull();
    expect(galatKuotaHarian(new Error('Service invoked too many times in a short time: exec qps.'))).toBeNull();
  });
});
