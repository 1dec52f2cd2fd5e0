import { REAL_ERRORS } from '../emulator/core/faults';
import { sentMails, setMailQuota } from '../emulator/services/mail';
import { spreadsheetState } from '../emulator/spreadsheet/model';
import { userEdit } from '../emulator/spreadsheet/user-edit';
import { agu, JAM, ORANG, UNIT } from '../harness/kantor';
import { pilihLog } from '../harness/log';
import { buatSiklus, type Siklus } from '../harness/siklus';

/** The Triwulan II 2026 cycle, its form deadline typed into Pengaturan (null: left empty). */
const siklus = (batas: string | null = '2026-08-21 16:00') => buatSiklus(batas === null ? {} : { batas });

/** Each unit's recipients: its Kabid and its staff member. */
const PENERIMA: Record<string, string[]> = Object.fromEntries(UNIT.map((k) => [k, [ORANG.kabid[k], ORANG.staf[k]]]));
const formulirMail = (m: { subject: string }) => m.subject.startsWith('[Pengukuran Kinerja] Formulir ');
const kirim = (k: Siklus, user: string = ORANG.anggota) => k.panggil('kirimFormulir', user);

describe('kirimFormulir (step 3) through Code.js', () => {
  it('mails each unit its form link, the deadline and instructions, once, and records step 3 as done', () => {
    const k = siklus();
    k.world.clock.set(agu(12, 10));
    const hasil = kirim(k);
    expect(hasil).toMatchObject({ berubah: true, dikirim: UNIT, gagal: [], belumPasti: [], tanpaPenerima: [] });
    expect(hasil.pesan).toContain('Semua unit sudah menerima formulirnya: langkah 3 selesai.');

    const mails = sentMails(k.world).filter(formulirMail);
    expect(mails.map((m) => [m.subject.split(' – ')[0], m.to])).toEqual(
      UNIT.map((kode) => [`[Pengukuran Kinerja] Formulir ${kode}`, PENERIMA[kode]]),
    );
    const ss = spreadsheetState(k.world, k.id);
    const gid = ss.sheets.find((s) => s.name === 'Form PJRS')!.sheetId;
    const pjrs = mails[2];
    expect(pjrs.from).toBe(ORANG.anggota);
    expect(pjrs.body).toContain(`https://docs.google.com/spreadsheets/d/${k.id}/edit#gid=${gid}`);
    expect(pjrs.body.split('\n').slice(0, 2)).toEqual([
      'Mohon isi formulir PJRS paling lambat Jumat, 21 Agustus 2026 16.00 WIB.',
      `Formulir PJRS: https://docs.google.com/spreadsheets/d/${k.id}/edit#gid=${gid}`,
    ]);
    expect(pjrs.body).toContain('Isi kolom Realisasi');
    expect(pjrs.htmlBody).toContain(`href="https://docs.google.com/spreadsheets/d/${k.id}/edit#gid=${gid}"`);

    const log = pilihLog(k.log(), 'aksi', 'langkah', 'id');
    expect(log.filter((r) => r.aksi === 'formulir-dikirim')).toEqual(
      UNIT.map((kode) => ({ aksi: 'formulir-dikirim', langkah: 3, id: `formulir-dikirim-${kode}` })),
    );
    expect(log.slice(-2)).toEqual([
      { aksi: 'mulai', langkah: 3, id: 'L3-mulai-1' },
      { aksi: 'selesai', langkah: 3, id: 'L3-selesai-1' },
    ]);
    expect(k.log().find((r) => r.id === 'formulir-dikirim-PJRS')!.rincian).toBe(
      `PJRS: Form PJRS dikirim kepada ${PENERIMA.PJRS.join(', ')}.`,
    );

    // running it again sends nothing and records nothing
    const jumlahLog = k.log().length;
    expect(kirim(k)).toMatchObject({ berubah: false, dikirim: [], pesan: 'Tidak ada formulir baru yang dikirim.' });
    expect(sentMails(k.world).filter(formulirMail)).toHaveLength(UNIT.length);
    expect(k.log()).toHaveLength(jumlahLog);
  });
});

