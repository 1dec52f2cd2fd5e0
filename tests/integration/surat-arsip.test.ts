import formulirJson from '../../sheets-templates/tab-formulir.json';
import { localMs } from '../../src/server/domain/jam-kerja/zona';
import { documentPlainText } from '../emulator/document/model';
import { documents } from '../emulator/document/store';
import { driveFiles } from '../emulator/drive/registry';
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { REAL_ERRORS } from '../emulator/core/faults';
import { runConcurrently } from '../emulator/concurrent/run-concurrently';
import { World } from '../emulator';
import { answerUi } from '../emulator/spreadsheet/ui';
import { pengaturanUkuran, siklusSebelumnya } from '../harness/kantor';
import { LoadedScript, readBuiltFile } from '../harness/script';

/**
 * SOP steps 12–14 through the built Code.js: the cover letter's number from the office's register, the cover letter,
 * the copies and the archive. The office works from its SAKIP workbook, where the cycles are started from the menu.
 */
const SEK_TIM = 'sakip.sekretaris@contoh.go.id';
const ANGGOTA = 'sakip.anggota@contoh.go.id';
const KEPALA = 'kepala@contoh.go.id';
const REGISTER = 'Register Nomor Surat';

type Globals = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
type HasilNomor = { nomor: string; baru: boolean; pesan: string };

/**
 * The office's workbook on Wed 12 Aug 2026 08:30 WIB with its Triwulan II and Triwulan III cycles; with `perUnit`, an
 * earlier cycle of the year seeds them with that many indicators per unit.
 */
function kantor(perUnit?: number) {
  const world = new World(localMs(2026, 8, 12, 8, 30));
  const script = new LoadedScript(world);
  const g = script.context as unknown as Globals;
  // the office shares its workbook with the Tim SAKIP
  const bukuKerja = world.run({ user: SEK_TIM }, () =>
    g.SpreadsheetApp.create('Buku Kerja SAKIP').addEditor(ANGGOTA).getId(),
  );
  if (perUnit) siklusSebelumnya(script, SEK_TIM, bukuKerja, pengaturanUkuran(5, perUnit), '2026-TW1');
  const mulai = (periode: string): string => {
    answerUi(world, { button: 'OK', text: periode }, 'YES', { button: 'OK', text: '08.00-08.10' });
    script.call('menuMulaiSiklusBaru', [], { user: SEK_TIM, activeSpreadsheetId: bukuKerja });
    return world.run({ user: SEK_TIM, activeSpreadsheetId: bukuKerja }, () =>
      script.evaluate<string>(
        `PropertiesService.getDocumentProperties().getProperty('siklus:${periode === 'Triwulan II 2026' ? '2026-TW2' : '2026-TW3'}')`,
      ),
    );
  };
  const tw2 = mulai('Triwulan II 2026');
  const tw3 = mulai('Triwulan III 2026');
  /** A sidebar call in cycle `id`, by `user`, at `at` (epoch ms). */
  const panggil = <T>(fn: string, id: string, user: string, at?: number, ...args: unknown[]): T => {
    if (at !== undefined) world.clock.set(at);
    return script.call<T>(fn, [id, ...args], { user, activeSpreadsheetId: id });
  };
  const nilai = (id: string, tab: string): unknown[][] =>
    world.run(
      { user: SEK_TIM },
      () => g.SpreadsheetApp.openById(id).getSheetByName(tab)?.getDataRange().getValues() ?? [],
    );
  const register = () => nilai(bukuKerja, REGISTER);
  const log = (id: string) => nilai(id, 'Log');
  return { world, script, bukuKerja, tw2, tw3, panggil, register, log };
}

const jumat = (jam: number, menit = 0) => localMs(2026, 8, 21, jam, menit);

