import { REAL_ERRORS } from '../emulator/core/faults';
import { calendarEvents, calendarInvitations } from '../emulator/services/calendar';
import { sentMails } from '../emulator/services/mail';
import { agu, ORANG } from '../harness/kantor';
import { pilihLog } from '../harness/log';
import { sembarang } from '../harness/panggil';
import { buatSiklus } from '../harness/siklus';

const JADWAL = { mulaiMs: agu(18, 9), selesaiMs: agu(18, 11), tempat: 'Ruang Rapat Dinsospermasdes' };
/** The Kepala and the officials: everyone who carries an SOP step (Sekretaris, Tim SAKIP, every Kabid). */
const TAMU = [ORANG.kepala, ORANG.anggota, ...Object.values(ORANG.kabid)].sort();

/** The Triwulan II 2026 cycle on Thursday 13 August 10.00 WIB, when the meeting is arranged. */
function siapkan() {
  const k = buatSiklus({ batas: '2026-08-21 16:00' });
  k.world.clock.set(agu(13, 10));
  const undang = (user: string = ORANG.sekTim, jadwal = JADWAL) => k.panggil('undangRapat', user, jadwal);
  return Object.assign(k, { undang });
}

describe('undangRapat (step 4) through Code.js', () => {
  it('creates one calendar event with the Kepala and the officials as guests, invited by Calendar alone', () => {
    const k = siapkan();
    expect(k.undang()).toEqual({
      berubah: true,
      pesan:
        'Undangan rapat dikirim: Selasa, 18 Agustus 2026 09.00 WIB s.d. Selasa, 18 Agustus 2026 11.00 WIB di Ruang Rapat Dinsospermasdes. Langkah 4 selesai.',
    });
    const [acara, ...lain] = calendarEvents(k.world);
    expect(lain).toEqual([]);
    expect(acara).toMatchObject({
      calendarId: ORANG.sekTim,
      title: 'Rapat pembahasan pengukuran kinerja – Pengukuran Kinerja – Triwulan II Tahun 2026 – Dinsospermasdes',
      start: JADWAL.mulaiMs,
      end: JADWAL.selesaiMs,
      location: JADWAL.tempat,
    });
    expect(acara.description).toContain(`https://docs.google.com/spreadsheets/d/${k.id}/edit`);
    expect([...acara.guests].sort()).toEqual(TAMU);
    expect(
      calendarInvitations(k.world)
        .map((i) => i.to)
        .sort(),
    ).toEqual(TAMU);
    expect(sentMails(k.world)).toEqual([]); // no second invitation by mail
    expect(pilihLog(k.log(), 'aksi', 'langkah', 'id').slice(-3)).toEqual([
      { aksi: 'rapat-diundang', langkah: 4, id: 'rapat-diundang' },
      { aksi: 'mulai', langkah: 4, id: 'L4-mulai-1' },
      { aksi: 'selesai', langkah: 4, id: 'L4-selesai-1' },
    ]);
    expect(k.log().find((r) => r.id === 'rapat-diundang')!.rincian).toContain(`(acara ${acara.id})`);
  });

  it('makes no second event and no second invitation when asked again', () => {
    const k = siapkan();
    k.undang();
    const log = k.log();
    expect(k.undang(ORANG.anggota, { ...JADWAL, tempat: 'Aula' })).toEqual({
      berubah: false,
      pesan:
        'Rapat sudah dijadwalkan: Selasa, 18 Agustus 2026 09.00 WIB s.d. Selasa, 18 Agustus 2026 11.00 WIB di Ruang Rapat Dinsospermasdes. Tidak ada undangan kedua; ubah jadwal langsung di Google Calendar bila perlu.',
    });
    expect(calendarEvents(k.world)).toHaveLength(1);
    expect(calendarInvitations(k.world)).toHaveLength(TAMU.length);
    expect(k.log()).toEqual(log);
  });
});