describe('kirimFormulir (step 3) through Code.js', () => {
  it("lets a unit's people type only into their own form's input columns", () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection: a cell is editable by a person
    // when every protection covering it lists them; a sheet protection leaves its unprotected ranges to the file's editors.
    const k = siklus();
    const ketik = (user: string, tab: string, a1: string) => () => userEdit(k.world, k.id, tab, a1, '12', user);
    expect(ketik(ORANG.staf.PSPFM, 'Form PSPFM', 'H2')).toThrow(/has no access/);
    expect(ketik(ORANG.kabid.PJRS, 'Form PSPFM', 'H2')).not.toThrow(); // today: open to every editor of the file

    kirim(k);
    expect(ketik(ORANG.staf.PSPFM, 'Form PSPFM', 'H2')).not.toThrow();
    expect(ketik(ORANG.kabid.PSPFM, 'Form PSPFM', 'K3')).not.toThrow();
    expect(ketik(ORANG.staf.PSPFM, 'Form PSPFM', 'G2')).toThrow(/protected cell/); // Target: from the PK
    expect(ketik(ORANG.kabid.PSPFM, 'Form PSPFM', 'B2')).toThrow(/protected cell/); // Indikator: from the PK
    expect(ketik(ORANG.staf.PSPFM, 'Form PSPFM', 'A1')).toThrow(/protected cell/); // header
    expect(ketik(ORANG.staf.PSPFM, 'Form PJRS', 'H2')).toThrow(/protected cell/);
    expect(ketik(ORANG.kabid.PJRS, 'Form PSPFM', 'H3')).toThrow(/protected cell/);
    expect(ketik(ORANG.staf.PSPFM, 'Rekap', 'A2')).toThrow(/protected cell/);
    expect(ketik(ORANG.staf.PSPFM, 'Pengaturan', 'B2')).toThrow(/protected cell/);
    expect(ketik(ORANG.staf.PSPFM, 'Log', 'A2')).toThrow(/protected cell/);
    expect(ketik(ORANG.anggota, 'Form PSPFM', 'H2')).not.toThrow(); // Tim SAKIP

    // the protections are checked before they are changed: a second run changes none
    const perlindungan = () => JSON.stringify(spreadsheetState(k.world, k.id).sheets.map((s) => s.protections));
    const sebelum = perlindungan();
    kirim(k);
    expect(perlindungan()).toBe(sebelum);
  });

  it('refuses anyone outside the Tim SAKIP and sends nothing', () => {
    const k = siklus();
    expect(() => kirim(k, ORANG.kabid.PSPFM)).toThrow(
      `${ORANG.kabid.PSPFM} tidak berwenang mengirim formulir ke unit kerja: hanya Tim SAKIP (kolom "Tim SAKIP" di tab Pengaturan).`,
    );
    expect(() => k.panggil('kirimUlangFormulir', ORANG.kepala, 'PSPFM')).toThrow(/tidak berwenang/);
    expect(sentMails(k.world)).toEqual([]);
  });

  it('names the Pengaturan cell when the deadline is missing, before anything is sent', () => {
    const k = siklus(null);
    expect(() => kirim(k)).toThrow(
      'Tab Pengaturan, blok UMUM, baris "Batas pengisian (WIB)", kolom "Nilai" masih kosong: isi batas waktu pengisian formulir (mis. 2026-08-21 16:00) sebelum formulir dikirim.',
    );
    expect(sentMails(k.world)).toEqual([]);
  });
});

describe('kirimFormulir (step 3) through Code.js', () => {
  it('sends nothing, shares nothing and says so when the daily quota cannot cover every recipient', () => {
    const k = siklus();
    setMailQuota(k.world, 9);
    const log = k.log();
    expect(() => kirim(k)).toThrow(
      'Kuota email harian tidak cukup: pengiriman formulir ke 5 unit perlu 10 penerima, sisa kuota Anda hari ini 9. Tidak ada email yang dikirim; coba lagi besok atau minta anggota Tim SAKIP lain menjalankannya.',
    );
    expect(sentMails(k.world)).toEqual([]);
    expect(k.log()).toEqual(log);
    expect(spreadsheetState(k.world, k.id).editors).not.toContain(ORANG.staf.PSPFM);
    setMailQuota(k.world, 10);
    expect(kirim(k).dikirim).toEqual(UNIT);
  });

  it('retries a unit MailApp refused on the next run, and never mails a unit twice', () => {
    const k = siklus();
    k.world.faults.failOn({ method: 'sendEmail' }, 'Service invoked too many times for one day: email.', 1);
    const pertama = kirim(k);
    expect(pertama.gagal).toEqual([{ kode: 'SEKRE', alasan: 'Service invoked too many times for one day: email.' }]);
    expect(k.idLog()).not.toContain('L3-selesai-1');
    const kedua = kirim(k);
    expect(kedua.dikirim).toEqual(['SEKRE']);
    expect(
      sentMails(k.world)
        .filter(formulirMail)
        .map((m) => m.subject.split(' ')[3]),
    ).toEqual(['PSPFM', 'PJRS', 'PERMAS', 'PEMDES', 'SEKRE']);
    expect(k.idLog()).toEqual(
      expect.arrayContaining(['formulir-gagal-SEKRE-1', 'formulir-dikirim-SEKRE', 'L3-selesai-1']),
    );
  });
});