describe('Nomor surat pengantar from the office register (mintaNomorSurat)', () => {
  it('numbers the cycles of a year in one sequence after the last number issued by hand (365)', () => {
    const k = kantor();
    const a = k.panggil<HasilNomor>('mintaNomorSurat', k.tw2, SEK_TIM, jumat(14));
    const b = k.panggil<HasilNomor>('mintaNomorSurat', k.tw3, SEK_TIM, jumat(14, 5));
    expect([a.nomor, b.nomor]).toEqual(['061.1/366/2026', '061.1/367/2026']);
    expect(a.baru && b.baru).toBe(true);

    const [judul, awal, ...terbit] = k.register();
    expect(judul).toEqual(['Tahun', 'Nomor urut', 'Nomor surat', 'Tanggal', 'Perihal', 'Siklus', 'Diminta oleh', 'ID']);
    expect(awal.slice(0, 3)).toEqual([2026, 365, '']);
    expect(terbit.map((r) => [r[0], r[1], r[2], r[6], r[7]])).toEqual([
      [2026, 366, '061.1/366/2026', SEK_TIM, `surat-pengantar:${k.tw2}`],
      [2026, 367, '061.1/367/2026', SEK_TIM, `surat-pengantar:${k.tw3}`],
    ]);
    expect(terbit[0][4]).toBe('Surat Pengantar Dokumen Pengukuran Kinerja Triwulan II Tahun 2026');

    // the cycle records the number it got; reserved before its document is signed, it starts no step
    const barisNomor = k.log(k.tw2).find((r) => r[5] === 'nomor-surat-pengantar')!;
    expect(barisNomor[4]).toContain('061.1/366/2026');
    expect(k.log(k.tw2).some((r) => r[2] === 'mulai' && r[3] === 12)).toBe(false);
  });

  it('gives a cycle that asks again the same number and adds nothing to the register', () => {
    const k = kantor();
    const a = k.panggil<HasilNomor>('mintaNomorSurat', k.tw2, SEK_TIM, jumat(14));
    const panjang = k.register().length;
    const barisLog = k.log(k.tw2).length;
    const b = k.panggil<HasilNomor>('mintaNomorSurat', k.tw2, ANGGOTA, jumat(15));
    expect(b).toMatchObject({ nomor: a.nomor, baru: false });
    expect(b.pesan).toContain('sudah mendapat nomor');
    expect(k.register()).toHaveLength(panjang);
    expect(k.log(k.tw2)).toHaveLength(barisLog);
  });

  it('gives two cycles asking at the same moment two different numbers (the script lock)', async () => {
    const k = kantor();
    k.world.clock.set(jumat(14));
    const hasil = await runConcurrently(k.world, readBuiltFile('Code.js'), [
      { fn: 'mintaNomorSurat', args: [k.tw2], user: SEK_TIM, activeSpreadsheetId: k.tw2 },
      { fn: 'mintaNomorSurat', args: [k.tw3], user: ANGGOTA, activeSpreadsheetId: k.tw3 },
    ]);
    expect(hasil.map((h) => h.error)).toEqual([undefined, undefined]);
    expect(hasil.map((h) => (h.result as HasilNomor).nomor)).toEqual(['061.1/366/2026', '061.1/367/2026']);
    // each execution reads the world's clock: both numbers are dated at the moment they were asked for
    const terbit = k.register().slice(2);
    expect(terbit.map((r) => [r[1], (r[3] as Date).getTime()])).toEqual([
      [366, jumat(14)],
      [367, jumat(14)],
    ]);
  });

  it('restarts at 1 when the first request of a new year comes, from the year the register holds', () => {
    const k = kantor();
    k.panggil('mintaNomorSurat', k.tw2, SEK_TIM, jumat(14));
    const januari = k.panggil<HasilNomor>('mintaNomorSurat', k.tw3, SEK_TIM, localMs(2027, 1, 6, 9));
    expect(januari.nomor).toBe('061.1/1/2027');
    expect(k.register().at(-1)!.slice(0, 3)).toEqual([2027, 1, '061.1/1/2027']);
  });

  it('neither loses nor repeats a number when a run fails at any call and is run again', () => {
    const bersih = kantor();
    const awal = bersih.world.calls.mark();
    bersih.panggil('mintaNomorSurat', bersih.tw2, SEK_TIM, jumat(14));
    const jumlah = bersih.world.calls.since(awal).length;
    const potret = (k: ReturnType<typeof kantor>) => ({
      register: k.register(),
      log: k.log(k.tw2).map((r) => r.slice(1)),
    });
    const harapan = potret(bersih);
    for (let n = 1; n <= jumlah; n += 4) {
      const k = kantor();
      k.world.clock.set(jumat(14));
      k.world.faults.failAt(k.world.calls.mark() + n, REAL_ERRORS.maxExecutionTime);
      expect(() => k.panggil('mintaNomorSurat', k.tw2, SEK_TIM)).toThrow(REAL_ERRORS.maxExecutionTime);
      expect(k.register().filter((r) => r[2] === '061.1/366/2026').length).toBeLessThanOrEqual(1);
      expect(k.panggil<HasilNomor>('mintaNomorSurat', k.tw2, SEK_TIM).nomor).toBe('061.1/366/2026');
      expect(potret(k)).toEqual(harapan);
    }
  });

  it('refuses anyone outside the Tim SAKIP and issues nothing', () => {
    const k = kantor();
    expect(() => k.panggil('mintaNomorSurat', k.tw2, KEPALA, jumat(14))).toThrow(/kepala@contoh.go.id tidak berwenang/);
    expect(k.register()).toEqual([]);
  });
});

