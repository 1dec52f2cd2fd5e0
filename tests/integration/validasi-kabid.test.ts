import temuanJson from '../../sheets-templates/tab-temuan.json';
import { triggersOf } from '../emulator/services/triggers';
import { agu, UNIT } from '../harness/kantor';
import { idLog, pilihLog } from '../harness/log';
import { oleh } from '../harness/siklus';
import {
  ANGGOTA,
  KABID,
  KOL,
  SEK_TIM,
  SEKRETARIS,
  siklus,
  STAF,
  temuanValidasi,
  validasiUnit,
} from './validasi-siklus';

describe('the Kabid validates inside Sheets (step 7)', () => {
  it('PSPFM: the empty row marked "Perlu perbaikan", fixed by the unit, validated and the unit signed off', () => {
    const s = siklus();
    s.ketik(STAF.PSPFM, agu(14, 9), 'PSPFM', `${KOL.realisasi}3`, '');
    s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
    expect(
      s.panggil('tandaiBaris', oleh(KABID.PSPFM, agu(18, 10)), 'PSPFM', 3, 'Perlu perbaikan', 'Realisasi belum diisi'),
    ).toEqual({ berubah: true, pesan: 'Tab "Form PSPFM" baris 3 ditandai "Perlu perbaikan".' });
    expect([s.sel('PSPFM', 'L3'), s.sel('PSPFM', 'M3')]).toEqual(['Perlu perbaikan', 'Realisasi belum diisi']);
    expect(() => s.panggil('sahkanUnit', oleh(KABID.PSPFM, agu(18, 10, 5)), 'PSPFM')).toThrow(
      /Unit PSPFM belum dapat disahkan: tab "Form PSPFM" baris 2 \(belum divalidasi\), baris 3 \(Perlu perbaikan\)/,
    );
    s.ketik(STAF.PSPFM, agu(18, 14), 'PSPFM', 'H3', '12,5');
    expect(validasiUnit(s, 'PSPFM', agu(19, 10, 30))).toEqual({ berubah: true, pesan: 'Unit PSPFM disahkan.' });
    expect(s.sel('PSPFM', 'L3')).toBe('Valid');
    expect(String(s.sel('PSPFM', 'N3'))).toMatch(/^v2:/);
    const disahkan = s.log().find((r) => r.id === 'unit-disahkan-PSPFM')!;
    expect(disahkan).toMatchObject({ pengguna: KABID.PSPFM, aksi: 'unit-disahkan', langkah: 7 });
    expect(disahkan.rincian).toMatch(
      /^Unit PSPFM disahkan oleh Kabid PSPFM \(kabid\.pspfm@contoh\.go\.id\) pada Rabu, 19 Agustus 2026 10\.30 WIB/,
    );
    const aksi = s.log().map((r) => r.aksi);
    expect(aksi).toEqual(expect.arrayContaining(['baris-perlu-perbaikan', 'baris-divalidasi', 'mulai']));
    expect(s.log().find((r) => r.aksi === 'mulai' && r.langkah === 7)!.pengguna).toBe(KABID.PSPFM);
    // the same mark again changes nothing
    const n = s.log().length;
    expect(s.panggil('tandaiBaris', oleh(KABID.PSPFM, agu(19, 11)), 'PSPFM', 3, 'Valid').berubah).toBe(false);
    expect(s.panggil('sahkanUnit', oleh(KABID.PSPFM, agu(19, 11)), 'PSPFM').berubah).toBe(false);
    expect(s.log()).toHaveLength(n);
  });

  it('refuses a PJRS staff member, by the server check and by the sheet protection', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection: a range protection's editors only
    const s = siklus();
    expect(() => s.panggil('tandaiBaris', oleh(STAF.PJRS, agu(18, 10)), 'PJRS', 2, 'Valid')).toThrow(
      `${STAF.PJRS} tidak berwenang memvalidasi tab "Form PJRS" baris 2: validasi hanya dapat dilakukan oleh ` +
        'Kabid unit PJRS (Kabid PJRS).',
    );
    expect(() => s.ketik(STAF.PJRS, agu(18, 10), 'PJRS', 'L2', 'Valid')).toThrow(/protected cell/);
    expect(() => s.ketik(KABID.PSPFM, agu(18, 10), 'PJRS', 'L2', 'Valid')).toThrow(/protected cell/);
    expect(() => s.panggil('sahkanUnit', oleh(STAF.PJRS, agu(18, 10)), 'PJRS')).toThrow(/tidak berwenang memvalidasi/);
    expect(s.sel('PJRS', 'L2')).toBe('');
    expect(s.log().some((r) => r.aksi.startsWith('baris-'))).toBe(false);
  });
});

