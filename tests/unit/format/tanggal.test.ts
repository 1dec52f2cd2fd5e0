import {
  formatHariTanggal,
  formatHariTanggalJam,
  formatJam,
  formatTanggal,
  formatTempatTanggal,
  NAMA_BULAN,
} from '../../../src/server/domain/format/tanggal';
import { wibParts } from '../../../src/server/domain/zona-waktu';
import fc from 'fast-check';

describe('Indonesian dates in WIB', () => {
  it('writes the day, the Indonesian month name and the year', () => {
    expect(formatTanggal(new Date('2021-01-18T03:00:00Z'))).toBe('18 Januari 2021');
    expect(formatTanggal(new Date('2026-08-21T02:00:00Z'))).toBe('21 Agustus 2026');
  });

  it('uses the WIB date of a UTC instant that is already the next day in Jakarta', () => {
    // 17:30 UTC on 11 August is 00:30 WIB on 12 August
    const instant = new Date('2026-08-11T17:30:00Z');
    expect(formatTanggal(instant)).toBe('12 Agustus 2026');
    expect(formatHariTanggal(instant)).toBe('Rabu, 12 Agustus 2026');
    expect(formatJam(instant)).toBe('00.30 WIB');
  });

  it('keeps the same date until 16:59 UTC and turns the year at 17:00 UTC on 31 December', () => {
    expect(formatTanggal(new Date('2025-12-31T16:59:59Z'))).toBe('31 Desember 2025');
    expect(formatTanggal(new Date('2025-12-31T17:00:00Z'))).toBe('1 Januari 2026');
  });

  it('writes place and date for a signature block', () => {
    expect(formatTempatTanggal(' Purwokerto ', new Date('2021-01-18T01:00:00Z'))).toBe('Purwokerto, 18 Januari 2021');
  });

  it('writes the time with a dot and WIB, padded to two digits', () => {
    expect(formatJam(new Date('2026-08-12T01:30:00Z'))).toBe('08.30 WIB');
    expect(formatHariTanggalJam(new Date('2026-08-12T01:05:00Z'))).toBe('Rabu, 12 Agustus 2026 pukul 08.05 WIB');
  });

  it('names every weekday', () => {
    const days = [0, 1, 2, 3, 4, 5, 6].map((i) => formatHariTanggal(new Date(Date.UTC(2026, 7, 9 + i, 3))));
    expect(days.map((d) => d.split(',')[0])).toEqual(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']);
  });

  it('refuses an invalid Date', () => {
    expect(() => formatTanggal(new Date('bukan tanggal'))).toThrow('Tanggal tidak valid');
  });

  it('agrees with Intl Asia/Jakarta for any instant (property)', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Jakarta',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const instant = new Date(ms);
        const parts = Object.fromEntries(intl.formatToParts(instant).map((p) => [p.type, p.value]));
        const wib = wibParts(instant);
        expect([wib.year, wib.month, wib.day, wib.hour, wib.minute]).toEqual(
          [parts.year, parts.month, parts.day, parts.hour, parts.minute].map(Number),
        );
        expect(formatTanggal(instant)).toBe(`${wib.day} ${NAMA_BULAN[wib.month - 1]} ${wib.year}`);
      }),
    );
  });
});
