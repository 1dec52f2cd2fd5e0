import { bacaRentangWaktu } from '../../../src/server/domain/pelacakan/waktu-lampau';
import { localMs } from '../../../src/server/domain/zona-waktu';
const SEKARANG = localMs(2026, 8, 12, 8, 30);

describe('bacaRentangWaktu', () => {
  it('reads a range of today in WIB', () => {
    expect(bacaRentangWaktu('08.00-08.10', SEKARANG)).toEqual({
      ok: true,
      rentang: { mulai: localMs(2026, 8, 12, 8, 0), selesai: localMs(2026, 8, 12, 8, 10) },
    });
  });

  it('reads a dated range with colons and "s.d."', () => {
    expect(bacaRentangWaktu('11/08/2026 15:00 s.d. 15:20', SEKARANG)).toEqual({
      ok: true,
      rentang: { mulai: localMs(2026, 8, 11, 15, 0), selesai: localMs(2026, 8, 11, 15, 20) },
    });
  });

  it('treats an empty answer as not given', () => {
    expect(bacaRentangWaktu('  ', SEKARANG)).toEqual({ ok: true, rentang: null });
  });

  it.each([
    ['kemarin pagi', 'tidak dikenali'],
    ['31/02/2026 08.00-08.10', 'tidak ada'],
    ['25.00-25.10', 'tidak sah'],
    ['08.10-08.00', 'lebih awal'],
    ['08.00-09.00', 'belum terjadi'],
  ])('refuses "%s" with a reason', (teks, alasan) => {
    const hasil = bacaRentangWaktu(teks, SEKARANG);
    expect(hasil.ok).toBe(false);
    expect(hasil.ok ? '' : hasil.reason).toContain(alasan);
  });
});
