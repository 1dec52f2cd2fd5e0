import { StepState } from '../../../src/server/domain/pelacakan/kejadian-langkah';
import { defaultWorkingCalendar } from '../../../src/server/domain/templat';
import { stepTiming } from '../../../src/server/domain/jam-kerja/waktu-langkah';
import { LANGKAH_SOP } from '../pelacakan/sop-fixture';
import { wib } from './calendars';

const kal = defaultWorkingCalendar();
const langkah2 = LANGKAH_SOP[1]; // target 60 minutes

function keadaan(status: StepState['status'], rentangKerja: StepState['rentangKerja']): StepState {
  return { no: 2, status, history: [], rentangKerja };
}

describe('stepTiming', () => {
  it('has nothing to compare before the step starts', () => {
    expect(stepTiming(langkah2, keadaan('belum', []), kal, wib(8, 12, 10))).toEqual({
      no: 2,
      targetMenit: 60,
      aktualMenit: 0,
      selisihMenit: null,
      status: 'belum',
    });
  });

  it('counts a running step up to now, still within target', () => {
    // Rabu 08:30 -> now 09:00 = 30 of 60
    const t = stepTiming(langkah2, keadaan('berjalan', [{ dari: wib(8, 12, 8, 30) }]), kal, wib(8, 12, 9, 0));
    expect(t).toMatchObject({ aktualMenit: 30, selisihMenit: -30, status: 'berjalan' });
  });

  it('calls a running step past its target terlambat', () => {
    // Rabu 08:30 -> now 09:31 = 61 of 60
    const t = stepTiming(langkah2, keadaan('berjalan', [{ dari: wib(8, 12, 8, 30) }]), kal, wib(8, 12, 9, 31));
    expect(t).toMatchObject({ aktualMenit: 61, selisihMenit: 1, status: 'terlambat' });
  });

  it('counts a step finished exactly on target as on time', () => {
    const t = stepTiming(
      langkah2,
      keadaan('selesai', [{ dari: wib(8, 12, 8, 30), sampai: wib(8, 12, 9, 30) }]),
      kal,
      wib(8, 20),
    );
    expect(t).toMatchObject({ aktualMenit: 60, selisihMenit: 0, status: 'selesai tepat waktu' });
  });

  it('counts a step finished after its target as late, whatever the time now', () => {
    const t = stepTiming(
      langkah2,
      keadaan('selesai', [{ dari: wib(8, 12, 8, 30), sampai: wib(8, 12, 9, 45) }]),
      kal,
      wib(8, 12, 9, 45),
    );
    expect(t).toMatchObject({ aktualMenit: 75, selisihMenit: 15, status: 'selesai terlambat' });
  });

  it('leaves out the time between a finish and a reopen', () => {
    // 08:30–09:00 (30) then reopened 13:00–13:20 (20): 50, though 08:30–13:20 holds 220 working minutes
    const t = stepTiming(
      langkah2,
      keadaan('selesai', [
        { dari: wib(8, 12, 8, 30), sampai: wib(8, 12, 9, 0) },
        { dari: wib(8, 12, 13, 0), sampai: wib(8, 12, 13, 20) },
      ]),
      kal,
      wib(8, 12, 14),
    );
    expect(t).toMatchObject({ aktualMenit: 50, status: 'selesai tepat waktu' });
  });
});
