import type { JenisKejadian } from '../../src/server/domain/pelacakan/kejadian-langkah';
import { REAL_ERRORS } from '../emulator/core/faults';
import { logEntries } from '../emulator/services/logging';
import { sentMails, setMailQuota } from '../emulator/services/mail';
import { triggersOf } from '../emulator/services/triggers';
import { agu, JAM, ORANG } from '../harness/kantor';
import type { BarisLog } from '../harness/log';
import { sembarang } from '../harness/panggil';
import { buatSiklus } from '../harness/siklus';
import type { Pengaturan } from '../../src/server/domain/pengaturan/types';

const SEKRETARIS = ORANG.sekretaris;
const SEK_TIM = ORANG.sekTim;
/** Rabu 12 Agustus 2026, a working day (07:30–16:00 WIB, break 12:00–13:00). */
const wib = (jam: number, menit = 0) => agu(12, jam, menit);

/**
 * A SAKIP workbook (where the add-on is used and the trigger lives) and one cycle spreadsheet made by the Sekretaris
 * with an empty Log tab and the default Pengaturan, registered in the workbook's document properties as mulaiSiklus
 * records it (independent of the cycle builder, which would install the trigger itself).
 */
function siapkan() {
  const s = buatSiklus({ jam: wib(7, 0), oleh: SEKRETARIS, tanpaMenu: { log: true } });
  /** A step event as the tracking actions write it: one Log row (written by the owner, recorded as `by`). */
  const catatLangkah = (type: JenisKejadian, step: number, at: number, by = SEK_TIM) =>
    s.catat({ id: `${type}-${step}-${at}`, type, step, by, at });
  const pasang = () => s.jalankan('pasangPemicuPengingat', { user: SEK_TIM, activeSpreadsheetId: s.bukuKerja });
  return Object.assign(s, { catatLangkah, pasang, siklus: s.id });
}

const aksi = (rows: BarisLog[]) => rows.map((r) => `${r.aksi} ${r.langkah} ${r.id}`);
/** The reminders to the late people, without the escalations to the people above them. */
const pengingat = (world: Parameters<typeof sentMails>[0]) =>
  sentMails(world).filter((m) => m.subject.includes(' melewati target waktu'));
const eskalasi = (world: Parameters<typeof sentMails>[0]) =>
  sentMails(world).filter((m) => m.subject.includes('Eskalasi: '));

describe('pasangPemicuPengingat', () => {
  // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions: one time-driven trigger
  // per user per document, at most hourly.
  it('installs one hourly trigger for pemicuPengingatPerJam, and not a second one when asked again', () => {
    const { world, pasang } = siapkan();
    expect(pasang()).toEqual({ baru: true });
    expect(pasang()).toEqual({ baru: false });
    expect(triggersOf(world)).toEqual([
      expect.objectContaining({
        handler: 'pemicuPengingatPerJam',
        eventType: 'CLOCK',
        owner: SEK_TIM,
        schedule: { kind: 'interval', ms: JAM },
      }),
    ]);
  });
});

describe('the trigger entry points called by name, as google.script.run can call every top-level function', () => {
  const DITOLAK = /hanya dijalankan oleh pemicu yang dipasang add-in, bukan dipanggil langsung/;
  const LUAR = 'orang.luar@contoh.go.id';

  it('pasangPemicuPengingat refuses the Kepala, a Kabid and an outsider, and installs nothing', () => {
    const { world, bukuKerja, jalankan } = siapkan();
    for (const user of [ORANG.kepala, ORANG.kabid.PSPFM, LUAR]) {
      expect(() => jalankan('pasangPemicuPengingat', { user, activeSpreadsheetId: bukuKerja })).toThrow(
        `${user} tidak berwenang memasang pemicu pengingat: hanya Tim SAKIP`,
      );
    }
    expect(triggersOf(world)).toEqual([]);
  });

  it('pemicuPengingatPerJam run by the Kepala, the Sekretaris or a Kabid mails nothing from their account', () => {
    const { world, bukuKerja, catatLangkah, log, pasang, jalankan } = siapkan();
    pasang();
    catatLangkah('mulai', 2, wib(8, 30));
    world.clock.set(wib(10, 0));
    const [pemicu] = triggersOf(world);
    for (const user of [ORANG.kepala, SEKRETARIS, ORANG.kabid.PSPFM]) {
      for (const e of [{}, { triggerUid: pemicu.id }]) {
        expect(() => jalankan('pemicuPengingatPerJam', { user, activeSpreadsheetId: bukuKerja }, sembarang(e))).toThrow(
          DITOLAK,
        );
      }
    }
    expect(sentMails(world)).toEqual([]);
    expect(log()).toHaveLength(1);
  });

  it('pemicuSaatDiedit with a forged edit event refuses in Bahasa Indonesia and changes nothing', () => {
    const { world, id, jalankan } = siapkan();
    const sebelum = world.calls.mark();
    const palsu = sembarang<GoogleAppsScript.Events.SheetsOnEdit>({ range: { a1: 'F5' }, triggerUid: 'palsu' });
    expect(() => jalankan('pemicuSaatDiedit', { user: ORANG.kabid.PSPFM, activeSpreadsheetId: id }, palsu)).toThrow(
      DITOLAK,
    );
    expect(world.calls.since(sebelum).filter((c) => c.costClass === 'write')).toEqual([]);
  });
});

