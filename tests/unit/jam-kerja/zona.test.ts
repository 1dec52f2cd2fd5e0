import {
  ZONA_WAKTU,
  localDayIndex,
  localIsoDate,
  localMidnightMs,
  localMs,
  localWeekday,
} from '../../../src/server/domain/zona-waktu';
import { formatWaktuLokal } from '../../../src/server/domain/format/tanggal';
describe('local time in the office zone', () => {
  it('is WIB, UTC+7', () => {
    expect(ZONA_WAKTU.nama).toBe('Asia/Jakarta');
    expect(localMs(2026, 8, 17, 7, 0)).toBe(Date.parse('2026-08-17T00:00:00Z'));
  });

  it('puts the local date change at 17:00 UTC', () => {
    const hari17 = localDayIndex(Date.parse('2026-08-16T17:00:00Z'));
    expect(localIsoDate(hari17)).toBe('2026-08-17');
    expect(localIsoDate(localDayIndex(Date.parse('2026-08-16T16:59:59.999Z')))).toBe('2026-08-16');
    expect(localMidnightMs(hari17)).toBe(Date.parse('2026-08-16T17:00:00Z'));
    expect(localWeekday(hari17)).toBe(1); // Senin
  });

  it('writes an instant for messages in Indonesian', () => {
    expect(formatWaktuLokal(localMs(2026, 8, 14, 14, 5))).toBe('Jumat, 14 Agustus 2026 14.05 WIB');
    expect(formatWaktuLokal(Date.parse('2026-12-31T17:00:00Z'))).toBe('Jumat, 1 Januari 2027 00.00 WIB');
  });
});
