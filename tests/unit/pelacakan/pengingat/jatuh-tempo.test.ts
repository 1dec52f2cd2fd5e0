import { deriveStepStates } from '../../../../src/server/domain/pelacakan/status-langkah';
import type { JenisKejadian, StepEvent } from '../../../../src/server/domain/pelacakan/kejadian-langkah';
import {
  pengingatJatuhTempo,
  type MasukanPengingat,
} from '../../../../src/server/domain/pelacakan/pengingat/jatuh-tempo';
import type { KunciPengingat } from '../../../../src/server/domain/pelacakan/pengingat/kunci';
import { defaultWorkingCalendar } from '../../../../src/server/domain/templat';
import { LANGKAH_SOP } from '../sop-fixture';
import { wib } from '../../jam-kerja/calendars';

const kalender = defaultWorkingCalendar();
const SEK_TIM = 'sek.tim@contoh.go.id';

function kejadian(...daftar: [JenisKejadian, number, number][]): StepEvent[] {
  return daftar.map(([type, step, at]) => ({ id: `${type}-${step}-${at}`, type, step, by: SEK_TIM, at }));
}

function putuskan(events: StepEvent[], sekarang: number, tercatat: KunciPengingat[] = [], penerima = [SEK_TIM]) {
  const masukan: MasukanPengingat = {
    steps: LANGKAH_SOP,
    states: deriveStepStates(LANGKAH_SOP, events),
    kalender,
    sekarang,
    tercatat,
    penerima: () => ({ email: penerima, terbuka: [] }),
  };
  return pengingatJatuhTempo(masukan);
}

// Langkah 2 has a target of 60 working minutes. Rabu 12 Agustus 2026 is a working day (07:30–16:00, break 12–13).
const MULAI_RABU = kejadian(['mulai', 2, wib(8, 12, 8, 30)]);