describe('pemicuPengingatPerJam through the hourly trigger', () => {
  it('emails the pelaksana of an overdue step once, never twice, across a working day', () => {
    const { world, catatLangkah, log, pasang, jalankanSampai } = siapkan();
    pasang();
    catatLangkah('mulai', 2, wib(8, 30)); // Langkah 2: target 60 working minutes, overdue from 09:30
    jalankanSampai(wib(9, 0));
    expect(sentMails(world)).toEqual([]);

    jalankanSampai(wib(17, 0));
    expect(pengingat(world)).toEqual([
      expect.objectContaining({
        from: SEK_TIM,
        to: [SEK_TIM],
        subject: expect.stringMatching(
          /^\[Pengukuran Kinerja\] Langkah 2 melewati target waktu – Triwulan II Tahun 2026$/,
        ),
        at: wib(10, 0),
      }),
    ]);
    expect(pengingat(world)[0].body).toContain('Melewati target sejak: Rabu, 12 Agustus 2026 09.30 WIB');
    expect(pengingat(world)[0].body).toContain('https://docs.google.com/spreadsheets/d/');
    expect(aksi(log()).filter((a) => a.startsWith('pengingat') || a.startsWith('mulai'))).toEqual([
      'mulai 2 mulai-2-' + wib(8, 30),
      'pengingat-dijadwalkan 2 pengingat-2-1',
      'pengingat-dikirim 2 pengingat-2-1/dikirim',
    ]);
  });

  it('emails again when the step is reopened and runs over again', () => {
    const { world, catatLangkah, pasang, jalankanSampai } = siapkan();
    pasang();
    catatLangkah('mulai', 2, wib(8, 30));
    jalankanSampai(wib(11, 0));
    catatLangkah('selesai', 2, wib(10, 15));
    jalankanSampai(wib(13, 0));
    catatLangkah('buka-kembali', 2, wib(13, 0)); // already past its target: over again from the reopen
    jalankanSampai(wib(16, 0));
    expect(pengingat(world).map((m) => [m.at, m.body.includes('Dibuka kembali (ke-1)')])).toEqual([
      [wib(10, 0), false],
      [wib(14, 0), true],
    ]);
  });
});

