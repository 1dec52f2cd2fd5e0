import logJson from '../../sheets-templates/tab-log.json';
import { parseTataLetak } from '../../src/server/domain/layout';
import { selBarisLog } from '../../src/server/domain/pelacakan/log';
import { REAL_ERRORS } from '../emulator/core/faults';
import { sentMails, setMailQuota } from '../emulator/services/mail';
import { spreadsheetState } from '../emulator/spreadsheet/model';
import { agu, ORANG, siklusKantor, UNIT } from './siklus-kantor';

const LOG = parseTataLetak(logJson, 'sheets-templates/tab-log.json');
type HasilAksi = { berubah: boolean; pesan: string };

/** A cycle whose units were signed off by their Kabids (Log rows as the validation writes them) and consolidated. */
function siapkan(disahkan: readonly string[] = UNIT, rekap = true) {
  const k = siklusKantor();
  const tambah = (aksi: string, id: string) =>
    k.sebagai(ORANG.sekTim, (ss) => {
      const sheet = ss.getSheetByName(LOG.nama)!;
      const row = selBarisLog(LOG, { waktu: agu(20, 9), pengguna: ORANG.sekTim, aksi, langkah: null, rincian: '', id });
      sheet.getRange(sheet.getLastRow() + 1, 1, 1, row.length).setValues([row]);
    });
  for (const kode of disahkan) tambah('unit-disahkan', `unit-disahkan-${kode}`);
  if (rekap) tambah('rekap-disusun', 'rekap-disusun-1');
  k.world.clock.set(agu(20, 10));
  const serahkan = (user: string = ORANG.anggota, ulang?: boolean) =>
    k.panggil<HasilAksi>('serahkanKePetugasData', user, ...(ulang === undefined ? [] : [ulang]));
  const kePetugas = () => sentMails(k.world).filter((m) => m.to.includes(ORANG.data));
  return { ...k, tambah, serahkan, kePetugas };
}

describe('serahkanKePetugasData (step 8) through Code.js', () => {
  it('mails the data officer named by step 8 the Rekap link once, and records step 8 as done', () => {
    const k = siapkan();
    expect(k.serahkan()).toEqual({
      berubah: true,
      pesan: 'Data diserahkan kepada Rudi Hartono, S.Kom. Langkah 8 selesai.',
    });
    const [mail, ...lain] = sentMails(k.world);
    expect(lain).toEqual([]);
    const gid = spreadsheetState(k.world, k.id).sheets.find((s) => s.name === 'Rekap')!.sheetId;
    expect(mail).toMatchObject({ from: ORANG.anggota, to: [ORANG.data] });
    expect(mail.body).toContain(`https://docs.google.com/spreadsheets/d/${k.id}/edit#gid=${gid}`);
    expect(mail.body).toContain(`Unit kerja tervalidasi: ${UNIT.join(', ')}`);
    expect(
      k
        .log()
        .slice(-3)
        .map((r) => [r[2], r[3], r[5]]),
    ).toEqual([
      ['data-diserahkan', 8, 'data-diserahkan'],
      ['mulai', 8, 'L8-mulai-1'],
      ['selesai', 8, 'L8-selesai-1'],
    ]);
    expect(k.serahkan(ORANG.sekTim)).toEqual({
      berubah: false,
      pesan:
        'Data sudah diserahkan pada Kamis, 20 Agustus 2026 10.00 WIB: Tautan tab Rekap dikirim kepada Rudi Hartono, S.Kom.',
    });
    expect(k.kePetugas()).toHaveLength(1);
  });

  it('waits for every unit to be signed off (a sign-off taken back counts as none) and for the Rekap', () => {
    const k = siapkan(['SEKRE', 'PSPFM', 'PJRS'], false);
    k.tambah('unit-dibuka', 'unit-dibuka-PSPFM-1');
    expect(() => k.serahkan()).toThrow(
      'Data belum dapat diserahkan: unit PSPFM, PERMAS, PEMDES belum disahkan Kabid (langkah 7).',
    );
    for (const kode of ['PSPFM', 'PERMAS', 'PEMDES']) {
      k.tambah('unit-disahkan', kode === 'PSPFM' ? 'unit-disahkan-PSPFM-2' : `unit-disahkan-${kode}`);
    }
    expect(() => k.serahkan()).toThrow(
      'Data belum dapat diserahkan: tab "Rekap" belum disusun (jalankan Konsolidasi).',
    );
    k.tambah('rekap-disusun', 'rekap-disusun-1');
    expect(k.serahkan().berubah).toBe(true);
  });

  it('refuses a person who does not carry step 8, and sends nothing when the quota is spent', () => {
    const k = siapkan();
    expect(() => k.serahkan(ORANG.kabidPspfm)).toThrow(
      `${ORANG.kabidPspfm} tidak berwenang menyerahkan data kepada petugas data: hanya Anggota Tim Sakip (pelaksana langkah 8) dan Tim SAKIP.`,
    );
    setMailQuota(k.world, 0);
    expect(() => k.serahkan()).toThrow(
      /^Kuota email harian tidak cukup: penyerahan data perlu 1 penerima, sisa kuota Anda hari ini 0/,
    );
    expect(sentMails(k.world)).toEqual([]);
    expect(k.idLog()).not.toContain('data-diserahkan');
  });

  it('never mails twice after a failure at any call; an interrupted send is resent only when asked', () => {
    const bersih = siapkan();
    const awal = bersih.world.calls.records.length;
    bersih.serahkan();
    const jumlah = bersih.world.calls.records.length - awal;
    for (let n = 1; n <= jumlah; n += 2) {
      const k = siapkan();
      k.world.faults.failAt(k.world.calls.records.length + n, REAL_ERRORS.maxExecutionTime);
      let pesan = '';
      try {
        k.serahkan();
      } catch {
        // stopped at call n
      }
      try {
        k.serahkan();
      } catch (e) {
        pesan = (e as Error).message;
      }
      expect([n, k.kePetugas().length <= 1]).toEqual([n, true]);
      if (k.kePetugas().length === 0 || !k.idLog().includes('data-diserahkan')) {
        expect([n, pesan]).toEqual([n, expect.stringContaining('terhenti di tengah jalan')]);
        k.serahkan(ORANG.anggota, true);
      }
      expect([n, k.idLog().includes('L8-selesai-1')]).toEqual([n, true]);
    }
  });
});