describe('kirimFormulir (step 3) through Code.js', () => {
  it('converges after a failure at any call: no unit mailed twice, an interrupted send reported, not repeated', () => {
    const bersih = siklus();
    const awalBersih = bersih.world.calls.records.length;
    kirim(bersih);
    const calls = bersih.world.calls.records.slice(awalBersih);
    const idBersih = bersih.idLog().filter((id) => !id.includes('-dijadwalkan-'));
    // every 25th call, and around each mail and each flush, where at-most-once is decided
    const dekat = calls.flatMap((c, i) => (/^(sendEmail|flush)$/.test(c.method) ? [i, i + 1, i + 2] : []));
    const sampel = [...new Set([...calls.map((_, i) => i + 1).filter((n) => n % 25 === 1), ...dekat, calls.length])];
    expect(sampel.length).toBeGreaterThan(20);
    for (const n of sampel.filter((x) => x >= 1 && x <= calls.length)) {
      const k = siklus();
      k.world.faults.failAt(k.world.calls.records.length + n, REAL_ERRORS.maxExecutionTime);
      try {
        kirim(k);
      } catch {
        // the run died at call n; the re-run below must converge
      }
      const ulang = kirim(k);
      for (const kode of ulang.belumPasti) k.panggil('kirimUlangFormulir', ORANG.anggota, kode);
      const perUnit = UNIT.map((kode) => sentMails(k.world).filter((m) => m.subject.includes(`Formulir ${kode} `)));
      UNIT.forEach((kode, i) => {
        expect([n, kode, perUnit[i].length >= 1]).toEqual([n, kode, true]);
        // only a unit whose send was interrupted, and then resent on purpose, can have two
        if (perUnit[i].length > 1) expect([n, ulang.belumPasti]).toEqual([n, expect.arrayContaining([kode])]);
        expect(perUnit[i].length).toBeLessThanOrEqual(2);
      });
      if (ulang.belumPasti.length === 0) {
        const ids = k.idLog().filter((id) => !id.includes('-dijadwalkan-') && !id.startsWith('formulir-gagal-'));
        expect([n, [...ids].sort()]).toEqual([n, [...idBersih].sort()]);
      }
    }
  });

  it('makes as many service calls with 12 indicators per unit as with 200', () => {
    const sedikit = siklus();
    const banyak = siklus();
    banyak.sebagai(ORANG.sekTim, (ss) => {
      for (const kode of UNIT) {
        const sheet = ss.getSheetByName(`Form ${kode}`)!;
        sheet.insertRowsAfter(sheet.getMaxRows(), 200);
        sheet.getRange(2, 2, 200, 1).setValues(Array.from({ length: 200 }, (_, i) => [`Indikator ${i + 1}`]));
      }
    });
    expect(banyak.panggilan(() => kirim(banyak))).toBe(sedikit.panggilan(() => kirim(sedikit)));
  });
});

describe('kirimUlangFormulir through Code.js', () => {
  it('mails one unit again on request and records it as a resend', () => {
    const k = siklus();
    kirim(k);
    const hasil = k.panggil('kirimUlangFormulir', ORANG.sekTim, 'pspfm');
    expect(hasil).toMatchObject({ berubah: true, dikirim: ['PSPFM'] });
    expect(sentMails(k.world).filter((m) => m.subject.includes('Formulir PSPFM '))).toHaveLength(2);
    expect(k.idLog()).toEqual(
      expect.arrayContaining(['formulir-dijadwalkan-PSPFM-2', 'formulir-dikirim-ulang-PSPFM-2']),
    );
    expect(() => k.panggil('kirimUlangFormulir', ORANG.sekTim, 'XYZ')).toThrow(
      'Unit kerja "XYZ" tidak ada di tab Pengaturan (blok UNIT KERJA, kolom "Kode").',
    );
  });
});

