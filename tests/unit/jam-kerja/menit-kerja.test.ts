import { WorkingCalendar } from '../../../src/server/domain/jam-kerja/kalender';
import { defaultWorkingCalendar } from '../../../src/server/domain/templat';
import {
  addWorkingMinutes,
  sedangJamKerja,
  workingMinutesBetween,
} from '../../../src/server/domain/jam-kerja/menit-kerja';
import { localMs } from '../../../src/server/domain/zona-waktu';
import { KALENDER_RAMADAN, KALENDER_TANPA_LIBUR, wib } from './calendars';

const kal = defaultWorkingCalendar();
const menit = (dari: number, sampai: number, k: WorkingCalendar = kal) => workingMinutesBetween(k, dari, sampai);

describe('workingMinutesBetween (national default, WIB)', () => {
  it('counts minutes within one morning', () => {
    // Rabu 12 Agustus 2026 08:30–09:45 = 75
    expect(menit(wib(8, 12, 8, 30), wib(8, 12, 9, 45))).toBe(75);
  });

  it('leaves the lunch break out', () => {
    // Rabu 11:00–12:00 (60) + 13:00–14:00 (60) = 120
    expect(menit(wib(8, 12, 11, 0), wib(8, 12, 14, 0))).toBe(120);
    // start inside the break: only 13:00–13:30 counts
    expect(menit(wib(8, 12, 12, 15), wib(8, 12, 13, 30))).toBe(30);
  });

  it('counts nothing before opening or after closing', () => {
    expect(menit(wib(8, 12, 6, 0), wib(8, 12, 7, 30))).toBe(0);
    expect(menit(wib(8, 12, 16, 0), wib(8, 12, 23, 59))).toBe(0);
  });

  it('counts a whole Monday–Thursday as 7.5 hours: 07:30–12:00 and 13:00–16:00', () => {
    expect(menit(wib(8, 12), wib(8, 13))).toBe(270 + 180);
  });

  it('uses Friday’s own hours: 07:30–11:30 and 13:00–16:30', () => {
    // Jumat 21 Agustus: 240 + 210 = 450
    expect(menit(wib(8, 21), wib(8, 22))).toBe(450);
    // 11:30–13:00 is Friday’s break, but working time on Thursday
    expect(menit(wib(8, 21, 11, 30), wib(8, 21, 13, 0))).toBe(0);
    expect(menit(wib(8, 20, 11, 30), wib(8, 20, 13, 0))).toBe(30);
    // 16:00–16:30 is working time on Friday only
    expect(menit(wib(8, 21, 16, 0), wib(8, 21, 16, 30))).toBe(30);
    expect(menit(wib(8, 20, 16, 0), wib(8, 20, 16, 30))).toBe(0);
  });

  it('skips the weekend', () => {
    // Jumat 21 Agustus 16:00–16:30 (30) + Senin 24 Agustus 07:30–08:00 (30) = 60
    expect(menit(wib(8, 21, 16, 0), wib(8, 24, 8, 0))).toBe(60);
    expect(menit(wib(8, 22), wib(8, 24))).toBe(0);
  });

  it('adds up to 37.5 hours over a working week', () => {
    // Senin 10 – Minggu 16 Agustus 2026: 4 × 450 + 450 = 2250
    expect(menit(wib(8, 10), wib(8, 17))).toBe(2250);
  });

  it('skips the 17 August 2026 holiday (HUT RI)', () => {
    // Senin 17 Agustus 07:00 – Selasa 18 Agustus 08:00: only Selasa 07:30–08:00
    expect(menit(wib(8, 17, 7, 0), wib(8, 18, 8, 0))).toBe(30);
    expect(menit(wib(8, 17, 7, 0), wib(8, 18, 8, 0), KALENDER_TANPA_LIBUR)).toBe(450 + 30);
  });

  it('uses the special hours inside a Ramadan range, and the usual hours outside it', () => {
    // Rabu 25 Februari 2026 (Ramadan): 08:00–12:00 (240) + 12:30–15:00 (150) = 390
    expect(menit(wib(2, 25), wib(2, 26), KALENDER_RAMADAN)).toBe(390);
    // Jumat 27 Februari 2026 (Ramadan): 08:00–11:30 (210) + 12:30–15:30 (180) = 390
    expect(menit(wib(2, 27), wib(2, 28), KALENDER_RAMADAN)).toBe(390);
    // Rabu 8 April 2026, after the range: the usual 450
    expect(menit(wib(4, 8), wib(4, 9), KALENDER_RAMADAN)).toBe(450);
    // holidays still win inside the range: Kamis 19 Maret 2026 (Nyepi)
    expect(menit(wib(3, 19), wib(3, 20), KALENDER_RAMADAN)).toBe(0);
  });

  it('is zero, never negative, when the end is not after the start', () => {
    expect(menit(wib(8, 12, 10, 0), wib(8, 12, 9, 0))).toBe(0);
    expect(menit(wib(8, 12, 10, 0), wib(8, 12, 10, 0))).toBe(0);
  });

  it('keeps fractions of a minute', () => {
    expect(menit(wib(8, 12, 8, 0), wib(8, 12, 8, 0) + 30_000)).toBe(0.5);
  });

  it('refuses an instant that is not a number', () => {
    expect(() => menit(Number.NaN, wib(8, 12))).toThrow('Waktu mulai bukan waktu yang sah: NaN');
    expect(() => menit(wib(8, 12), Infinity)).toThrow('Waktu selesai bukan waktu yang sah: Infinity');
  });
});

