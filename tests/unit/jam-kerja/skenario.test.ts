/**
 * The cycle of SKENARIO.md (Triwulan II 2026, national default calendar, Senin 17 Agustus 2026 a holiday): every
 * step recorded through applyEvent, then timed. Expected working minutes computed by hand:
 *  1 Rab 12 Agu 08:00–08:10                         10   (target 15)
 *  2 Rab 12 Agu 08:30–09:45                         75   (60)
 *  3 Rab 12 Agu 10:00–10:20                         20   (25)
 *  4 Rab 12 Agu 10:30–11:00                         30   (30)
 *  5 Kam 13 Agu 13:00–15:30                        150   (120)
 *  6 Jum 14 Agu 14:00 – Sel 18 Agu 09:00: Jum 14:00–16:30 = 150; Sab, Min off; Sen 17 HUT RI off;
 *    Sel 07:30–09:00 = 90                          240   (120)
 *  7 Sel 18 Agu 09:00 – Rab 19 Agu 11:00: Sel 09:00–12:00 = 180 + 13:00–16:00 = 180; Rab 07:30–11:00 = 210
 *                                                  570   (240)
 *  8 Rab 19 Agu 13:00–13:30                         30   (40)
 *  9 Kam 20 Agu 08:00–09:00                         60   (60)
 * 10 Kam 20 Agu 09:30–09:50                         20   (25)
 * 11 Jum 21 Agu 11:00–13:10: 11:00–11:30 = 30, Friday break 11:30–13:00, 13:00–13:10 = 10
 *                                                   40   (10)
 * 12 Jum 21 Agu 14:00–14:15                         15   (15)
 * 13 Jum 21 Agu 14:30–14:50                         20   (25)
 * 14 Sen 24 Agu 08:00–08:10                         10   (10)
 */
import { StepEvent } from '../../../src/server/domain/pelacakan/kejadian-langkah';
import { applyEvent, deriveStepStates } from '../../../src/server/domain/pelacakan/status-langkah';
import { defaultWorkingCalendar } from '../../../src/server/domain/templat';
import { stepTiming } from '../../../src/server/domain/jam-kerja/waktu-langkah';
import { canAct, orangUntuk } from '../pelacakan/events-fixture';
import { LANGKAH_SOP } from '../pelacakan/sop-fixture';
import { wib } from './calendars';

type Jam = [tanggal: number, jam: number, menit: number];
const JALANNYA: [no: number, mulai: Jam, selesai: Jam, menit: number][] = [
  [1, [12, 8, 0], [12, 8, 10], 10],
  [2, [12, 8, 30], [12, 9, 45], 75],
  [3, [12, 10, 0], [12, 10, 20], 20],
  [4, [12, 10, 30], [12, 11, 0], 30],
  [5, [13, 13, 0], [13, 15, 30], 150],
  [6, [14, 14, 0], [18, 9, 0], 240],
  [7, [18, 9, 0], [19, 11, 0], 570],
  [8, [19, 13, 0], [19, 13, 30], 30],
  [9, [20, 8, 0], [20, 9, 0], 60],
  [10, [20, 9, 30], [20, 9, 50], 20],
  [11, [21, 11, 0], [21, 13, 10], 40],
  [12, [21, 14, 0], [21, 14, 15], 15],
  [13, [21, 14, 30], [21, 14, 50], 20],
  [14, [24, 8, 0], [24, 8, 10], 10],
];

const kal = defaultWorkingCalendar();

function catat(log: readonly StepEvent[], type: StepEvent['type'], no: number, [t, j, m]: Jam): readonly StepEvent[] {
  const step = LANGKAH_SOP[no - 1];
  const hasil = applyEvent(
    LANGKAH_SOP,
    log,
    { id: `${type}-${no}`, type, step: no, by: orangUntuk(step), at: wib(8, t, j, m) },
    canAct,
  );
  if (!hasil.ok) throw new Error(hasil.reason);
  return hasil.events;
}

const logLengkap = JALANNYA.reduce<readonly StepEvent[]>(
  (log, [no, mulai, selesai]) => catat(catat(log, 'mulai', no, mulai), 'selesai', no, selesai),
  [],
);

describe('SKENARIO: Pengukuran Kinerja Triwulan II 2026', () => {
  const states = deriveStepStates(LANGKAH_SOP, logLengkap);

  it.each(JALANNYA)('step %i takes the hand-computed working minutes', (no, _mulai, _selesai, menit) => {
    const langkah = LANGKAH_SOP[no - 1];
    const t = stepTiming(langkah, states[no - 1], kal, wib(8, 31));
    expect(t.aktualMenit).toBe(menit);
    expect(t.selisihMenit).toBe(menit - langkah.waktuMenit);
    expect(t.status).toBe(menit > langkah.waktuMenit ? 'selesai terlambat' : 'selesai tepat waktu');
  });

  it('marks steps 2, 5, 6, 7 and 11 late and the rest on time', () => {
    const terlambat = states.filter(
      (s, i) => stepTiming(LANGKAH_SOP[i], s, kal, wib(8, 31)).status === 'selesai terlambat',
    );
    expect(terlambat.map((s) => s.no)).toEqual([2, 5, 6, 7, 11]);
  });

  it('shows step 6 running on Friday afternoon and already late on the 17 August holiday', () => {
    const sampaiMulai6 = deriveStepStates(
      LANGKAH_SOP,
      logLengkap.filter((e) => e.at <= wib(8, 14, 14, 0)),
    );
    const langkah6 = LANGKAH_SOP[5];
    // Jum 14:00–15:00 = 60 of 120
    expect(stepTiming(langkah6, sampaiMulai6[5], kal, wib(8, 14, 15, 0))).toMatchObject({
      aktualMenit: 60,
      status: 'berjalan',
    });
    // by Senin 17 Agustus only Friday's 150 minutes have passed: over the 120 target
    expect(stepTiming(langkah6, sampaiMulai6[5], kal, wib(8, 17, 10, 0))).toMatchObject({
      aktualMenit: 150,
      selisihMenit: 30,
      status: 'terlambat',
    });
  });
});
