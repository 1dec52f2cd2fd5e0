import kalenderKerja from '../../../sheets-templates/kalender-kerja.json';
import { jadwalPadaHari } from '../../../src/server/domain/jam-kerja/kalender';
import { parseWorkingCalendar } from '../../../src/server/domain/jam-kerja/kalender-schema';
import { defaultWorkingCalendar } from '../../../src/server/domain/templat';
import { localDayIndex } from '../../../src/server/domain/zona-waktu';
import { KALENDER_RAMADAN, wib } from './calendars';

const HARI_KERJA = { mulai: '07:30', selesai: '16:00', istirahat: [{ mulai: '12:00', selesai: '13:00' }] };

function galat(data: unknown): string {
  try {
    parseWorkingCalendar(data, 'uji.json');
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('calendar was accepted');
}

describe('the shipped calendar (sheets-templates/kalender-kerja.json)', () => {
  const kal = defaultWorkingCalendar();

  it('has the Perpres 21/2023 week: Mon–Thu 07:30–16:00 break 12:00–13:00, Fri 07:30–16:30 break 11:30–13:00', () => {
    const senin = [
      { dari: 450, sampai: 720 },
      { dari: 780, sampai: 960 },
    ];
    expect(kal.mingguan).toEqual([
      [],
      senin,
      senin,
      senin,
      senin,
      [
        { dari: 450, sampai: 690 },
        { dari: 780, sampai: 990 },
      ],
      [],
    ]);
  });

  it('lists the 17 national holidays and 8 cuti bersama of 2026, HUT RI on 17 August among them', () => {
    expect(kal.hariLibur.size).toBe(25);
    expect(kalenderKerja.hariLibur.filter((h) => h.jenis === 'cuti bersama')).toHaveLength(8);
    expect(kal.hariLibur.get('2026-08-17')).toMatch(/HUT RI/);
    expect(jadwalPadaHari(kal, localDayIndex(wib(8, 17, 9)))).toEqual([]);
  });
});

describe('parseWorkingCalendar', () => {
  it('keeps the usual hours for weekdays a special range leaves out', () => {
    expect(jadwalPadaHari(KALENDER_RAMADAN, localDayIndex(wib(2, 21, 9)))).toEqual([]); // Sabtu
    expect(jadwalPadaHari(KALENDER_RAMADAN, localDayIndex(wib(2, 23, 9)))).toEqual([
      { dari: 480, sampai: 720 },
      { dari: 750, sampai: 900 },
    ]);
  });

  it('accepts a day without a break and a day ending at 24:00', () => {
    const kal = parseWorkingCalendar(
      { ...kalenderKerja, jamKerja: { ...kalenderKerja.jamKerja, sabtu: { mulai: '20:00', selesai: '24:00' } } },
      'uji.json',
    );
    expect(kal.mingguan[6]).toEqual([{ dari: 1200, sampai: 1440 }]);
  });

  it('lists every problem with its place in the file', () => {
    const pesan = galat({
      nama: '',
      catatan: 'kunci salah',
      jamKerja: {
        senin: { mulai: '7.30', selesai: '16:00' },
        selasa: { mulai: '16:00', selesai: '07:30' },
        rabu: { ...HARI_KERJA, istirahat: [{ mulai: '06:00', selesai: '07:00' }] },
        kamis: {
          ...HARI_KERJA,
          istirahat: [
            { mulai: '12:00', selesai: '13:00' },
            { mulai: '12:30', selesai: '14:00' },
          ],
        },
        jumaat: HARI_KERJA,
        sabtu: null,
        minggu: { mulai: '08:00', selesai: '25:00' },
      },
      hariLibur: [
        { tanggal: '2026-02-30', nama: 'Tanggal mustahil' },
        { tanggal: '2026-08-17', nama: 'HUT RI' },
        { tanggal: '2026-08-17', nama: 'HUT RI lagi', jenis: 'libur' },
        { tanggal: '2026-08-18' },
      ],
      jamKhusus: [
        { nama: 'Terbalik', dari: '2026-03-10', sampai: '2026-03-01', jamKerja: {} },
        { nama: 'Ramadan', dari: '2026-02-19', sampai: '2026-03-19', jamKerja: { senin: null } },
        { nama: 'Bentrok', dari: '2026-03-15', sampai: '2026-03-25', jamKerja: {} },
      ],
    });
    expect(pesan.split('\n')).toEqual([
      'Kalender kerja di uji.json tidak sah:',
      '- (berkas): kunci "catatan" tidak dikenal (yang dikenal: nama, _keterangan, jamKerja, hariLibur, jamKhusus)',
      '- nama: harus berupa teks yang tidak kosong',
      '- jamKerja: kunci "jumaat" tidak dikenal (yang dikenal: minggu, senin, selasa, rabu, kamis, jumat, sabtu)',
      '- jamKerja: "jumat" wajib diisi',
      '- jamKerja.minggu.selesai: "25:00" bukan jam yang sah (tulis JJ:MM, mis. "07:30")',
      '- jamKerja.senin.mulai: "7.30" bukan jam yang sah (tulis JJ:MM, mis. "07:30")',
      '- jamKerja.selasa: jam mulai 16:00 harus sebelum jam selesai 07:30',
      '- jamKerja.rabu.istirahat ke-1: istirahat 06:00–07:00 harus berurutan, tidak tumpang tindih, dan berada di dalam jam kerja',
      '- jamKerja.kamis.istirahat ke-2: istirahat 12:30–14:00 harus berurutan, tidak tumpang tindih, dan berada di dalam jam kerja',
      '- hariLibur ke-1.tanggal: "2026-02-30" bukan tanggal yang sah (tulis YYYY-MM-DD, mis. "2026-08-17")',
      '- hariLibur ke-3.jenis: "libur" tidak dikenal (pilih: libur nasional, cuti bersama, libur daerah, lainnya)',
      '- hariLibur ke-3: tanggal 2026-08-17 sudah tercantum ("HUT RI")',
      '- hariLibur ke-4: "nama" wajib diisi',
      '- jamKhusus ke-1: tanggal "dari" 2026-03-10 harus tidak setelah "sampai" 2026-03-01',
      '- jamKhusus ke-3: rentang 2026-03-15 s.d. 2026-03-25 tumpang tindih dengan "Ramadan"',
    ]);
  });

  it('refuses a week without a single working day', () => {
    const libur = Object.fromEntries(Object.keys(kalenderKerja.jamKerja).map((h) => [h, null]));
    expect(galat({ nama: 'Libur terus', jamKerja: libur })).toBe(
      'Kalender kerja di uji.json tidak sah:\n- jamKerja: tidak ada satu hari kerja pun dalam seminggu',
    );
  });

  it('refuses data of the wrong shape', () => {
    expect(galat([])).toBe('Kalender kerja di uji.json tidak sah:\n- (berkas): harus berupa objek { … }');
    expect(galat({ ...kalenderKerja, hariLibur: {} })).toBe(
      'Kalender kerja di uji.json tidak sah:\n- hariLibur: harus berupa daftar [ … ]',
    );
    expect(galat({ ...kalenderKerja, jamKhusus: [null] })).toBe(
      'Kalender kerja di uji.json tidak sah:\n- jamKhusus ke-1: harus berupa objek { … }',
    );
    expect(galat({ ...kalenderKerja, hariLibur: ['2026-08-17'] })).toBe(
      'Kalender kerja di uji.json tidak sah:\n- hariLibur ke-1: harus berupa objek { … }',
    );
  });
});
