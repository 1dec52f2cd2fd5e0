import kalenderKerja from '../../../sheets-templates/kalender-kerja.json';
import { parseWorkingCalendar } from '../../../src/server/domain/jam-kerja/kalender-schema';
import { localMs } from '../../../src/server/domain/zona-waktu';
/** WIB wall-clock time in 2026 as epoch ms. */
export const wib = (bulan: number, tanggal: number, jam = 0, menit = 0) => localMs(2026, bulan, tanggal, jam, menit);

/** The shipped calendar plus a Ramadan range with the hours of the MenPANRB circulars (5-day week). */
export const KALENDER_RAMADAN = parseWorkingCalendar(
  {
    ...kalenderKerja,
    jamKhusus: [
      {
        nama: 'Ramadan (contoh)',
        dari: '2026-02-19',
        sampai: '2026-03-19',
        jamKerja: {
          senin: { mulai: '08:00', selesai: '15:00', istirahat: [{ mulai: '12:00', selesai: '12:30' }] },
          selasa: { mulai: '08:00', selesai: '15:00', istirahat: [{ mulai: '12:00', selesai: '12:30' }] },
          rabu: { mulai: '08:00', selesai: '15:00', istirahat: [{ mulai: '12:00', selesai: '12:30' }] },
          kamis: { mulai: '08:00', selesai: '15:00', istirahat: [{ mulai: '12:00', selesai: '12:30' }] },
          jumat: { mulai: '08:00', selesai: '15:30', istirahat: [{ mulai: '11:30', selesai: '12:30' }] },
        },
      },
    ],
  },
  'uji Ramadan',
);

/** The shipped calendar with no holidays, to show what a holiday changes. */
export const KALENDER_TANPA_LIBUR = parseWorkingCalendar({ ...kalenderKerja, hariLibur: [] }, 'uji tanpa libur');
