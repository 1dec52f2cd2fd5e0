/** SOP steps 12–13 through the built Code.js: the numbered Surat Pengantar and the copies of the signed document. */

import { REAL_ERRORS } from '../emulator/core/faults';
import { driveFiles } from '../emulator/drive/registry';
import { idDari } from './dokumen-siklus';
import { ditandatangani, jumat, kantor, SEK_TIM, teksDokumen, TUJUAN, type Kantor } from './surat-arsip-siklus';

describe('Surat pengantar, salinan and arsip (steps 12–14)', () => {
  it('writes a surat dinas instead when Pengaturan says so: Nomor, Sifat, Lampiran counting every berkas, Hal', () => {
    const k = kantor();
    k.aturPengaturan(
      'Bentuk surat penyampaian (surat pengantar atau surat dinas; kosong: surat pengantar)',
      'surat dinas',
    );
    ditandatangani(k);
    const surat = k.panggil('buatSuratPengantar', { oleh: SEK_TIM, pada: jumat(14, 15), di: k.tw2 }, TUJUAN);
    expect(teksDokumen(k, surat.urlDokumen)).toContain(
      'Nomor | : | 000.8.6.3/366/2026\nSifat | : | Biasa\nLampiran | : | 4 (empat) berkas\n' +
        'Hal | : | Penyampaian Dokumen Pengukuran Kinerja Triwulan II Tahun 2026',
    );
    expect(teksDokumen(k, surat.urlDokumen)).toContain('Tembusan:\n1. Yth. Bappeda Kabupaten Banyumas');
  });

  it('refuses the cover letter before the signing is recorded, and issues no number', () => {
    const k = kantor();
    expect(() => k.panggil('buatSuratPengantar', { oleh: SEK_TIM, pada: jumat(14), di: k.tw2 }, TUJUAN)).toThrow(
      /belum tercatat ditandatangani \(langkah 11\)/,
    );
    expect(k.register()).toEqual([]);
  });

  it('makes the numbered letter once: addressee, the enclosed documents, receipt and signature, Doc and PDF side by side', () => {
    const k = kantor();
    ditandatangani(k);
    // once the signing is recorded, asking for the number starts step 12; the letter finishes it
    k.panggil('mintaNomorSurat', { oleh: SEK_TIM, pada: jumat(14), di: k.tw2 });
    const surat = k.panggil('buatSuratPengantar', { oleh: SEK_TIM, pada: jumat(14, 15), di: k.tw2 }, TUJUAN);
    expect(surat).toMatchObject({ nomor: '000.8.6.3/366/2026', berubah: true });

    const teks = teksDokumen(k, surat.urlDokumen);
    for (const bagian of [
      'PEMERINTAH KABUPATEN BANYUMAS',
      'Purwokerto, 21 Agustus 2026',
      'Kepada Yth.',
      'Bupati Banyumas',
      'SURAT PENGANTAR\nNomor: 000.8.6.3/366/2026',
      'No. | Naskah Dinas yang Dikirimkan | Banyaknya | Keterangan',
      '1. | Dokumen Pengukuran Kinerja Triwulan II Tahun 2026 (asli, telah ditandatangani) | 1 (satu) berkas',
      '2. | Salinan Dokumen Pengukuran Kinerja Triwulan II Tahun 2026 untuk Bappeda Kabupaten Banyumas, Inspektorat Kabupaten Banyumas dan Arsip Dinsospermasdes | 3 (tiga) berkas',
      'Diterima tanggal',
      'Ir. WIDARSO, M.M',
      'NIP. 19620728 198901 1 001',
    ]) {
      expect(teks).toContain(bagian);
    }
    // the Surat Pengantar form has no Lampiran or Hal line: its table says what is enclosed
    expect(teks).not.toMatch(/Lampiran|Perihal|Hal \|/);
    const drive = driveFiles(k.world);
    const doc = drive.get(idDari(surat.urlDokumen))!;
    const pdf = drive.get(idDari(surat.urlPdf))!;
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdf.parents).toEqual(doc.parents);

    const jumlah = drive.all().length;
    const lagi = k.panggil('buatSuratPengantar', { oleh: SEK_TIM, pada: jumat(14, 20), di: k.tw2 }, TUJUAN);
    expect(lagi).toMatchObject({ nomor: '000.8.6.3/366/2026', berubah: false, urlDokumen: surat.urlDokumen });
    expect(drive.all().length).toBe(jumlah);
    const langkah12 = k.log(k.tw2).filter((r) => r.langkah === 12 && (r.aksi === 'mulai' || r.aksi === 'selesai'));
    expect(langkah12.map((r) => [r.aksi, r.waktu])).toEqual([
      ['mulai', jumat(14)],
      ['selesai', jumat(14, 15)],
    ]);
  });
});

