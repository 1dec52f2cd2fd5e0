/**
 * A Log that cannot be rewritten unseen, through Code.js: everyone whose actions append to the Log can type into it,
 * but a row they type carries no seal of the add-in, so it counts for nothing and the sidebar names it.
 */
import { userEdit } from '../emulator/spreadsheet/user-edit';
import { agu, ORANG, UNIT } from '../harness/kantor';
import { oleh } from '../harness/siklus';
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
      `Tab "Log" baris ${baris}: baris "unit-disahkan" tanpa segel add-in (diketik atau diubah tangan), tidak dipakai. ` +
        'Periksa siapa yang mengetiknya (Riwayat versi) dan ulangi aksinya dari panel bila perlu.',
    );
  });
});