describe('undangRapat (step 4) through Code.js', () => {
  it('converges after a failure at any call: one event, each guest invited once, step 4 recorded', () => {
    const bersih = siapkan();
    const awal = bersih.world.calls.records.length;
    bersih.undang();
    const jumlah = bersih.world.calls.records.length - awal;
    const idBersih = bersih.idLog();
    for (let n = 1; n <= jumlah; n += 3) {
      const k = siapkan();
      k.world.faults.failAt(k.world.calls.records.length + n, REAL_ERRORS.maxExecutionTime);
      try {
        k.undang();
      } catch {
        // stopped at call n
      }
      k.undang();
      expect([n, calendarEvents(k.world).length, calendarInvitations(k.world).length]).toEqual([n, 1, TAMU.length]);
      expect([n, k.idLog()]).toEqual([n, idBersih]);
    }
  });

  it('refuses a person who does not carry step 4, and a schedule that cannot be', () => {
    const k = siapkan();
    expect(() => k.undang(ORANG.kabid.PSPFM)).toThrow(
      `${ORANG.kabid.PSPFM} tidak berwenang mengundang rapat pembahasan: hanya Sek. Tim Sakip (pelaksana langkah 4) dan Tim SAKIP.`,
    );
    expect(() => k.undang(ORANG.sekTim, { ...JADWAL, selesaiMs: agu(18, 8) })).toThrow(
      'Undangan rapat: "Selesai" (Selasa, 18 Agustus 2026 08.00 WIB) harus setelah "Mulai" (Selasa, 18 Agustus 2026 09.00 WIB).',
    );
    expect(() => k.undang(ORANG.sekTim, { ...JADWAL, tempat: '  ' })).toThrow(
      'Undangan rapat: isian "Tempat" wajib diisi.',
    );
    expect(() => k.undang(ORANG.sekTim, { ...JADWAL, mulaiMs: sembarang<number>('besok') })).toThrow(
      'Undangan rapat: isian "Mulai" bukan tanggal dan jam.',
    );
    expect(calendarEvents(k.world)).toEqual([]);
  });
});

describe('rapatSelesai (step 5) through Code.js', () => {
  it('records the notes once and step 5 from the meeting start to now', () => {
    const k = siapkan();
    expect(() => k.panggil('rapatSelesai', ORANG.kepala, 'x')).toThrow(
      'Rapat belum dijadwalkan: jalankan "Undang rapat" (langkah 4) dulu.',
    );
    k.undang();
    expect(() => k.panggil('rapatSelesai', ORANG.kepala, 'x')).toThrow(
      'Rapat baru dimulai Selasa, 18 Agustus 2026 09.00 WIB.',
    );
    k.world.clock.set(agu(18, 11, 30));
    expect(() => k.panggil('rapatSelesai', ORANG.kabid.PSPFM, 'x')).toThrow(
      `${ORANG.kabid.PSPFM} tidak berwenang mencatat rapat pembahasan: hanya Kepala Dinsospermasdes (pelaksana langkah 5) dan Tim SAKIP.`,
    );
    expect(k.panggil('rapatSelesai', ORANG.kepala, '=Target disepakati')).toEqual({
      berubah: true,
      pesan: 'Rapat dicatat selesai. Langkah 5 selesai.',
    });
    const baris = k.log().slice(-3);
    expect(pilihLog(baris, 'pengguna', 'aksi', 'langkah', 'id')).toEqual([
      { pengguna: ORANG.kepala, aksi: 'rapat-selesai', langkah: 5, id: 'rapat-selesai' },
      { pengguna: ORANG.kepala, aksi: 'mulai', langkah: 5, id: 'L5-mulai-1' },
      { pengguna: ORANG.kepala, aksi: 'selesai', langkah: 5, id: 'L5-selesai-1' },
    ]);
    expect(baris[0].rincian).toBe('Catatan rapat: =Target disepakati'); // text, never a formula
    expect(baris[1].waktu).toBe(JADWAL.mulaiMs);
    expect(baris[2].waktu).toBe(agu(18, 11, 30));
    const jumlahLog = k.log().length;
    expect(k.panggil('rapatSelesai', ORANG.anggota, 'lagi')).toEqual({
      berubah: false,
      pesan: 'Rapat sudah dicatat selesai pada Selasa, 18 Agustus 2026 11.30 WIB.',
    });
    expect(k.log()).toHaveLength(jumlahLog);
  });
});