describe('tandaiSelesaiDiisi through Code.js', () => {
  it("records the submission once and tells the unit's Kabid once", () => {
    const k = siklus();
    kirim(k);
    k.world.clock.set(agu(17, 9));
    const pertama = k.panggil('tandaiSelesaiDiisi', ORANG.kabid.PSPFM, 'PSPFM');
    expect(pertama).toEqual({
      berubah: true,
      pesan: `Formulir PSPFM ditandai selesai diisi. Kabid (${ORANG.kabid.PSPFM}) diberi tahu lewat email.`,
    });
    expect(k.panggil('tandaiSelesaiDiisi', ORANG.anggota, 'PSPFM')).toEqual({
      berubah: false,
      pesan: 'Formulir PSPFM sudah ditandai selesai diisi pada Senin, 17 Agustus 2026 09.00 WIB.',
    });
    const kabar = sentMails(k.world).filter((m) => m.subject.includes('selesai diisi'));
    expect(kabar.map((m) => m.to)).toEqual([[ORANG.kabid.PSPFM]]);
    expect(k.idLog().filter((id) => id.startsWith('formulir-selesai-diisi-PSPFM'))).toEqual([
      'formulir-selesai-diisi-PSPFM',
      'formulir-selesai-diisi-PSPFM/dikirim',
    ]);
  });

  it('never tells the Kabid twice and records the submission once, after a failure at any call', () => {
    const ukur = siklus();
    kirim(ukur);
    const awal = ukur.world.calls.records.length;
    ukur.panggil('tandaiSelesaiDiisi', ORANG.kabid.PSPFM, 'PSPFM');
    const jumlah = ukur.world.calls.records.length - awal;
    for (let n = 1; n <= jumlah; n += 2) {
      const k = siklus();
      kirim(k);
      k.world.faults.failAt(k.world.calls.records.length + n, REAL_ERRORS.maxExecutionTime);
      try {
        k.panggil('tandaiSelesaiDiisi', ORANG.kabid.PSPFM, 'PSPFM');
      } catch {
        // stopped at call n
      }
      k.panggil('tandaiSelesaiDiisi', ORANG.kabid.PSPFM, 'PSPFM');
      const kabar = sentMails(k.world).filter((m) => m.subject.includes('selesai diisi'));
      expect([n, kabar.length <= 1]).toEqual([n, true]);
      expect([n, k.idLog().filter((id) => id === 'formulir-selesai-diisi-PSPFM')]).toEqual([
        n,
        ['formulir-selesai-diisi-PSPFM'],
      ]);
    }
  });

  it('asks staff to have their Kabid mark it, and refuses people of another unit', () => {
    const k = siklus();
    kirim(k);
    expect(() => k.panggil('tandaiSelesaiDiisi', ORANG.staf.PSPFM, 'PSPFM')).toThrow(
      'Formulir PSPFM ditandai selesai diisi oleh Kabid unit (Kabid PSPFM) atau Tim SAKIP: mohon minta Kabid Anda menandainya.',
    );
    expect(() => k.panggil('tandaiSelesaiDiisi', ORANG.kabid.PJRS, 'PSPFM')).toThrow(
      `${ORANG.kabid.PJRS} tidak berwenang menandai formulir PSPFM: hanya Kabid unit itu dan Tim SAKIP.`,
    );
    expect(k.idLog()).not.toContain('formulir-selesai-diisi-PSPFM');
  });
});

describe('the deadline reminder in the hourly trigger', () => {
  it('mails each unit that has not submitted by the deadline one reminder, and never again', () => {
    const k = siklus('2026-08-14 10:00');
    k.jalankan('pasangPemicuPengingat', { user: ORANG.sekTim, activeSpreadsheetId: k.bukuKerja });
    kirim(k);
    k.panggil('tandaiSelesaiDiisi', ORANG.kabid.PSPFM, 'PSPFM');
    const pengingat = () => sentMails(k.world).filter((m) => m.subject.includes('Batas pengisian'));
    k.jalankanSampai(agu(14, 9, 45));
    expect(pengingat()).toEqual([]);
    k.jalankanSampai(agu(14, 16));
    const nama = k.sebagai(ORANG.sekTim, (ss) => ss.getName());
    expect(pengingat().map((m) => [m.subject, m.to, m.from])).toEqual(
      ['SEKRE', 'PJRS', 'PERMAS', 'PEMDES'].map((kode) => [
        `[Pengukuran Kinerja] Batas pengisian formulir ${kode} telah lewat – ${nama.replace('Pengukuran Kinerja – ', '')}`,
        PENERIMA[kode],
        ORANG.sekTim,
      ]),
    );
    expect(pengingat()[0].at).toBeGreaterThanOrEqual(agu(14, 10));
    expect(pengingat()[0].at).toBeLessThan(agu(14, 10) + JAM);
    k.jalankanSampai(agu(18, 12));
    expect(pengingat()).toHaveLength(4);
    expect(k.idLog()).toEqual(expect.arrayContaining(['pengingat-batas-PJRS', 'pengingat-batas-PJRS/dikirim']));
  });
});