describe('Surat pengantar, salinan and arsip (steps 12–14)', () => {
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
      log: k.log(k.tw2).map((r) => [r.aksi, r.langkah, r.rincian.replace(/\/d\/[\w-]+/g, '/d/…')]),
    });
    const bersih = siapkan();
    const awal = bersih.world.calls.mark();
    bersih.panggil('buatSuratPengantar', { oleh: SEK_TIM, di: bersih.tw2 }, TUJUAN);
    const jumlah = bersih.world.calls.since(awal).length;
    const harapan = potret(bersih);
    for (let n = 1; n <= jumlah; n += Math.ceil(jumlah / 12)) {
      const k = siapkan();
      k.world.faults.failAt(k.world.calls.mark() + n, REAL_ERRORS.maxExecutionTime);
      expect(() => k.panggil('buatSuratPengantar', { oleh: SEK_TIM, di: k.tw2 }, TUJUAN)).toThrow(
        REAL_ERRORS.maxExecutionTime,
      );
      expect(k.panggil('buatSuratPengantar', { oleh: SEK_TIM, di: k.tw2 }, TUJUAN).nomor).toBe('000.8.6.3/366/2026');
      expect(potret(k)).toEqual(harapan);
    }
  });
});

describe('Surat pengantar, salinan and arsip (steps 12–14)', () => {
  it('makes one PDF copy per addressee of Pengaturan, in the document folder, and none twice', () => {
    const k = kantor();
    ditandatangani(k);
    const hasil = k.panggil('buatSalinan', { oleh: SEK_TIM, pada: jumat(14, 50), di: k.tw2 });
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
    expect(k.panggil('buatSalinan', { oleh: SEK_TIM, pada: jumat(15), di: k.tw2 })).toMatchObject({ berubah: false });
    expect(drive.all().length).toBe(jumlah);
    expect(k.log(k.tw2).filter((r) => r.aksi === 'salinan-dibuat')).toHaveLength(3);
    expect(k.log(k.tw2).filter((r) => r.langkah === 13 && r.aksi === 'selesai')).toHaveLength(1);

    // a version signed later gets copies of its own; the earlier ones stay
    k.panggil(
      'bukaKembaliLangkah',
      { oleh: SEK_TIM, pada: jumat(15, 5), di: k.tw2 },
      11,
      'Salah ketik pada tabel PJRS.',
    );
    k.panggil('buatDokumenPengukuranKinerja', { oleh: SEK_TIM, pada: jumat(15, 10), di: k.tw2 });
    k.panggil(
      'catatPenandatanganan',
      { oleh: SEK_TIM, pada: jumat(15, 20), di: k.tw2 },
      { cara: 'basah', tautanPdf: 'https://x.id/v2' },
    );
    expect(k.panggil('buatSalinan', { oleh: SEK_TIM, pada: jumat(15, 30), di: k.tw2 }).dibuat).toHaveLength(3);
    expect(drive.all().filter((f) => f.name.includes('– v2 – salinan untuk ')).length).toBe(3);
    expect(drive.all().filter((f) => f.name.includes('– salinan untuk ')).length).toBe(6);
  });
});

describe('Surat pengantar, salinan and arsip (steps 12–14)', () => {
  it('makes no copy twice when a run stops after some of the files are made', () => {
    // where the second copy is created, in a clean run of the same story
    const bersih = kantor();
    ditandatangani(bersih);
    bersih.world.clock.set(jumat(14, 50));
    const awal = bersih.world.calls.mark();
    bersih.panggil('buatSalinan', { oleh: SEK_TIM, di: bersih.tw2 });
    const kedua = bersih.world.calls
      .since(awal)
      .filter((c) => c.type === 'FilesCollection' && c.method === 'create')[1];

    const k = kantor();
    ditandatangani(k);
    k.world.clock.set(jumat(14, 50));
    k.world.faults.failAt(kedua.seq, REAL_ERRORS.maxExecutionTime);
    expect(() => k.panggil('buatSalinan', { oleh: SEK_TIM, di: k.tw2 })).toThrow(REAL_ERRORS.maxExecutionTime);
    const salinan = () =>
      driveFiles(k.world)
        .all()
        .filter((f) => f.name.includes('– salinan untuk '));
    expect(salinan()).toHaveLength(1);
    k.panggil('buatSalinan', { oleh: SEK_TIM, di: k.tw2 });
    expect(salinan()).toHaveLength(3);
    expect(k.log(k.tw2).filter((r) => r.aksi === 'salinan-dibuat')).toHaveLength(3);
  });
});
