import { StepEvent } from '../../../src/server/domain/pelacakan/kejadian-langkah';
import { applyEvent, deriveStepStates, replayEvents } from '../../../src/server/domain/pelacakan/status-langkah';
import { localMs } from '../../../src/server/domain/zona-waktu';
import { ANGGOTA, KEPALA, SEK_SAKIP, canAct, ev } from './events-fixture';
import { LANGKAH_SOP } from './sop-fixture';

/** Applies events one by one and fails the test on the first refusal. */
function catatSemua(events: StepEvent[]): readonly StepEvent[] {
  return events.reduce<readonly StepEvent[]>((log, e) => {
    const hasil = applyEvent(LANGKAH_SOP, log, e, canAct);
    if (!hasil.ok) throw new Error(hasil.reason);
    return hasil.events;
  }, []);
}

function alasan(log: readonly StepEvent[], e: StepEvent): string | undefined {
  const hasil = applyEvent(LANGKAH_SOP, log, e, canAct);
  return hasil.ok ? undefined : hasil.reason;
}

const mulai2 = ev('mulai', 2, SEK_SAKIP, [12, 8, 30]);
const selesai2 = ev('selesai', 2, SEK_SAKIP, [12, 9, 45], { note: 'Format sudah dibagikan ke grup' });

describe('deriveStepStates', () => {
  it('starts every step of the SOP as belum, in SOP order', () => {
    const states = deriveStepStates(LANGKAH_SOP, []);
    expect(states.map((s) => [s.no, s.status])).toEqual(LANGKAH_SOP.map((l) => [l.no, 'belum']));
  });

  it('follows a step from start to finish', () => {
    const [, langkah2] = deriveStepStates(LANGKAH_SOP, catatSemua([mulai2, selesai2]));
    expect(langkah2).toEqual({
      no: 2,
      status: 'selesai',
      mulai: mulai2.at,
      selesai: selesai2.at,
      oleh: SEK_SAKIP,
      catatan: 'Format sudah dibagikan ke grup',
      history: [mulai2, selesai2],
      rentangKerja: [{ dari: mulai2.at, sampai: selesai2.at }],
    });
  });

  it('shows a running step without a finish time', () => {
    const [, langkah2] = deriveStepStates(LANGKAH_SOP, [mulai2]);
    expect(langkah2.status).toBe('berjalan');
    expect(langkah2.selesai).toBeUndefined();
    expect(langkah2.rentangKerja).toEqual([{ dari: mulai2.at }]);
  });

  it('replays the log in time order whatever order it was stored in', () => {
    const [, langkah2] = deriveStepStates(LANGKAH_SOP, [selesai2, mulai2]);
    expect(langkah2.status).toBe('selesai');
  });

  it('skips a duplicate of an event, by id or by identical content', () => {
    const states = deriveStepStates(LANGKAH_SOP, [mulai2, { ...mulai2 }, { ...mulai2, id: 'lain' }, selesai2]);
    expect(states[1].history).toEqual([mulai2, selesai2]);
  });

  it('keeps the latest non-empty note', () => {
    const log = [
      ev('mulai', 2, SEK_SAKIP, [12, 8, 0], { note: 'awal' }),
      ev('selesai', 2, SEK_SAKIP, [12, 9, 0], { note: '  ' }),
    ];
    expect(deriveStepStates(LANGKAH_SOP, log)[1].catatan).toBe('awal');
  });

  it('sets illegal events of a stored log aside with their reason', () => {
    const selesaiTanpaMulai = ev('selesai', 3, ANGGOTA, [12, 10, 20]);
    const langkahAsing = ev('mulai', 99, ANGGOTA, [12, 10, 0]);
    const replay = replayEvents(LANGKAH_SOP, [selesaiTanpaMulai, langkahAsing, mulai2]);
    expect(replay.ditolak).toEqual([
      { event: langkahAsing, reason: 'Langkah 99 tidak ada dalam SOP ini.' },
      { event: selesaiTanpaMulai, reason: 'Langkah 3 belum dimulai; tandai mulai dulu sebelum selesai.' },
    ]);
    expect(replay.states[2].status).toBe('belum');
    expect(replay.states[1].status).toBe('berjalan');
  });

  it('does not re-check permissions of recorded events (roles may have changed since)', () => {
    const olehMantan = ev('mulai', 1, 'mantan.kepala@contoh.go.id', [12, 8, 0]);
    expect(deriveStepStates(LANGKAH_SOP, [olehMantan])[0].oleh).toBe('mantan.kepala@contoh.go.id');
  });
});

