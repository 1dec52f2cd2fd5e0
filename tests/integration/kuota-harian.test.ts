/** A daily Google quota that runs out mid-work: said in Bahasa Indonesia, and the action runs whole the next day. */
import { setDailyQuota } from '../emulator/services/daily-quota';
import { buatSiklus } from '../harness/siklus';
import { buat, siklus } from './dokumen-siklus';

const PESAN = (layanan: string) => new RegExp(`^Kuota harian Google untuk ${layanan} pada akun Anda sudah habis\\.`);
const HARI = 24 * 3600000;

describe('daily quotas through Code.js', () => {
  it('the document when no Google Doc may be created today: told why, and tomorrow it is version 1', () => {
    const s = siklus();
    setDailyQuota(s.world, 'documentsCreated', 0);
    expect(() => buat(s)).toThrow(PESAN('membuat Google Dokumen'));
    setDailyQuota(s.world, 'documentsCreated', 1_500);
    s.world.clock.advance(HARI);
    expect(buat(s)).toMatchObject({ versi: 1 });
  });

  it('a new cycle when no spreadsheet may be created today: told why, and nothing registered', () => {
    const k = buatSiklus({ mulai: false });
    setDailyQuota(k.world, 'spreadsheetsCreated', 0);
    expect(() => k.mulaiSiklus('Triwulan II 2026')).toThrow(PESAN('Google Spreadsheet'));
    expect(k.berkasSiklus()).toEqual([]);
  });
});
