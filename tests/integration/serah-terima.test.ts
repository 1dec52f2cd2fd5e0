import { REAL_ERRORS } from '../emulator/core/faults';
import { sentMails, setMailQuota } from '../emulator/services/mail';
import { spreadsheetState } from '../emulator/spreadsheet/model';
import { agu, ORANG, UNIT } from '../harness/kantor';
import { pilihLog } from '../harness/log';
import { buatSiklus } from '../harness/siklus';

/** A cycle whose units were signed off by their Kabids (Log rows as the validation writes them) and consolidated. */
function siapkan(disahkan: readonly string[] = UNIT, rekap = true) {
  const k = buatSiklus({ batas: '2026-08-21 16:00' });
  const tambah = (aksi: string, id: string) =>
    k.tulisLog([{ waktu: agu(20, 9), pengguna: ORANG.sekTim, aksi, langkah: null, rincian: '', id }]);
  for (const kode of disahkan) tambah('unit-disahkan', `unit-disahkan-${kode}`);
  if (rekap) tambah('rekap-disusun', 'rekap-disusun-1');
  k.world.clock.set(agu(20, 10));
  const serahkan = (user: string = ORANG.anggota, ulang?: boolean) =>
    k.panggil('serahkanKePetugasData', user, ...(ulang === undefined ? [] : ([ulang] as const)));
  const kePetugas = () => sentMails(k.world).filter((m) => m.to.includes(ORANG.data));
  return Object.assign(k, { tambah, serahkan, kePetugas });
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
    expect(pilihLog(k.log(), 'aksi', 'langkah', 'id').slice(-3)).toEqual([
      { aksi: 'data-diserahkan', langkah: 8, id: 'data-diserahkan' },
      { aksi: 'mulai', langkah: 8, id: 'L8-mulai-1' },
      { aksi: 'selesai', langkah: 8, id: 'L8-selesai-1' },
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
});

describe('serahkanKePetugasData (step 8) through Code.js', () => {
  it('refuses a person who does not carry step 8, and sends nothing when the quota is spent', () => {
    const k = siapkan();
    expect(() => k.serahkan(ORANG.kabid.PSPFM)).toThrow(
      `${ORANG.kabid.PSPFM} tidak berwenang menyerahkan data kepada petugas data: hanya Anggota Tim Sakip (pelaksana langkah 8) dan Tim SAKIP.`,
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