describe('applyEvent', () => {
  it('appends an allowed event to a new log and returns the new states', () => {
    const log: StepEvent[] = [];
    const hasil = applyEvent(LANGKAH_SOP, log, mulai2, canAct);
    expect(hasil).toMatchObject({ ok: true, changed: true, events: [mulai2] });
    expect(hasil.ok && hasil.states[1].status).toBe('berjalan');
    expect(log).toEqual([]);
  });

  it('refuses to finish a step that has not started', () => {
    expect(alasan([], selesai2)).toBe('Langkah 2 belum dimulai; tandai mulai dulu sebelum selesai.');
  });

  it('refuses to start a running step again', () => {
    expect(alasan([mulai2], ev('mulai', 2, SEK_SAKIP, [12, 9, 0]))).toBe(
      `Langkah 2 sudah berjalan (dicatat oleh ${SEK_SAKIP}); tidak bisa dimulai dua kali.`,
    );
  });

  it('refuses to start a finished step', () => {
    expect(alasan(catatSemua([mulai2, selesai2]), ev('mulai', 2, SEK_SAKIP, [12, 10, 0]))).toBe(
      'Langkah 2 sudah selesai; buka kembali langkah itu bila perlu dikerjakan lagi.',
    );
  });

  it('refuses to finish a finished step', () => {
    expect(alasan(catatSemua([mulai2, selesai2]), ev('selesai', 2, SEK_SAKIP, [12, 10, 0]))).toBe(
      'Langkah 2 sudah selesai.',
    );
  });

  it('refuses to reopen a step that has not finished', () => {
    expect(alasan([], ev('buka-kembali', 2, SEK_SAKIP, [12, 10, 0]))).toBe(
      'Langkah 2 belum pernah selesai, jadi tidak bisa dibuka kembali.',
    );
    expect(alasan([mulai2], ev('buka-kembali', 2, SEK_SAKIP, [12, 10, 0]))).toBe(
      'Langkah 2 masih berjalan, jadi tidak bisa dibuka kembali.',
    );
  });

  it('refuses a person who may not act on the step, naming the step and its pelaksana', () => {
    expect(alasan([], ev('mulai', 1, ANGGOTA, [12, 8, 0]))).toBe(
      `${ANGGOTA} tidak berwenang mencatat langkah 1 ("Memerintahkan penyusunan pengukuran Kinerja ` +
        'Dinsospermasdes"); pelaksananya: Kepala Dinsospermasdes.',
    );
  });

  it('refuses a step the SOP does not have', () => {
    expect(alasan([], ev('mulai', 15, KEPALA, [12, 8, 0]))).toBe('Langkah 15 tidak ada dalam SOP ini.');
  });

  it('refuses an event dated before the step’s previous event', () => {
    expect(alasan([mulai2], ev('selesai', 2, SEK_SAKIP, [12, 8, 0]))).toBe(
      'Langkah 2: waktu kejadian (Rabu, 12 Agustus 2026 08.00 WIB) lebih awal dari kejadian sebelumnya ' +
        '(Rabu, 12 Agustus 2026 08.30 WIB).',
    );
  });

  it('accepts a finish at the very instant of the start', () => {
    expect(alasan([mulai2], ev('selesai', 2, SEK_SAKIP, [12, 8, 30]))).toBeUndefined();
  });

  it.each([
    [{ id: ' ' }, 'Kejadian tanpa id tidak bisa dicatat.'],
    [{ type: 'batal' }, 'Jenis kejadian "batal" tidak dikenal (pilih: mulai, selesai, buka-kembali).'],
    [{ by: '' }, 'Langkah 2: kejadian tanpa pelaku (email) tidak bisa dicatat.'],
    [{ at: Number.NaN }, 'Langkah 2: waktu kejadian tidak sah (NaN).'],
  ])('refuses a malformed event %p', (rusak, reason) => {
    const e = { ...mulai2, ...rusak } as StepEvent;
    const hasil = applyEvent(LANGKAH_SOP, [], e, () => true);
    expect(hasil).toEqual({ ok: false, reason });
  });

  it('reopens a finished step: it runs again and its work resumes from the reopen', () => {
    const buka = ev('buka-kembali', 2, SEK_SAKIP, [12, 13, 0], { note: 'Kolom satuan tertinggal' });
    const selesaiLagi = ev('selesai', 2, SEK_SAKIP, [12, 13, 20]);
    const log = catatSemua([mulai2, selesai2, buka]);
    const berjalan = deriveStepStates(LANGKAH_SOP, log)[1];
    expect(berjalan).toMatchObject({ status: 'berjalan', mulai: mulai2.at, catatan: 'Kolom satuan tertinggal' });
    expect(berjalan.selesai).toBeUndefined();
    const selesai = deriveStepStates(LANGKAH_SOP, catatSemua([mulai2, selesai2, buka, selesaiLagi]))[1];
    expect(selesai.rentangKerja).toEqual([
      { dari: mulai2.at, sampai: selesai2.at },
      { dari: buka.at, sampai: selesaiLagi.at },
    ]);
    expect(selesai.selesai).toBe(selesaiLagi.at);
  });

  it.each([
    ['the same id', mulai2],
    ['identical type, step, person and instant under a new id', { ...mulai2, id: 'id-lain' }],
  ])('treats an event with %s as a no-op, even if the person may no longer act', (_, ulang) => {
    const log = catatSemua([mulai2]);
    const hasil = applyEvent(LANGKAH_SOP, log, ulang, () => false);
    expect(hasil).toMatchObject({ ok: true, changed: false });
    expect(hasil.ok && hasil.events).toBe(log);
  });

  it('does not treat a start at another instant as a duplicate', () => {
    const lagi = { ...mulai2, id: 'id-lain', at: localMs(2026, 8, 12, 9, 0) };
    expect(applyEvent(LANGKAH_SOP, catatSemua([mulai2]), lagi, canAct)).toMatchObject({ ok: false });
  });

  it('never mutates its inputs', () => {
    const log = Object.freeze(catatSemua([mulai2]).map((e) => Object.freeze({ ...e })));
    const steps = Object.freeze(LANGKAH_SOP.map((s) => Object.freeze({ ...s })));
    const sebelum = JSON.stringify([log, steps]);
    const hasil = applyEvent(steps, log, Object.freeze(selesai2), canAct);
    expect(hasil.ok).toBe(true);
    expect(JSON.stringify([log, steps])).toBe(sebelum);
  });
});