describe('pemicuPengingatPerJam through the hourly trigger', () => {
  it('sends nothing and logs why when the daily quota cannot cover the recipients, then sends when it can', () => {
    const { world, catatLangkah, log, pasang, jalankanSampai } = siapkan();
    pasang();
    setMailQuota(world, 3);
    catatLangkah('mulai', 7, wib(7, 30), SEKRETARIS); // Langkah 7 (240 minutes, every Kabid: five people) is over at 11:30
    jalankanSampai(wib(13, 0)); // 12:00 is the break: reminders wait for working time
    expect(sentMails(world)).toEqual([]);
    expect(log()).toHaveLength(1);
    expect(
      logEntries(world)
        .filter((e) => e.level === 'warn')
        .map((e) => e.message),
    ).toContain('Kuota email harian tidak cukup (sisa 3 penerima): 1 pengingat ditunda ke jam berikutnya.');

    setMailQuota(world, 100);
    jalankanSampai(wib(16, 0));
    expect(sentMails(world).map((m) => m.at)).toEqual([wib(14, 0)]);
    expect(sentMails(world)[0].to).toEqual([
      SEKRETARIS,
      'kabid.pspfm@contoh.go.id',
      'kabid.pjrs@contoh.go.id',
      'kabid.permas@contoh.go.id',
      'kabid.pemdes@contoh.go.id',
    ]);
  });

  it('does not send twice when the execution dies after the mail went out, before its outcome was logged', () => {
    // Find the call that logs the outcome in an identical run, then make that call fail in a fresh one.
    const probe = siapkan();
    probe.pasang();
    probe.catatLangkah('mulai', 2, wib(8, 30));
    probe.jalankanSampai(wib(9, 0));
    const mark = probe.world.calls.mark();
    probe.jalankanSampai(wib(10, 0));
    const tulis = probe.world.calls.since(mark).filter((c) => c.method === 'setValues');
    expect(tulis).toHaveLength(2); // the claim, then the outcome

    const { world, siklus, catatLangkah, log, pasang, jalankanSampai } = siapkan();
    pasang();
    catatLangkah('mulai', 2, wib(8, 30));
    jalankanSampai(wib(9, 0));
    world.faults.failAt(tulis[1].seq, REAL_ERRORS.maxExecutionTime);
    jalankanSampai(wib(10, 0));
    expect(pengingat(world)).toHaveLength(1);
    expect(logEntries(world).map((e) => e.message)).toContain(
      `Pengingat: spreadsheet ${siklus} dilewati. ${REAL_ERRORS.maxExecutionTime}`,
    );

    jalankanSampai(wib(16, 0));
    expect(pengingat(world)).toHaveLength(1);
    expect(aksi(log()).filter((a) => a.startsWith('pengingat'))).toEqual(['pengingat-dijadwalkan 2 pengingat-2-1']);
  });
});

/** A Log row as the add-in writes it for another action than a step event (sealed like every row it writes). */
const baris = (aksi: string, id: string, at: number, oleh: string, langkah: number | null = null): BarisLog => ({
  waktu: at,
  pengguna: oleh,
  aksi,
  langkah,
  rincian: '',
  id,
});

describe('a step carried by several people reminds only those whose part is open', () => {
  it('step 7: four of five Kabid signed their unit off, so one mail goes, to the fifth, linking their form', () => {
    const s = siapkan();
    s.pasang();
    s.catatLangkah('mulai', 7, wib(7, 30), SEKRETARIS); // 240 minutes: over at 12:30 (the break aside)
    s.tulisLog(
      ['SEKRE', 'PSPFM', 'PERMAS', 'PEMDES'].map((kode) =>
        baris('unit-disahkan', `unit-disahkan-${kode}`, wib(10, 0), ORANG.kabid[kode], 7),
      ),
    );
    const gid = s.sebagai(SEK_TIM, (ss) => ss.insertSheet('Form PJRS').getSheetId());
    s.jalankanSampai(wib(14, 0));
    expect(pengingat(s.world).map((m) => [m.at, m.to])).toEqual([[wib(13, 0), [ORANG.kabid.PJRS]]]);
    const [surel] = pengingat(s.world);
    expect(surel.body.split('\n')[0]).toBe(
      'Mohon selesaikan langkah 7 atau catat kendalanya: sudah melewati target waktunya (belum selesai: PJRS – ' +
        'Bidang Perlindungan Jaminan dan Rehabilitasi Sosial).',
    );
    expect(surel.body.split('\n')[1]).toBe(
      `Tab Form PJRS: https://docs.google.com/spreadsheets/d/${s.id}/edit#gid=${gid}`,
    );
  });

  it('data collection: only the units whose form is not marked done are reminded', () => {
    const s = siapkan();
    s.pasang();
    s.catatLangkah('mulai', 6, wib(7, 30)); // 120 minutes: over at 09:30
    s.tulisLog(
      ['SEKRE', 'PSPFM', 'PJRS'].map((kode) =>
        baris('formulir-selesai-diisi', `formulir-selesai-diisi-${kode}`, wib(8, 0), ORANG.staf[kode]),
      ),
    );
    s.jalankanSampai(wib(10, 0));
    expect(pengingat(s.world).map((m) => m.to)).toEqual([
      [ORANG.kabid.PERMAS, ORANG.staf.PERMAS, ORANG.kabid.PEMDES, ORANG.staf.PEMDES],
    ]);
  });
});

