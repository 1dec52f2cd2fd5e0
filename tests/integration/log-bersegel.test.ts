/**
 * A Log that cannot be rewritten unseen, through Code.js: everyone whose actions append to the Log can type into it,
 * but a row they type carries no seal of the add-in, so it counts for nothing and the sidebar names it; a row they
 * delete leaves a gap in the places the rows after it are sealed for, named in the sidebar and in Temuan.
 */
import { userEdit } from '../emulator/spreadsheet/user-edit';
import { agu, ORANG, UNIT } from '../harness/kantor';
import { oleh } from '../harness/siklus';
import { barisBernama } from '../harness/tabel';
import { siklus, validasiUnit } from './validasi-siklus';

const { kabid: KABID, sekTim: SEK_TIM, anggota: ANGGOTA } = ORANG;

describe('the Log seal', () => {
  it('a sign-off typed into the Log by hand does not sign the unit off, and the sidebar names the row', () => {
    const s = siklus();
    const [palsu, ...lain] = UNIT;
    for (const kode of lain) validasiUnit(s, kode, agu(18, 9));
    // another unit's Kabid, who may append to the Log through their own actions, types a sign-off for `palsu`
    const baris = s.log().length + 2;
    const isi = [
      [
        '18/08/2026 10:00:00',
        KABID[palsu],
        'unit-disahkan',
        'Unit disahkan',
        7,
        `${palsu} disahkan.`,
        `unit-disahkan-${palsu}`,
        '',
      ],
    ];
    s.world.clock.set(agu(18, 10));
    userEdit(s.world, s.id, 'Log', `A${baris}:H${baris}`, isi, KABID[lain[0]]);
    expect(s.log().some((r) => r.id === `unit-disahkan-${palsu}`)).toBe(true);

    s.panggil('konsolidasi', oleh(ANGGOTA, agu(18, 11)));
    expect(() => s.panggil('buatDokumenPengukuranKinerja', oleh(SEK_TIM, agu(18, 12)))).toThrow(
      new RegExp(`unit ${palsu} belum disahkan Kabid`),
    );
    const panel = s.jalankan('panelSiklus', { user: SEK_TIM, activeSpreadsheetId: s.id });
    expect(panel.jenis === 'siklus' && panel.peringatan).toContain(
      `Tab "Log" baris ${baris}: baris "unit-disahkan" tanpa segel add-in yang cocok (diketik, disalin atau diubah ` +
        'tangan), tidak dipakai. Periksa siapa yang mengubahnya (Riwayat versi), pulihkan versi sebelumnya bila perlu, ' +
        'dan ulangi aksinya dari panel.',
    );
  });
});

describe('rows deleted from the Log', () => {
  it('are named in the sidebar and in Temuan; the rows after a gap still count, the deleted ones do not', () => {
    const s = siklus();
    const [dihapus, sesudahnya, ...lain] = UNIT;
    for (const [i, kode] of [dihapus, sesudahnya, ...lain].entries()) validasiUnit(s, kode, agu(18, 9) + i * 60000);
    const nomor = (id: string) => s.log().findIndex((r) => r.id === id) + 2;
    const tengah = nomor(`unit-disahkan-${dihapus}`);
    const terakhir = s.log().length + 1;
    // a Kabid, an editor of the Log through their own actions, deletes another unit's sign-off and the last row
    s.world.run({ user: KABID[sesudahnya], activeSpreadsheetId: s.id }, () => {
      const log = (
        s.script.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
      ).SpreadsheetApp.openById(s.id).getSheetByName('Log')!;
      log.deleteRow(terakhir);
      log.deleteRow(tengah);
    });

    const panel = s.jalankan('panelSiklus', { user: SEK_TIM, activeSpreadsheetId: s.id });
    const peringatan = panel.jenis === 'siklus' ? panel.peringatan : [];
    expect(peringatan).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^Tab "Log" baris ${tengah}: 1 baris Log sebelum baris ini hilang \\(dihapus\\)\\.`),
        ),
        expect.stringMatching(
          new RegExp(
            `^Tab "Log" baris ${terakhir - 1}: 1 baris terakhir Log yang ditulis add-in hilang \\(dihapus\\)\\.`,
          ),
        ),
      ]),
    );
    s.panggil('validasiData', oleh(ANGGOTA, agu(18, 11)));
    const temuan = barisBernama(s.nilai('Temuan')).filter((r) => r.Unit === 'Log');
    expect(temuan.map((r) => [r.Keparahan, r.Baris, r.Kolom])).toEqual([
      ['galat', tengah, 'Segel'],
      ['galat', terakhir - 1, 'Segel'],
    ]);
    // the deleted sign-off is gone; the sign-off written after it still holds
    s.panggil('konsolidasi', oleh(ANGGOTA, agu(18, 12)));
    expect(() => s.panggil('buatDokumenPengukuranKinerja', oleh(SEK_TIM, agu(18, 13)))).toThrow(
      new RegExp(`unit ${dihapus} belum disahkan Kabid`),
    );
    expect(s.log().some((r) => r.id === `unit-disahkan-${sesudahnya}`)).toBe(true);
  });
});