const KOLOM_FORM = formulirJson.kolom.map((k) => k.judul);
const UNIT = ['SEKRE', 'PSPFM', 'PJRS', 'PERMAS', 'PEMDES'];
const idDari = (url: string) => /\/d\/([\w-]+)/.exec(url)![1];
type Kantor = ReturnType<typeof kantor>;
type HasilSurat = { nomor: string; nama: string; urlDokumen: string; urlPdf: string; berubah: boolean; pesan: string };
type HasilSalinan = { berubah: boolean; pesan: string; dibuat: string[] };
type HasilArsip = { berubah: boolean; pesan: string; berkas: number };
const TUJUAN = { kepada: 'Bupati Banyumas', di: 'Purwokerto' };

/** The Triwulan II cycle up to step 11: realisasi typed, Rekap consolidated, the document made and its signing recorded. */
function ditandatangani(k: Kantor): void {
  k.world.run({ user: SEK_TIM }, () => {
    const ss = (k.script.context as unknown as Globals).SpreadsheetApp.openById(k.tw2);
    let n = 80;
    for (const kode of UNIT) {
      const sheet = ss.getSheetByName(`Form ${kode}`)!;
      const isi = sheet
        .getDataRange()
        .getValues()
        .slice(1)
        .filter((r) => r[KOLOM_FORM.indexOf('Indikator Kinerja')] !== '');
      sheet.getRange(2, KOLOM_FORM.indexOf('Realisasi') + 1, isi.length, 1).setValues(isi.map(() => [n++ % 120]));
    }
  });
  k.panggil('konsolidasi', k.tw2, ANGGOTA, localMs(2026, 8, 19, 14));
  k.panggil('buatDokumenPengukuranKinerja', k.tw2, SEK_TIM, localMs(2026, 8, 19, 15));
  k.panggil('catatPenandatanganan', k.tw2, SEK_TIM, jumat(13, 10), {
    cara: 'TTE',
    tautanPdf: 'https://drive.google.com/file/d/ttebsre0001/view',
  });
}

function teksDokumen(k: Kantor, url: string): string {
  return documentPlainText(documents(k.world).savedData(idDari(url)));
}