describe('the Kabid validates inside Sheets (step 7)', () => {
  it('a Kabid typing "Valid" into the sheet is picked up with who typed it', () => {
    const s = siklus();
    s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
    s.ketik(KABID.PJRS, agu(18, 10), 'PJRS', 'L2', 'Valid');
    expect(String(s.sel('PJRS', 'N2'))).toMatch(/^v2:/);
    const baris = s.log().find((r) => r.aksi === 'baris-divalidasi')!;
    expect([baris.pengguna, baris.rincian]).toEqual([
      KABID.PJRS,
      'Tab "Form PJRS" baris 2: "Valid" diketik langsung di sheet oleh kabid.pjrs@contoh.go.id.',
    ]);
  });

  it('SEKRE: an edit of a validated row clears its validation visibly and logs it; the Sekretaris validates again', () => {
    const s = siklus();
    s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
    s.panggil('tandaiBaris', oleh(SEKRETARIS, agu(19, 10)), 'SEKRE', 2, 'Valid');
    s.ketik(STAF.SEKRE, agu(19, 10, 45), 'SEKRE', 'H2', '99');
    expect([s.sel('SEKRE', 'L2'), s.sel('SEKRE', 'N2')]).toEqual(['Perlu dicek ulang', 'diubah:realisasi']);
    const batal = s.log().find((r) => r.aksi === 'validasi-batal')!;
    expect(batal).toMatchObject({
      pengguna: STAF.SEKRE,
      aksi: 'validasi-batal',
      langkah: 7,
      rincian:
        'Tab "Form SEKRE" baris 2: diubah oleh staf.sekre@contoh.go.id setelah divalidasi (kolom "Realisasi"); validasi dibatalkan.',
      id: 'validasi-batal-SEKRE-B2-1',
    });
    const latar = s.sebagai(SEK_TIM, (ss) => ss.getSheetByName('Form SEKRE')!.getRange('H2').getBackground());
    expect(latar).toBe(temuanJson.warnaSorot.validasiBatal);
    s.panggil('tandaiBaris', oleh(SEKRETARIS, agu(19, 10, 55)), 'SEKRE', 2, 'Valid');
    expect(s.sel('SEKRE', 'L2')).toBe('Valid');
    expect(idLog(s.log().filter((r) => r.aksi === 'baris-divalidasi'))).toEqual([
      'baris-divalidasi-SEKRE-B2-1',
      'baris-divalidasi-SEKRE-B2-2',
    ]);
  });

  it('without the trigger, the next read takes the validation away and logs it', () => {
    const s = siklus({ pemicu: false });
    s.panggil('tandaiBaris', oleh(SEKRETARIS, agu(19, 10)), 'SEKRE', 2, 'Valid');
    s.ketik(STAF.SEKRE, agu(19, 10, 45), 'SEKRE', 'I2', 'kendala cuaca');
    expect(s.sel('SEKRE', 'L2')).toBe('Valid');
    s.panggil('validasiData', oleh(SEK_TIM, agu(19, 11)));
    expect(s.sel('SEKRE', 'L2')).toBe('Perlu dicek ulang');
    const batal = s.log().find((r) => r.aksi === 'validasi-batal')!;
    expect([batal.pengguna, batal.rincian]).toEqual([
      SEK_TIM,
      'Tab "Form SEKRE" baris 2: diubah setelah divalidasi (kolom "Penjelasan / Kendala"); validasi dibatalkan.',
    ]);
    expect(temuanValidasi(s, 'SEKRE')).toContain('Kabid perlu memvalidasi ulang');
  });
});

