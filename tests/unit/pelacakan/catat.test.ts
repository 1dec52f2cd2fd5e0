import { catatKejadian } from '../../../src/server/domain/pelacakan/catat';
import { BarisLog, barisLogKeEvent } from '../../../src/server/domain/pelacakan/log';
import { StepEvent } from '../../../src/server/domain/pelacakan/kejadian-langkah';
import { LANGKAH, ORANG, agu, barisLangkah, canAct } from './fixture';

const eventsOf = (log: BarisLog[]) => log.map(barisLogKeEvent).filter((e): e is StepEvent => e !== null);
const catat = (log: BarisLog[], type: StepEvent['type'], step: number, oleh: string, nowMs: number, note?: string) =>
  catatKejadian(LANGKAH, log, eventsOf(log), { type, step, note }, oleh, canAct, nowMs);

describe('catatKejadian: the Log row a request adds', () => {
  const anggota = ORANG['Anggota Tim Sakip'];

  it('adds a row for an allowed request, at the request instant kept to whole seconds, with the note', () => {
    const hasil = catat([], 'mulai', 3, anggota, agu(12, 10) + 1234, '  mulai kirim  ');
    expect(hasil).toEqual({
      ok: true,
      berubah: true,
      baris: {
        waktu: agu(12, 10) + 1000,
        pengguna: anggota,
        aksi: 'mulai',
        langkah: 3,
        rincian: 'mulai kirim',
        id: 'L3-mulai-1',
      },
    });
  });

  it('refuses a person whose role does not carry the step, naming the step and its pelaksana', () => {
    const hasil = catat([], 'mulai', 3, ORANG['Kepala Dinsospermasdes'], agu(12, 10));
    expect(hasil).toEqual({
      ok: false,
      reason: `${ORANG['Kepala Dinsospermasdes']} tidak berwenang mencatat langkah 3 ("${LANGKAH[2].uraian}"); pelaksananya: Anggota Tim Sakip.`,
    });
  });

  it('refuses what the step rules refuse, with the reason in Bahasa Indonesia', () => {
    expect(catat([], 'selesai', 3, anggota, agu(12, 10))).toEqual({
      ok: false,
      reason: 'Langkah 3 belum dimulai; tandai mulai dulu sebelum selesai.',
    });
    expect(catat([], 'mulai', 99, anggota, agu(12, 10))).toEqual({
      ok: false,
      reason: 'Langkah 99 tidak ada dalam SOP ini.',
    });
  });

  it('treats the same request by the same person again as a no-op (a retried call logs nothing)', () => {
    const log = [barisLangkah('mulai', 3, [12, 10, 0])];
    const hasil = catat(log, 'mulai', 3, anggota, agu(12, 10, 5));
    expect(hasil).toEqual({
      ok: true,
      berubah: false,
      pesan: `Langkah 3 sudah dimulai oleh ${anggota} pada Rabu, 12 Agustus 2026 10.00 WIB.`,
    });
  });

  it('gives a reopened and finished-again step fresh ids, unique in the Log', () => {
    const kepala = ORANG['Kepala Dinsospermasdes'];
    const log = [
      { ...barisLangkah('mulai', 9, [20, 8, 0]), pengguna: kepala },
      { ...barisLangkah('selesai', 9, [20, 9, 0]), pengguna: kepala },
      { ...barisLangkah('buka-kembali', 9, [20, 9, 10]), pengguna: kepala },
      { ...barisLangkah('mulai', 10, [20, 9, 20]), id: 'L9-selesai-2', pengguna: ORANG.Sekretaris },
    ];
    const hasil = catat(log, 'selesai', 9, kepala, agu(20, 9, 30));
    expect(hasil.ok && hasil.berubah && hasil.baris.id).toBe('L9-selesai-3');
  });
});
