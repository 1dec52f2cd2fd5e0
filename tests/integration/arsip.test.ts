/** SOP step 14 through the built Code.js: every file of the cycle into the archive folder, view-only, and the cycle closed. */
import { localMs } from '../../src/server/domain/zona-waktu';
import { REAL_ERRORS } from '../emulator/core/faults';
import { driveFiles } from '../emulator/drive/registry';
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { tanpaWaktu } from '../harness/log';
import {
  ANGGOTA,
  berkasSiklus,
  ditandatangani,
  jumat,
  kantor,
  KEPALA,
  SEK_TIM,
  TUJUAN,
  type Kantor,
} from './surat-arsip-siklus';

describe('Surat pengantar, salinan and arsip (steps 12–14)', () => {
  it('converges to the clean archive when a run stops at any call and is run again', () => {
    const siapkan = () => {
      const k = kantor();
      ditandatangani(k);
      k.panggil('buatSuratPengantar', { oleh: SEK_TIM, pada: jumat(14, 15), di: k.tw2 }, TUJUAN);
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
        log: tanpaWaktu(k.log(k.tw2)),
      };
    };
    const bersih = siapkan();
    const awal = bersih.world.calls.mark();
    bersih.panggil('arsipkanSiklus', { oleh: SEK_TIM, di: bersih.tw2 });
    const jumlah = bersih.world.calls.since(awal).length;
    const harapan = potret(bersih);
    for (let n = 1; n <= jumlah; n += Math.ceil(jumlah / 12)) {
      const k = siapkan();
      k.world.faults.failAt(k.world.calls.mark() + n, REAL_ERRORS.maxExecutionTime);
      expect(() => k.panggil('arsipkanSiklus', { oleh: SEK_TIM, di: k.tw2 })).toThrow(REAL_ERRORS.maxExecutionTime);
      k.panggil('arsipkanSiklus', { oleh: SEK_TIM, di: k.tw2 });
      expect(potret(k)).toEqual(harapan);
    }
  });
});

describe('Surat pengantar, salinan and arsip (steps 12–14)', () => {
  it('archives every file of the cycle view-only into the archive folder, deletes nothing, and closes the cycle', () => {
    const k = kantor();
    ditandatangani(k);
    k.panggil('buatSuratPengantar', { oleh: SEK_TIM, pada: jumat(14, 15), di: k.tw2 }, TUJUAN);
    k.panggil('buatSalinan', { oleh: SEK_TIM, pada: jumat(14, 50), di: k.tw2 });
    const drive = driveFiles(k.world);
    const sebelum = drive.all().length;
    const berkas = berkasSiklus(k);
    expect(berkas).toHaveLength(1 + 2 + 2 + 3);

    const hasil = k.panggil('arsipkanSiklus', { oleh: SEK_TIM, pada: localMs(2026, 8, 24, 8, 10), di: k.tw2 });
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
    expect(k.log(k.tw2).filter((r) => r.aksi === 'siklus-ditutup')).toHaveLength(1);
    expect(k.log(k.tw2).filter((r) => r.langkah === 14 && r.aksi === 'selesai')).toHaveLength(1);

    const panel = k.jalankan('panelSiklus', { user: SEK_TIM, activeSpreadsheetId: k.tw2 });
    expect(panel).toMatchObject({
      ditutup: 'Siklus ditutup dan diarsipkan Senin, 24 Agustus 2026 pukul 08.10 WIB.',
      aksi: [],
    });
    // "Berkas siklus": every file the Log names, then the archive folder the spreadsheet now sits in
    const tautan = (panel as { berkas?: { label: string; url: string }[] }).berkas ?? [];
    expect(tautan[tautan.length - 1]).toEqual({
      label: 'Folder arsip',
      url: `https://drive.google.com/drive/folders/${arsip.id}`,
    });
    const idTautan = tautan.map((b) => /\/d\/([\w-]+)/.exec(b.url)?.[1]);
    for (const id of berkas.filter((b) => b !== k.tw2)) expect(idTautan).toContain(id);
    expect(tautan.map((b) => b.label)).toEqual(
      expect.arrayContaining(['Surat pengantar (PDF)', 'Dokumen Pengukuran Kinerja v1 (Google Dokumen)']),
    );

    const lagi = k.panggil('arsipkanSiklus', { oleh: SEK_TIM, pada: localMs(2026, 8, 24, 9), di: k.tw2 });
    expect(lagi.berubah).toBe(false);
    expect(drive.all().length).toBe(sebelum + 1);
  });
});

describe('Surat pengantar, salinan and arsip (steps 12–14)', () => {
  it('refuses the archive, changing nothing, for a member who cannot reach the files under drive.file', () => {
    const k = kantor();
    ditandatangani(k);
    expect(() => k.panggil('arsipkanSiklus', { oleh: ANGGOTA, pada: localMs(2026, 8, 24, 8), di: k.tw2 })).toThrow(
      /Minta sakip\.sekretaris@contoh\.go\.id menjalankan "Arsipkan siklus"/,
    );
    expect(k.log(k.tw2).some((r) => r.aksi === 'siklus-ditutup')).toBe(false);
  });

  it('makes as many service calls for 40 indicators per unit as for 2, in every step from the number to the archive', () => {
    const panggilan = (perUnit: number) => {
      const k = kantor(perUnit);
      ditandatangani(k);
      const di = (pada: number) => ({ oleh: SEK_TIM, pada, di: k.tw2 });
      return [
        k.panggilan(() => k.panggil('mintaNomorSurat', di(jumat(14)))),
        k.panggilan(() => k.panggil('buatSuratPengantar', di(jumat(14, 15)), TUJUAN)),
        k.panggilan(() => k.panggil('buatSalinan', di(jumat(14, 50)))),
        k.panggilan(() => k.panggil('arsipkanSiklus', di(localMs(2026, 8, 24, 8, 10)))),
      ];
    };
    expect(panggilan(40)).toEqual(panggilan(2));
  });

  it('refuses steps 12–14 to anyone outside the Tim SAKIP', () => {
    const k = kantor();
    ditandatangani(k);
    expect(() => k.panggil('buatSuratPengantar', { oleh: KEPALA, pada: jumat(14), di: k.tw2 }, TUJUAN)).toThrow(
      /tidak berwenang membuat surat pengantar/,
    );
    expect(() => k.panggil('buatSalinan', { oleh: KEPALA, di: k.tw2 })).toThrow(/tidak berwenang membuat salinan/);
    expect(() => k.panggil('arsipkanSiklus', { oleh: KEPALA, di: k.tw2 })).toThrow(
      /tidak berwenang mengarsipkan siklus/,
    );
    expect(k.register()).toEqual([]);
  });
});