describe('the Kabid validates inside Sheets (step 7)', () => {
  it("a Tim SAKIP member who may not write the Kabid columns reports a lost validation; the Kabid's next call resets it", () => {
    const s = siklus({ pemicu: false });
    s.panggil('tandaiBaris', oleh(SEKRETARIS, agu(19, 10)), 'SEKRE', 2, 'Valid');
    s.ketik(STAF.SEKRE, agu(19, 10, 45), 'SEKRE', 'H2', '98');
    s.panggil('validasiData', oleh(ANGGOTA, agu(19, 11)));
    expect(s.sel('SEKRE', 'L2')).toBe('Valid');
    expect(
      pilihLog(
        s.log().filter((r) => r.aksi === 'validasi-batal'),
        'pengguna',
        'id',
      ),
    ).toEqual([{ pengguna: ANGGOTA, id: 'validasi-batal-SEKRE-B2-1' }]);
    expect(temuanValidasi(s, 'SEKRE')).toContain('Kabid perlu memvalidasi ulang');
    expect(() => s.panggil('sahkanUnit', oleh(SEKRETARIS, agu(19, 11, 5)), 'SEKRE')).toThrow(
      /Unit SEKRE belum dapat disahkan: tab "Form SEKRE" baris 2 \(Perlu dicek ulang\)/,
    );
    expect([s.sel('SEKRE', 'L2'), s.sel('SEKRE', 'N2')]).toEqual(['Perlu dicek ulang', 'diubah:realisasi']);
    expect(s.log().filter((r) => r.aksi === 'validasi-batal')).toHaveLength(1);
  });

  it('finishes step 7 when every unit is signed off; an edit afterwards reopens the unit and the step', () => {
    const s = siklus();
    s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
    UNIT.slice(0, -1).forEach((kode) => validasiUnit(s, kode, agu(19, 10)));
    // one Kabid whose unit is signed off cannot close step 7 for the unit still open, by hand through the server
    expect(() => s.panggil('selesaiLangkah', oleh(KABID.PSPFM, agu(19, 10, 30)), 7)).toThrow(
      /Langkah 7 selesai dengan sendirinya .* tidak dapat menyelesaikannya dengan tangan/,
    );
    expect(s.log().some((r) => r.aksi === 'selesai' && r.langkah === 7)).toBe(false);
    validasiUnit(s, 'PEMDES', agu(19, 11));
    const selesai = s.log().find((r) => r.aksi === 'selesai' && r.langkah === 7)!;
    expect(selesai).toMatchObject({
      pengguna: KABID.PEMDES,
      aksi: 'selesai',
      langkah: 7,
      rincian: 'semua unit disahkan Kabid',
      id: 'L7-selesai-1',
    });

    s.ketik(STAF.PSPFM, agu(19, 13), 'PSPFM', 'H2', '1');
    const ids = s.idLog();
    expect(ids.slice(-3)).toEqual(['validasi-batal-PSPFM-B2-1', 'unit-dibuka-PSPFM-1', 'L7-buka-kembali-1']);
    s.panggil('tandaiBaris', oleh(KABID.PSPFM, agu(19, 14)), 'PSPFM', 2, 'Valid');
    s.panggil('sahkanUnit', oleh(KABID.PSPFM, agu(19, 14)), 'PSPFM');
    expect(s.idLog().slice(-2)).toEqual(['unit-disahkan-PSPFM-2', 'L7-selesai-2']);
  });

  it('installs the onEdit trigger once, for the person who runs the validation inside the cycle spreadsheet', () => {
    const s = siklus();
    s.panggil('validasiData', oleh(SEK_TIM, agu(18, 9)));
    s.panggil('validasiData', oleh(SEK_TIM, agu(18, 10)));
    const edit = triggersOf(s.world).filter((t) => t.eventType === 'ON_EDIT');
    expect(edit.map((t) => [t.handler, t.owner, t.sourceId])).toEqual([['pemicuSaatDiedit', SEK_TIM, s.id]]);
  });
});
