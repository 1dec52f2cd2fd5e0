import temuanJson from '../../sheets-templates/tab-temuan.json';
import { REAL_ERRORS } from '../emulator/core/faults';
import { triggersOf } from '../emulator/services/triggers';
import { spreadsheetState } from '../emulator/spreadsheet/model';
import { agu, UNIT } from '../harness/kantor';
import { tanpaWaktu } from '../harness/log';
import { oleh } from '../harness/siklus';
import { barisBernama } from '../harness/tabel';
import { ANGGOTA, KABID, KOL, SEK_TIM, SEKRETARIS, siklus, STAF, validasiUnit, type Siklus } from './validasi-siklus';

describe('validasiData (Tim SAKIP): findings in Temuan with links, highlighted in the unit tabs', () => {
  it('lists each finding with a HYPERLINK to its cell and colours the cell; clears the highlight once fixed', () => {
    const s = siklus();
    s.ketik(STAF.PSPFM, agu(14, 9), 'PSPFM', `${KOL.realisasi}3`, '');
    s.ketik(STAF.PSPFM, agu(14, 9), 'PSPFM', `${KOL.penjelasan}2`, '=IMPORTRANGE("https://x","A1")');
    const hasil = s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
    expect(hasil.pesan).toMatch(/^Validasi selesai: \d+ galat, \d+ peringatan/);
    expect(s.nilai(temuanJson.nama)[0]).toEqual(temuanJson.kolom.map((k) => k.judul));
    const temuan = barisBernama(s.nilai(temuanJson.nama));
    const kosong = temuan.find((r) => r.Unit === 'PSPFM' && r.Baris === 3 && r.Kolom === 'Realisasi')!;
    expect(kosong.Keparahan).toBe('peringatan');
    expect(kosong.Pesan).toBe(
      'Tab "Form PSPFM", baris 3, kolom "Realisasi": belum diisi; capaian belum dapat dihitung.',
    );
    const gid = spreadsheetState(s.world, s.id).sheets.find((x) => x.name === 'Form PSPFM')!.sheetId;
    const rumus = s.sebagai(SEK_TIM, (ss) =>
      ss.getSheetByName(temuanJson.nama)!.getRange(2, 3, temuan.length, 1).getFormulas(),
    );
    expect(rumus.flat()).toContain(`=HYPERLINK("#gid=${gid}&range=H3","Form PSPFM!H3")`);
    // every finding's Pesan wraps, as the layout says, so a long message stays inside the tab
    const pesan = temuanJson.kolom.findIndex((k) => k.isi === 'message') + 1;
    const bungkus = s.sebagai(SEK_TIM, (ss) =>
      ss.getSheetByName(temuanJson.nama)!.getRange(2, pesan, temuan.length, 1).getWraps(),
    );
    expect(bungkus.flat()).toEqual(temuan.map(() => true));
    const latar = (a1: string) =>
      s.sebagai(SEK_TIM, (ss) => ss.getSheetByName('Form PSPFM')!.getRange(a1).getBackground());
    expect(latar('H3')).toBe(temuanJson.warnaSorot.peringatan);
    expect(latar('H2')).toBe('#ffffff');

    s.ketik(STAF.PSPFM, agu(18, 14), 'PSPFM', `${KOL.realisasi}3`, '15');
    s.panggil('validasiData', oleh(SEK_TIM, agu(18, 14, 5)));
    expect(latar('H3')).toBe('#ffffff');
    expect(
      barisBernama(s.nilai(temuanJson.nama)).some(
        (r) => r.Unit === 'PSPFM' && r.Baris === 3 && r.Kolom === 'Realisasi',
      ),
    ).toBe(false);
  });

  it('is for the Tim SAKIP only, and writes nothing to the values of a unit tab', () => {
    const s = siklus();
    expect(() => s.panggil('validasiData', oleh(KABID.PSPFM, agu(18, 9)))).toThrow(
      `${KABID.PSPFM} tidak berwenang menjalankan validasi data: hanya Tim SAKIP (tab Pengaturan).`,
    );
    const sebelum = UNIT.map((k) => s.nilai(`Form ${k}`));
    s.panggil('validasiData', oleh(ANGGOTA, agu(18, 9)));
    expect(UNIT.map((k) => s.nilai(`Form ${k}`))).toEqual(sebelum);
  });
});

