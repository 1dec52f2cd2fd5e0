import logJson from '../../sheets-templates/tab-log.json';
import sopJson from '../../sheets-templates/sop-pengukuran-kinerja.json';
import type { JenisKejadian } from '../../src/server/domain/pelacakan/kejadian-langkah';
import { parseTataLetak } from '../../src/server/domain/layout';
import { pengaturanBawaan } from '../../src/server/domain/pengaturan/bawaan';
import { pengaturanKeBaris } from '../../src/server/domain/pengaturan/blok-pengaturan';
import { parseSopTemplate } from '../../src/server/domain/sop/template';
import { eventKeBarisLog, selBarisLog } from '../../src/server/domain/pelacakan/log';
import { localMs } from '../../src/server/domain/jam-kerja/zona';
import { World } from '../emulator';
import { REAL_ERRORS } from '../emulator/core/faults';
import { logEntries } from '../emulator/services/logging';
import { sentMails, setMailQuota } from '../emulator/services/mail';
import { triggersOf } from '../emulator/services/triggers';
import { LoadedScript } from '../harness/script';

const SOP = parseSopTemplate(sopJson);
const LOG = parseTataLetak(logJson, 'sheets-templates/tab-log.json');
const SEKRETARIS = 'sekretaris@contoh.go.id';
const SEK_TIM = 'sakip.sekretaris@contoh.go.id';
const HOUR = 3600000;
/** Rabu 12 Agustus 2026, a working day (07:30–16:00 WIB, break 12:00–13:00). */
const wib = (jam: number, menit = 0) => localMs(2026, 8, 12, jam, menit);

type Globals = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
};

/**
 * A SAKIP workbook (where the add-on is used and the trigger lives) and one cycle spreadsheet with a Log tab and the
 * default Pengaturan, registered in the workbook's document properties as mulaiSiklus records it.
 */
function siapkan() {
  const world = new World(wib(7, 0));
  const script = new LoadedScript(world);
  const g = script.context as unknown as Globals;
  const { workbook, siklus } = world.run({ user: SEKRETARIS }, () => {
    const wb = g.SpreadsheetApp.create('SAKIP Dinsospermasdes');
    const ss = g.SpreadsheetApp.create('Pengukuran Kinerja Triwulan II Tahun 2026');
    ss.getSheets()[0].setName(LOG.nama);
    ss.getSheetByName(LOG.nama)!
      .getRange(1, 1, 1, LOG.kolom.length)
      .setValues([LOG.kolom.map((k) => k.judul)]);
    const baris = pengaturanKeBaris(pengaturanBawaan(SOP), SOP);
    // Plain-text cells, so "07:30" stays the text the Pengaturan reader expects rather than becoming a time value.
    ss.insertSheet('Pengaturan')
      .getRange(1, 1, baris.length, baris[0].length)
      .setNumberFormat('@')
      .setValues(baris as unknown[][]);
    return { workbook: wb.getId(), siklus: ss.getId() };
  });
  world.run({ user: SEKRETARIS, activeSpreadsheetId: workbook }, () =>
    g.PropertiesService.getDocumentProperties()!.setProperty('siklus:2026-TW2', siklus),
  );

  /** A step event as the tracking actions write it: one Log row (written by the owner, recorded as `by`). */
  const catat = (type: JenisKejadian, step: number, at: number, by = SEK_TIM) =>
    world.run({ user: SEKRETARIS }, () => {
      const log = g.SpreadsheetApp.openById(siklus).getSheetByName(LOG.nama)!;
      const row = selBarisLog(LOG, eventKeBarisLog({ id: `${type}-${step}-${at}`, type, step, by, at }));
      log.getRange(log.getLastRow() + 1, 1, 1, row.length).setValues([row]);
    });
  const logRows = () =>
    world.run({ user: SEKRETARIS }, () =>
      g.SpreadsheetApp.openById(siklus).getSheetByName(LOG.nama)!.getDataRange().getValues().slice(1),
    );
  const pasang = () =>
    script.call<{ baru: boolean }>('pasangPemicuPengingat', [], { user: SEKRETARIS, activeSpreadsheetId: workbook });
  /** Moves the clock hour by hour up to `until`, firing the due triggers at each hour as Apps Script would. */
  const jalankanSampai = (until: number) => {
    while (world.clock.now() + HOUR <= until) {
      world.clock.advance(HOUR);
      script.fireDueTriggers();
    }
  };
  return { world, script, siklus, catat, logRows, pasang, jalankanSampai };
}

