/**
 * What happens while an action runs: a person typing between two of its calls, another execution that waits for its
 * lock (World.meanwhileAt runs it just before a call of the action takes effect).
 */
import type { CallRecord } from '../emulator/core/calls';
import { userEdit } from '../emulator/spreadsheet/user-edit';
import { agu } from '../harness/kantor';
import { oleh } from '../harness/siklus';
import { ANGGOTA, KABID, KOL, SEK_TIM, SEKRETARIS, siklus, STAF } from './validasi-siklus';

/** The first call of the given method after the execution has made a call of `sesudah`. */
function sesudahPanggilan(sesudah: string, method: string): (call: CallRecord) => boolean {
  let terlihat = false;
  return (call) => {
    if (terlihat && call.method === method) return true;
    if (call.method === sesudah) terlihat = true;
    return false;
  };
}

describe('a person typing while Periksa isian resets validations', () => {
  it("keeps the Kabid's Valid typed meanwhile into a row between two rows it resets", () => {
    const s = siklus({ pemicu: false });
    s.panggil('tandaiBanyakBaris', oleh(SEKRETARIS, agu(19, 10)), 'SEKRE', [2, 5], 'Valid');
    s.ketik(STAF.SEKRE, agu(19, 10, 30), 'SEKRE', `${KOL.penjelasan}2`, 'kendala cuaca');
    s.ketik(STAF.SEKRE, agu(19, 10, 31), 'SEKRE', `${KOL.penjelasan}5`, 'menunggu data desa');
    // the forms are read; before the first write lands, the Sekretaris (SEKRE's Kabid) marks row 4 by hand
    s.world.meanwhileAt(sesudahPanggilan('getValues', 'setValues'), () =>
      userEdit(s.world, s.id, 'Form SEKRE', `${KOL.validasi}4`, [['Valid']], SEKRETARIS),
    );
    s.panggil('validasiData', oleh(SEK_TIM, agu(19, 11)));
    expect([2, 3, 4, 5].map((b) => s.sel('SEKRE', `${KOL.validasi}${b}`))).toEqual([
      'Perlu dicek ulang',
      '',
      'Valid',
      'Perlu dicek ulang',
    ]);
  });
});

describe('a staff edit while the Kabid signs the unit off', () => {
  it('is never consolidated as validated: the Rekap is refused until the unit is checked and signed off again', () => {
    const s = siklus({ pemicu: false });
    const kode = 'PJRS';
    const baris = Array.from({ length: s.barisData(kode) }, (_, i) => i + 2);
    s.panggil('tandaiBanyakBaris', oleh(KABID[kode], agu(18, 10)), kode, baris, 'Valid');
    // the rows are read and found valid; before the sign-off is written, the staff changes a realisasi
    s.world.meanwhileAt(sesudahPanggilan('getValues', 'setValues'), () =>
      userEdit(s.world, s.id, `Form ${kode}`, `${KOL.realisasi}3`, [['77']], STAF[kode]),
    );
    s.panggil('sahkanUnit', oleh(KABID[kode], agu(18, 11)), kode);
    expect(() => s.panggil('konsolidasi', oleh(ANGGOTA, agu(18, 12)))).toThrow(
      `Rekap tidak disusun: tab "Form ${kode}" baris 3 berubah sesudah unitnya disahkan Kabid. Jalankan Periksa isian`,
    );
    s.panggil('validasiData', oleh(SEK_TIM, agu(18, 13)));
    expect(s.sel(kode, `${KOL.validasi}3`)).toBe('Perlu dicek ulang');
    expect(s.idLog()).toContain(`unit-dibuka-${kode}-1`);
    expect(() => s.panggil('konsolidasi', oleh(ANGGOTA, agu(18, 14)))).not.toThrow();
  });
});

describe('an action that waits past the lock', () => {
  it('is told who holds it and since when, and changes nothing', () => {
    const s = siklus();
    const sebelum = s.log().length;
    let galat = '';
    // while the Tim SAKIP member's consolidation holds the lock, the Kabid of SEKRE marks a row
    s.world.meanwhileAt(sesudahPanggilan('put', 'getSheetByName'), () => {
      try {
        s.jalankan('tandaiBaris', { user: SEKRETARIS, activeSpreadsheetId: s.id }, s.id, 'SEKRE', 2, 'Valid');
      } catch (e) {
        galat = (e as Error).message;
      }
    });
    s.panggil('konsolidasi', oleh(ANGGOTA, agu(19, 14)));
    expect(galat).toBe(
      `Aksi lain sedang diproses oleh ${ANGGOTA} sejak pukul 14.00 WIB; aksi Anda belum dijalankan dan tidak ` +
        'mengubah apa pun. Tunggu sebentar, lalu coba lagi.',
    );
    expect(s.sel('SEKRE', `${KOL.validasi}2`)).toBe('');
    expect(
      s
        .log()
        .slice(sebelum)
        .map((r) => r.aksi),
    ).not.toContain('baris-divalidasi');
  });
});