describe('validasiData (Tim SAKIP): findings in Temuan with links, highlighted in the unit tabs', () => {
  it('makes as many service calls with 10 more indicators per unit as with 40', () => {
    const panggilan = (tambahan: number) => {
      const s = siklus({ pemicu: false });
      for (const kode of UNIT) {
        const n = s.nilai(`Form ${kode}`).length;
        const isi = Array.from({ length: tambahan }, (_, i) => ['S', `Indikator tambahan ${i}`, '%', 'positif', 10, 5]);
        // the owner (who may edit the whole tab) grows the form, as a unit with many indicators would have it
        if (tambahan)
          s.sebagai(SEK_TIM, (ss) =>
            ss
              .getSheetByName(`Form ${kode}`)!
              .getRange(n + 1, 1, tambahan, 6)
              .setValues(isi),
          );
      }
      s.panggil('tandaiBaris', oleh(SEKRETARIS, agu(18, 8)), 'SEKRE', 2, 'Valid');
      const awal = s.world.calls.records.length;
      s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
      s.panggil('tandaiBaris', oleh(SEKRETARIS, agu(18, 10)), 'SEKRE', 3, 'Perlu perbaikan', 'cek');
      expect(() => s.panggil('sahkanUnit', oleh(KABID.PSPFM, agu(18, 11)), 'PSPFM')).toThrow(/belum dapat disahkan/);
      return s.world.calls.records.slice(awal).filter((c) => c.costClass !== 'local').length;
    };
    expect(panggilan(40)).toBe(panggilan(10));
  });
});

describe('resumable after a failure at any call', () => {
  /** What people see of the cycle after the actions: unit forms (values and backgrounds), Temuan, Log, triggers. */
  const potret = (s: Siklus) => ({
    ...s.sebagai(SEK_TIM, (ss) => ({
      form: UNIT.map((k) => {
        const blok = ss.getSheetByName(`Form ${k}`)!.getDataRange();
        return [blok.getValues(), blok.getBackgrounds()];
      }),
      temuan: ss.getSheetByName(temuanJson.nama)!.getDataRange().getFormulas(),
    })),
    log: tanpaWaktu(s.log()),
    pemicu: triggersOf(s.world).filter((t) => t.eventType === 'ON_EDIT').length,
  });
  /** The SEKRE story up to a lost validation, PSPFM ready to be signed off as the last unit. */
  const awal = () => {
    const s = siklus({ pemicu: false });
    UNIT.filter((k) => k !== 'PSPFM').forEach((k) => validasiUnit(s, k, agu(19, 9)));
    for (let b = 2; b <= s.barisData('PSPFM') + 1; b++)
      s.panggil('tandaiBaris', oleh(KABID.PSPFM, agu(19, 9)), 'PSPFM', b, 'Valid');
    s.ketik(STAF.SEKRE, agu(19, 9, 30), 'SEKRE', 'H2', '99');
    return s;
  };
  const langkah: [string, (s: Siklus) => unknown][] = [
    ['validasiData', (s) => s.panggil('validasiData', oleh(SEK_TIM, agu(19, 10)))],
    [
      'tandaiBaris',
      (s) => s.panggil('tandaiBaris', oleh(SEKRETARIS, agu(19, 10)), 'SEKRE', 3, 'Perlu perbaikan', 'cek'),
    ],
    ['sahkanUnit', (s) => s.panggil('sahkanUnit', oleh(KABID.PSPFM, agu(19, 10)), 'PSPFM')],
  ];

  it.each(langkah)('%s converges to the clean result when re-run after a failure', (_nama, aksi) => {
    const bersih = awal();
    const mulai = bersih.world.calls.records.length;
    aksi(bersih);
    const jumlah = bersih.world.calls.records.length - mulai;
    const harapan = potret(bersih);
    for (const n of [1, 2, 3, 5, 8, 13, 21, 34, jumlah - 5, jumlah - 2, jumlah - 1].filter(
      (x) => x >= 1 && x < jumlah,
    )) {
      const s = awal();
      s.world.faults.failAt(s.world.calls.records.length + n, REAL_ERRORS.maxExecutionTime);
      expect(() => aksi(s)).toThrow();
      aksi(s);
      expect([n, potret(s)]).toEqual([n, harapan]);
    }
  });
});