const aksi = (rows: unknown[][]) => rows.map((r) => `${r[2]} ${r[3]} ${r[5]}`);

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
        owner: SEKRETARIS,
        schedule: { kind: 'interval', ms: HOUR },
      }),
    ]);
  });
});

describe('pemicuPengingatPerJam through the hourly trigger', () => {
  it('emails the pelaksana of an overdue step once, never twice, across a working day', () => {
    const { world, catat, logRows, pasang, jalankanSampai } = siapkan();
    pasang();
    catat('mulai', 2, wib(8, 30)); // Langkah 2: target 60 working minutes, overdue from 09:30
    jalankanSampai(wib(9, 0));
    expect(sentMails(world)).toEqual([]);

    jalankanSampai(wib(17, 0));
    expect(sentMails(world)).toEqual([
      expect.objectContaining({
        from: SEKRETARIS,
        to: [SEK_TIM],
        subject: '[Pengukuran Kinerja] Langkah 2 melewati target waktu',
        at: wib(10, 0),
      }),
    ]);
    expect(sentMails(world)[0].body).toContain('Melewati target sejak: Rabu, 12 Agustus 2026 09.30 WIB');
    expect(sentMails(world)[0].body).toContain('https://docs.google.com/spreadsheets/d/');
    expect(aksi(logRows())).toEqual([
      'mulai 2 mulai-2-' + wib(8, 30),
      'pengingat-dijadwalkan 2 pengingat-2-1',
      'pengingat-dikirim 2 pengingat-2-1/dikirim',
    ]);
  });

  it('emails again when the step is reopened and runs over again', () => {
    const { world, catat, pasang, jalankanSampai } = siapkan();
    pasang();
    catat('mulai', 2, wib(8, 30));
    jalankanSampai(wib(11, 0));
    catat('selesai', 2, wib(10, 15));
    jalankanSampai(wib(13, 0));
    catat('buka-kembali', 2, wib(13, 0)); // already past its target: over again from the reopen
    jalankanSampai(wib(16, 0));
    expect(sentMails(world).map((m) => [m.at, m.body.includes('Dibuka kembali (ke-1)')])).toEqual([
      [wib(10, 0), false],
      [wib(14, 0), true],
    ]);
  });

  it('sends nothing and logs why when the daily quota cannot cover the recipients, then sends when it can', () => {
    const { world, catat, logRows, pasang, jalankanSampai } = siapkan();
    pasang();
    setMailQuota(world, 3);
    catat('mulai', 7, wib(7, 30), SEKRETARIS); // Langkah 7 (240 minutes, every Kabid: five people) is over at 11:30
    jalankanSampai(wib(13, 0)); // 12:00 is the break: reminders wait for working time
    expect(sentMails(world)).toEqual([]);
    expect(logRows()).toHaveLength(1);
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
    probe.catat('mulai', 2, wib(8, 30));
    probe.jalankanSampai(wib(9, 0));
    const mark = probe.world.calls.mark();
    probe.jalankanSampai(wib(10, 0));
    const tulis = probe.world.calls.since(mark).filter((c) => c.method === 'setValues');
    expect(tulis).toHaveLength(2); // the claim, then the outcome

    const { world, siklus, catat, logRows, pasang, jalankanSampai } = siapkan();
    pasang();
    catat('mulai', 2, wib(8, 30));
    jalankanSampai(wib(9, 0));
    world.faults.failAt(tulis[1].seq, REAL_ERRORS.maxExecutionTime);
    jalankanSampai(wib(10, 0));
    expect(sentMails(world)).toHaveLength(1);
    expect(logEntries(world).map((e) => e.message)).toContain(
      `Pengingat: spreadsheet ${siklus} dilewati. ${REAL_ERRORS.maxExecutionTime}`,
    );

    jalankanSampai(wib(16, 0));
    expect(sentMails(world)).toHaveLength(1);
    expect(aksi(logRows()).slice(1)).toEqual(['pengingat-dijadwalkan 2 pengingat-2-1']);
  });
});