describe('pengingatJatuhTempo', () => {
  it('sends nothing while a running step is within its target', () => {
    expect(putuskan(MULAI_RABU, wib(8, 12, 9, 20)).kirim).toEqual([]);
  });

  it('sends nothing for a step finished late: only running steps are reminded', () => {
    const events = [...MULAI_RABU, ...kejadian(['selesai', 2, wib(8, 12, 10, 0)])];
    expect(putuskan(events, wib(8, 12, 11, 0)).kirim).toEqual([]);
  });

  it('reminds once a running step has passed its target, for its first putaran', () => {
    const { kirim, tanpaPenerima } = putuskan(MULAI_RABU, wib(8, 12, 9, 45));
    expect(tanpaPenerima).toEqual([]);
    expect(kirim).toEqual([
      expect.objectContaining({
        kunci: 'pengingat-2-1',
        langkah: 2,
        putaran: 1,
        berjalanSejak: wib(8, 12, 8, 30),
        lewatTargetSejak: wib(8, 12, 9, 30),
        targetMenit: 60,
        aktualMenit: 75,
        penerima: [SEK_TIM],
      }),
    ]);
  });

  it('does not remind again once the Log records the reminder', () => {
    expect(putuskan(MULAI_RABU, wib(8, 12, 14, 0), [{ langkah: 2, putaran: 1 }]).kirim).toEqual([]);
  });

  it('reminds again when a reopened step runs over again: a new putaran is a new overrun', () => {
    // 08:30–09:20 = 50 minutes (on time), reopened 10:30: 10 more working minutes pass the target at 10:40
    const events = [
      ...MULAI_RABU,
      ...kejadian(['selesai', 2, wib(8, 12, 9, 20)], ['buka-kembali', 2, wib(8, 12, 10, 30)]),
    ];
    expect(putuskan(events, wib(8, 12, 10, 35)).kirim).toEqual([]);
    const { kirim } = putuskan(events, wib(8, 12, 11, 0), [{ langkah: 2, putaran: 1 }]);
    expect(kirim).toEqual([
      expect.objectContaining({
        kunci: 'pengingat-2-2',
        putaran: 2,
        berjalanSejak: wib(8, 12, 10, 30),
        lewatTargetSejak: wib(8, 12, 10, 40),
        aktualMenit: 80,
      }),
    ]);
  });

  it('counts a step reopened after it already ran over as over from the reopen', () => {
    const events = [
      ...MULAI_RABU,
      ...kejadian(['selesai', 2, wib(8, 12, 10, 0)], ['buka-kembali', 2, wib(8, 12, 13, 0)]),
    ];
    const { kirim } = putuskan(events, wib(8, 12, 13, 10), [{ langkah: 2, putaran: 1 }]);
    expect(kirim.map((p) => [p.kunci, p.lewatTargetSejak])).toEqual([['pengingat-2-2', wib(8, 12, 13, 0)]]);
  });

  it('counts only working time across a weekend and a holiday, and sends nothing outside working hours', () => {
    // Jumat 14 Agustus 16:00–16:30 = 30 minutes; Sabtu, Minggu and Senin 17 Agustus (HUT RI) are days off;
    // Selasa 18 Agustus from 07:30 the other 30 minutes: the target passes at 08:00.
    const events = kejadian(['mulai', 2, wib(8, 14, 16, 0)]);
    expect(putuskan(events, wib(8, 15, 10, 0))).toEqual({ kirim: [], tanpaPenerima: [], diLuarJamKerja: true });
    expect(putuskan(events, wib(8, 17, 10, 0)).diLuarJamKerja).toBe(true);
    expect(putuskan(events, wib(8, 18, 7, 55)).kirim).toEqual([]);
    const { kirim, diLuarJamKerja } = putuskan(events, wib(8, 18, 8, 5));
    expect(diLuarJamKerja).toBe(false);
    expect(kirim.map((p) => [p.kunci, p.lewatTargetSejak, p.aktualMenit])).toEqual([
      ['pengingat-2-1', wib(8, 18, 8, 0), 65],
    ]);
  });

  it('keeps a due reminder nobody can receive apart, and drops blank and repeated recipients', () => {
    expect(putuskan(MULAI_RABU, wib(8, 12, 10, 0), [], ['  ']).tanpaPenerima.map((p) => p.kunci)).toEqual([
      'pengingat-2-1',
    ]);
    const { kirim } = putuskan(MULAI_RABU, wib(8, 12, 10, 0), [], ['a@contoh.go.id', ' a@contoh.go.id', '']);
    expect(kirim[0].penerima).toEqual(['a@contoh.go.id']);
  });

  it('reminds every overdue step, in step order', () => {
    const events = kejadian(['mulai', 3, wib(8, 12, 8, 0)], ['mulai', 1, wib(8, 12, 8, 0)]);
    expect(putuskan(events, wib(8, 12, 9, 0)).kirim.map((p) => p.langkah)).toEqual([1, 3]);
  });
});

describe('pengingatJatuhTempo for escalations', () => {
  const eskalasi = (events: StepEvent[], sekarang: number, tercatat: KunciPengingat[] = []) =>
    pengingatJatuhTempo({
      steps: LANGKAH_SOP,
      states: deriveStepStates(LANGKAH_SOP, events),
      kalender,
      sekarang,
      tercatat,
      jenis: 'eskalasi',
      penerima: (_step, jenis) => ({ email: [jenis === 'eskalasi' ? 'atasan@contoh.go.id' : SEK_TIM], terbuka: [] }),
    });

  it('is due only once the working time is over twice the target, and goes to the people above', () => {
    // Langkah 2 from 08:30: 60 minutes target, twice it passes at 10:30
    expect(eskalasi(MULAI_RABU, wib(8, 12, 10, 30)).kirim).toEqual([]);
    expect(eskalasi(MULAI_RABU, wib(8, 12, 10, 31)).kirim).toEqual([
      expect.objectContaining({
        jenis: 'eskalasi',
        kunci: 'eskalasi-2-1',
        lewatTargetSejak: wib(8, 12, 10, 30),
        penerima: ['atasan@contoh.go.id'],
      }),
    ]);
  });

  it('is not due again once the Log records it, nor outside working hours', () => {
    expect(eskalasi(MULAI_RABU, wib(8, 12, 11, 0), [{ langkah: 2, putaran: 1 }]).kirim).toEqual([]);
    expect(eskalasi(MULAI_RABU, wib(8, 12, 17, 0))).toEqual({ kirim: [], tanpaPenerima: [], diLuarJamKerja: true });
  });
});