describe('addWorkingMinutes', () => {
  const jatuhTempo = (dari: number, m: number, k: WorkingCalendar = kal) => addWorkingMinutes(k, dari, m);

  it('finds the due time within the same day', () => {
    // step 6 target 120 from Jumat 14 Agustus 14:00 -> 16:00 the same day
    expect(jatuhTempo(wib(8, 14, 14, 0), 120)).toBe(wib(8, 14, 16, 0));
  });

  it('jumps over the lunch break', () => {
    expect(jatuhTempo(wib(8, 12, 11, 30), 60)).toBe(wib(8, 12, 13, 30));
  });

  it('is due at the end of a working stretch when the target ends exactly there', () => {
    expect(jatuhTempo(wib(8, 12, 11, 30), 30)).toBe(wib(8, 12, 12, 0));
    expect(jatuhTempo(wib(8, 14, 14, 0), 150)).toBe(wib(8, 14, 16, 30));
  });

  it('jumps over the weekend and the 17 August holiday', () => {
    // Jumat 14 Agustus 14:00 + 151: 150 on Friday, then Selasa 18 Agustus 07:30 + 1
    expect(jatuhTempo(wib(8, 14, 14, 0), 151)).toBe(wib(8, 18, 7, 31));
  });

  it('starts counting at the next working time when started outside it', () => {
    expect(jatuhTempo(wib(8, 15, 10, 0), 30)).toBe(wib(8, 18, 8, 0));
  });

  it('returns the start itself for zero minutes', () => {
    expect(jatuhTempo(wib(8, 15, 10, 0), 0)).toBe(wib(8, 15, 10, 0));
  });

  it('refuses a negative or non-numeric target', () => {
    expect(() => jatuhTempo(wib(8, 12), -1)).toThrow('Jumlah menit kerja harus angka ≥ 0, bukan -1');
    expect(() => jatuhTempo(wib(8, 12), Number.NaN)).toThrow('Jumlah menit kerja harus angka ≥ 0, bukan NaN');
  });

  it('gives up on a calendar that has no working time left', () => {
    const tanpaKerja: WorkingCalendar = { ...kal, nama: 'kosong', mingguan: [[], [], [], [], [], [], []] };
    expect(() => jatuhTempo(wib(8, 12), 1, tanpaKerja)).toThrow(
      'Kalender kerja "kosong" tidak punya jam kerja yang cukup dalam 7320 hari',
    );
  });
});

describe('sedangJamKerja', () => {
  const kalender = defaultWorkingCalendar();
  it('is true inside the working hours and false in the break, after hours and on a holiday', () => {
    expect(sedangJamKerja(kalender, localMs(2026, 8, 13, 10, 0))).toBe(true);
    expect(sedangJamKerja(kalender, localMs(2026, 8, 13, 12, 30))).toBe(false);
    expect(sedangJamKerja(kalender, localMs(2026, 8, 13, 16, 30))).toBe(false);
    expect(sedangJamKerja(kalender, localMs(2026, 8, 17, 10, 0))).toBe(false);
  });
});