/** Every file of the TW2 cycle the add-in made: its spreadsheet and the files its Log links. */
function berkasSiklus(k: Kantor): string[] {
  const tautan = k
    .log(k.tw2)
    .filter((r) => ['dokumen-dibuat', 'surat-pengantar-dibuat', 'salinan-dibuat'].includes(String(r[2])))
    .flatMap((r) => [...String(r[4]).matchAll(/\/d\/([\w-]+)/g)].map((m) => m[1]));
  return [k.tw2, ...new Set(tautan)];
}

describe('Surat pengantar, salinan and arsip (steps 12–14)', () => {
  it('refuses the cover letter before the signing is recorded, and issues no number', () => {
    const k = kantor();
    expect(() => k.panggil('buatSuratPengantar', k.tw2, SEK_TIM, jumat(14), TUJUAN)).toThrow(
      /belum tercatat ditandatangani \(langkah 11\)/,
    );
    expect(k.register()).toEqual([]);
  });

  it('makes the numbered letter once: addressee, the enclosed documents, receipt and signature, Doc and PDF side by side', () => {
    const k = kantor();
    ditandatangani(k);
    // once the signing is recorded, asking for the number starts step 12; the letter finishes it
    k.panggil('mintaNomorSurat', k.tw2, SEK_TIM, jumat(14));
    const surat = k.panggil<HasilSurat>('buatSuratPengantar', k.tw2, SEK_TIM, jumat(14, 15), TUJUAN);
    expect(surat).toMatchObject({ nomor: '061.1/366/2026', berubah: true });

    const teks = teksDokumen(k, surat.urlDokumen);
    for (const bagian of [
      'PEMERINTAH KABUPATEN BANYUMAS',
      'Purwokerto, 21 Agustus 2026',
      'Nomor | : | 061.1/366/2026',
      'Perihal | : | Penyampaian Dokumen Pengukuran Kinerja Triwulan II Tahun 2026',
      'Kepada Yth.',
      'Bupati Banyumas',
      'SURAT PENGANTAR',
      'No | Naskah Dinas yang dikirimkan | Banyaknya | Keterangan',
      '1 | Dokumen Pengukuran Kinerja Triwulan II Tahun 2026 (asli, telah ditandatangani) | 1 (satu) berkas',
      '2 | Salinan Dokumen Pengukuran Kinerja Triwulan II Tahun 2026 untuk Bappeda Kabupaten Banyumas, Inspektorat Kabupaten Banyumas dan Arsip Dinsospermasdes | 3 (tiga) berkas',
      'Diterima tanggal',
      'Ir. WIDARSO, M.M',
      'NIP. 19620728 198901 1 001',
    ]) {
      expect(teks).toContain(bagian);
    }
    const drive = driveFiles(k.world);
    const doc = drive.get(idDari(surat.urlDokumen))!;
    const pdf = drive.get(idDari(surat.urlPdf))!;
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdf.parents).toEqual(doc.parents);

    const jumlah = drive.all().length;
    const lagi = k.panggil<HasilSurat>('buatSuratPengantar', k.tw2, SEK_TIM, jumat(14, 20), TUJUAN);
    expect(lagi).toMatchObject({ nomor: '061.1/366/2026', berubah: false, urlDokumen: surat.urlDokumen });
    expect(drive.all().length).toBe(jumlah);
    const langkah12 = k.log(k.tw2).filter((r) => r[3] === 12 && (r[2] === 'mulai' || r[2] === 'selesai'));
    expect(langkah12.map((r) => [r[2], (r[0] as Date).getTime()])).toEqual([
      ['mulai', jumat(14)],
      ['selesai', jumat(14, 15)],
    ]);
  });

  it('makes one letter with one number when a run stops at any call and is run again', () => {
    const siapkan = () => {
      const k = kantor();
      ditandatangani(k);
      k.world.clock.set(jumat(14, 15));
      return k;
    };
    const potret = (k: Kantor) => ({
      berkas: driveFiles(k.world)
        .all()
        .filter((f) => !f.trashed)
        .map((f) => f.name)
        .sort(),
      register: k.register(),
      log: k.log(k.tw2).map((r) => [r[2], r[3], String(r[4]).replace(/\/d\/[\w-]+/g, '/d/…')]),
    });
    const bersih = siapkan();
    const awal = bersih.world.calls.mark();
    bersih.panggil('buatSuratPengantar', bersih.tw2, SEK_TIM, undefined, TUJUAN);
    const jumlah = bersih.world.calls.since(awal).length;
    const harapan = potret(bersih);
    for (let n = 1; n <= jumlah; n += Math.ceil(jumlah / 12)) {
      const k = siapkan();
      k.world.faults.failAt(k.world.calls.mark() + n, REAL_ERRORS.maxExecutionTime);
      expect(() => k.panggil('buatSuratPengantar', k.tw2, SEK_TIM, undefined, TUJUAN)).toThrow(
        REAL_ERRORS.maxExecutionTime,
      );
      expect(k.panggil<HasilSurat>('buatSuratPengantar', k.tw2, SEK_TIM, undefined, TUJUAN).nomor).toBe(
        '061.1/366/2026',
      );
      expect(potret(k)).toEqual(harapan);
    }
  });

  it('makes one PDF copy per addressee of Pengaturan, in the document folder, and none twice', () => {
    const k = kantor();
    ditandatangani(k);
    const hasil = k.panggil<HasilSalinan>('buatSalinan', k.tw2, SEK_TIM, jumat(14, 50));
    expect(hasil.dibuat).toEqual([
      'Bappeda Kabupaten Banyumas',
      'Inspektorat Kabupaten Banyumas',
      'Arsip Dinsospermasdes',
    ]);
    const drive = driveFiles(k.world);
    const salinan = drive.all().filter((f) => f.name.includes('– salinan untuk '));
    expect(salinan.map((f) => f.name).sort()).toEqual(
      hasil.dibuat
        .map((t) => `Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1 – salinan untuk ${t}.pdf`)
        .sort(),
    );
    const pdfDokumen = drive
      .all()
      .find((f) => f.name === 'Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1.pdf')!;
    for (const f of salinan) expect([f.mimeType, f.parents]).toEqual(['application/pdf', pdfDokumen.parents]);

    const jumlah = drive.all().length;
    expect(k.panggil<HasilSalinan>('buatSalinan', k.tw2, SEK_TIM, jumat(15))).toMatchObject({ berubah: false });
    expect(drive.all().length).toBe(jumlah);
    expect(k.log(k.tw2).filter((r) => r[2] === 'salinan-dibuat')).toHaveLength(3);
    expect(k.log(k.tw2).filter((r) => r[3] === 13 && r[2] === 'selesai')).toHaveLength(1);

    // a version signed later gets copies of its own; the earlier ones stay
    k.panggil('bukaKembaliLangkah', k.tw2, SEK_TIM, jumat(15, 5), 11, 'Salah ketik pada tabel PJRS.');
    k.panggil('buatDokumenPengukuranKinerja', k.tw2, SEK_TIM, jumat(15, 10));
    k.panggil('catatPenandatanganan', k.tw2, SEK_TIM, jumat(15, 20), { cara: 'basah', tautanPdf: 'https://x.id/v2' });
    expect(k.panggil<HasilSalinan>('buatSalinan', k.tw2, SEK_TIM, jumat(15, 30)).dibuat).toHaveLength(3);
    expect(drive.all().filter((f) => f.name.includes('– v2 – salinan untuk ')).length).toBe(3);
    expect(drive.all().filter((f) => f.name.includes('– salinan untuk ')).length).toBe(6);
  });

  it('makes no copy twice when a run stops after some of the files are made', () => {
    // where the second copy is created, in a clean run of the same story
    const bersih = kantor();
    ditandatangani(bersih);
    bersih.world.clock.set(jumat(14, 50));
    const awal = bersih.world.calls.mark();
    bersih.panggil('buatSalinan', bersih.tw2, SEK_TIM);
    const kedua = bersih.world.calls
      .since(awal)
      .filter((c) => c.type === 'FilesCollection' && c.method === 'create')[1];

    const k = kantor();
    ditandatangani(k);
    k.world.clock.set(jumat(14, 50));
    k.world.faults.failAt(kedua.seq, REAL_ERRORS.maxExecutionTime);
    expect(() => k.panggil('buatSalinan', k.tw2, SEK_TIM)).toThrow(REAL_ERRORS.maxExecutionTime);
    const salinan = () =>
      driveFiles(k.world)
        .all()
        .filter((f) => f.name.includes('– salinan untuk '));
    expect(salinan()).toHaveLength(1);
    k.panggil('buatSalinan', k.tw2, SEK_TIM);
    expect(salinan()).toHaveLength(3);
    expect(k.log(k.tw2).filter((r) => r[2] === 'salinan-dibuat')).toHaveLength(3);
  });

  it('converges to the clean archive when a run stops at any call and is run again', () => {
    const siapkan = () => {
      const k = kantor();
      ditandatangani(k);
      k.panggil('buatSuratPengantar', k.tw2, SEK_TIM, jumat(14, 15), TUJUAN);
      k.world.clock.set(localMs(2026, 8, 24, 8, 10));
      return k;
    };
    const potret = (k: Kantor) => {
      const drive = driveFiles(k.world);
      const ss = spreadsheetStore(k.world).files.get(k.tw2)!;
      return {
        berkas: drive
          .all()
          .map((f) => [f.name, f.trashed, f.parents.map((p) => drive.get(p)?.name), [...f.editors], [...f.commenters]])
          .sort(),
        lindung: ss.sheets.map((s) => s.protections.map((p) => [p.type, p.editors, p.unprotected.length])),
        log: k.log(k.tw2).map((r) => r.slice(1)),
      };
    };
    const bersih = siapkan();
    const awal = bersih.world.calls.mark();
    bersih.panggil('arsipkanSiklus', bersih.tw2, SEK_TIM);
    const jumlah = bersih.world.calls.since(awal).length;
    const harapan = potret(bersih);
    for (let n = 1; n <= jumlah; n += Math.ceil(jumlah / 12)) {
      const k = siapkan();
      k.world.faults.failAt(k.world.calls.mark() + n, REAL_ERRORS.maxExecutionTime);
      expect(() => k.panggil('arsipkanSiklus', k.tw2, SEK_TIM)).toThrow(REAL_ERRORS.maxExecutionTime);
      k.panggil('arsipkanSiklus', k.tw2, SEK_TIM);
      expect(potret(k)).toEqual(harapan);
    }
  });

  it('archives every file of the cycle view-only into the archive folder, deletes nothing, and closes the cycle', () => {
    const k = kantor();
    ditandatangani(k);
    k.panggil('buatSuratPengantar', k.tw2, SEK_TIM, jumat(14, 15), TUJUAN);
    k.panggil('buatSalinan', k.tw2, SEK_TIM, jumat(14, 50));
    const drive = driveFiles(k.world);
    const sebelum = drive.all().length;
    const berkas = berkasSiklus(k);
    expect(berkas).toHaveLength(1 + 2 + 2 + 3);

    const hasil = k.panggil<HasilArsip>('arsipkanSiklus', k.tw2, SEK_TIM, localMs(2026, 8, 24, 8, 10));
    expect(hasil).toMatchObject({ berubah: true, berkas: berkas.length });
    // the archive folder is the one new file; nothing is trashed
    expect(drive.all().length).toBe(sebelum + 1);
    expect(drive.all().filter((f) => f.trashed)).toEqual([]);
    const arsip = drive.all().find((f) => f.name === 'Arsip Pengukuran Kinerja 2026')!;
    for (const id of berkas) {
      const f = drive.get(id)!;
      expect([f.name, f.parents]).toEqual([f.name, [arsip.id]]);
      expect([f.name, f.owner, [...f.editors], [...f.commenters]]).toEqual([f.name, SEK_TIM, [], []]);
      expect(f.permission === 'EDIT' || f.permission === 'COMMENT').toBe(false);
    }
    expect(drive.get(k.tw2)!.viewers.has(ANGGOTA)).toBe(true);

    const ss = spreadsheetStore(k.world).files.get(k.tw2)!;
    // the owner runs the archive: Sheets keeps the owner, and only the owner, as editor of every tab
    for (const sheet of ss.sheets) {
      const lindung = sheet.protections.map((p) => [
        p.type,
        (p.editors ?? ['(semua penyunting berkas)']).filter((e) => e !== SEK_TIM),
        p.unprotected.length,
      ]);
      expect([sheet.name, lindung]).toEqual([sheet.name, [['SHEET', [], 0]]]);
    }
    expect(ss.developerMetadata.some((m) => m.key === 'pengukuran-kinerja.ditutup')).toBe(true);
    expect(k.log(k.tw2).filter((r) => r[2] === 'siklus-ditutup')).toHaveLength(1);
    expect(k.log(k.tw2).filter((r) => r[3] === 14 && r[2] === 'selesai')).toHaveLength(1);

    const panel = k.script.call<{ ditutup?: string; aksi: unknown[] }>('panelSiklus', [], {
      user: SEK_TIM,
      activeSpreadsheetId: k.tw2,
    });
    expect(panel.ditutup).toBe('Siklus ditutup dan diarsipkan Senin, 24 Agustus 2026 pukul 08.10 WIB.');
    expect(panel.aksi).toEqual([]);

    const lagi = k.panggil<HasilArsip>('arsipkanSiklus', k.tw2, SEK_TIM, localMs(2026, 8, 24, 9));
    expect(lagi.berubah).toBe(false);
    expect(drive.all().length).toBe(sebelum + 1);
  });

  it('refuses the archive, changing nothing, for a member who cannot reach the files under drive.file', () => {
    const k = kantor();
    ditandatangani(k);
    expect(() => k.panggil('arsipkanSiklus', k.tw2, ANGGOTA, localMs(2026, 8, 24, 8))).toThrow(
      /Minta sakip\.sekretaris@contoh\.go\.id menjalankan "Arsipkan siklus"/,
    );
    expect(k.log(k.tw2).some((r) => r[2] === 'siklus-ditutup')).toBe(false);
  });

  it('makes as many service calls for 40 indicators per unit as for 2, in every step from the number to the archive', () => {
    const panggilan = (perUnit: number) => {
      const k = kantor(perUnit);
      ditandatangani(k);
      const hitung = (fn: string, at: number, ...args: unknown[]) => {
        const awal = k.world.calls.mark();
        k.panggil(fn, k.tw2, SEK_TIM, at, ...args);
        return k.world.calls.since(awal).filter((c) => c.costClass !== 'local').length;
      };
      return [
        hitung('mintaNomorSurat', jumat(14)),
        hitung('buatSuratPengantar', jumat(14, 15), TUJUAN),
        hitung('buatSalinan', jumat(14, 50)),
        hitung('arsipkanSiklus', localMs(2026, 8, 24, 8, 10)),
      ];
    };
    expect(panggilan(40)).toEqual(panggilan(2));
  });

  it('refuses steps 12–14 to anyone outside the Tim SAKIP', () => {
    const k = kantor();
    ditandatangani(k);
    expect(() => k.panggil('buatSuratPengantar', k.tw2, KEPALA, jumat(14), TUJUAN)).toThrow(
      /tidak berwenang membuat surat pengantar/,
    );
    expect(() => k.panggil('buatSalinan', k.tw2, KEPALA)).toThrow(/tidak berwenang membuat salinan/);
    expect(() => k.panggil('arsipkanSiklus', k.tw2, KEPALA)).toThrow(/tidak berwenang mengarsipkan siklus/);
    expect(k.register()).toEqual([]);
  });
});