describe('escalation to the person above after a second overrun period', () => {
  it('mails the Sekretaris once when a Kabid is over twice the target, never again, and names who is late', () => {
    const s = siapkan();
    s.pasang();
    s.catatLangkah('mulai', 7, wib(7, 30), SEKRETARIS);
    s.tulisLog(
      ['SEKRE', 'PSPFM', 'PERMAS', 'PEMDES'].map((kode) =>
        baris('unit-disahkan', `unit-disahkan-${kode}`, wib(10, 0), ORANG.kabid[kode], 7),
      ),
    );
    // 480 working minutes from Rabu 07:30 run out at Kamis 08:00 (Rabu gives 450)
    s.jalankanSampai(agu(13, 8, 0));
    expect(eskalasi(s.world)).toEqual([]);
    s.jalankanSampai(agu(14, 16, 0));
    expect(eskalasi(s.world).map((m) => [m.at, m.to, m.subject])).toEqual([
      [
        agu(13, 9, 0),
        [SEKRETARIS],
        '[Pengukuran Kinerja] Eskalasi: langkah 7 melewati dua kali target waktu – Triwulan II Tahun 2026',
      ],
    ]);
    expect(eskalasi(s.world)[0].body.split('\n')[0]).toContain('belum selesai: PJRS – ');
    expect(aksi(s.log()).filter((a) => a.startsWith('eskalasi'))).toEqual([
      'eskalasi-dijadwalkan 7 eskalasi-7-1',
      'eskalasi-dikirim 7 eskalasi-7-1/dikirim',
    ]);
  });

  it('goes to the Kepala when the late Kabid is the Sekretaris herself, and waits for working hours', () => {
    const s = siapkan();
    s.pasang();
    // from Selasa 11 Agustus 15:00, 480 working minutes are used up at Rabu 15:30: over twice the target just after
    s.catatLangkah('mulai', 7, agu(11, 15, 0), SEKRETARIS);
    s.tulisLog(
      ['PSPFM', 'PJRS', 'PERMAS', 'PEMDES'].map((kode) =>
        baris('unit-disahkan', `unit-disahkan-${kode}`, wib(10, 0), ORANG.kabid[kode], 7),
      ),
    );
    s.jalankanSampai(agu(13, 7, 0)); // the runs of 16:00 to 07:00 are outside working hours
    expect(eskalasi(s.world)).toEqual([]);
    s.jalankanSampai(agu(13, 12, 0));
    expect(eskalasi(s.world).map((m) => [m.at, m.to])).toEqual([[agu(13, 8, 0), [ORANG.kepala]]]);
  });
});

describe('who is above whom, from the Pengaturan tab', () => {
  /** Step 7 from Rabu 07:30 with only PJRS left to sign off, the Pengaturan tab rewritten by `ubah` first. */
  const eskalasiPjrs = (ubah: (p: Pengaturan) => void) => {
    const s = siapkan();
    s.tulisPengaturan(ubah);
    s.pasang();
    s.catatLangkah('mulai', 7, wib(7, 30), SEKRETARIS);
    s.tulisLog(
      ['SEKRE', 'PSPFM', 'PERMAS', 'PEMDES'].map((kode) =>
        baris('unit-disahkan', `unit-disahkan-${kode}`, wib(10, 0), ORANG.kabid[kode], 7),
      ),
    );
    s.jalankanSampai(agu(13, 12, 0));
    return eskalasi(s.world).map((m) => m.to);
  };

  it('a new cycle writes the ATASAN (ESKALASI PENGINGAT) block into its Pengaturan tab', () => {
    const s = buatSiklus();
    const judul = s.nilai('Pengaturan').findIndex((r) => r[0] === 'ATASAN (ESKALASI PENGINGAT)');
    expect(
      s
        .nilai('Pengaturan')
        .slice(judul + 1, judul + 3)
        .map((r) => r.slice(0, 2)),
    ).toEqual([
      ['Jabatan pelaksana', 'Jabatan atasan'],
      ['Kabid', 'Sekretaris'],
    ]);
  });

  it('an older cycle without the block escalates by the defaults; rows of its own take over', () => {
    expect(eskalasiPjrs((p) => delete p.atasan)).toEqual([[SEKRETARIS]]);
    expect(eskalasiPjrs((p) => (p.atasan = [{ pelaksana: 'Kabid', atasan: 'Kepala Dinsospermasdes' }]))).toEqual([
      [ORANG.kepala],
    ]);
  });
});
