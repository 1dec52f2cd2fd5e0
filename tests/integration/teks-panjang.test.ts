/**
 * A form cell may hold 50,000 characters (Sheets' limit, https://support.google.com/drive/answer/37603); what the
 * add-in copies of it into Temuan and the Rekap must fit a cell too, so the checks never crash on it.
 */
import temuanJson from '../../sheets-templates/tab-temuan.json';
import { agu } from '../harness/kantor';
import { barisBernama } from '../harness/tabel';
import { ANGGOTA, KOL, SEK_TIM, siklus, STAF } from './validasi-siklus';

describe('a full 50,000-character cell in a form', () => {
  it('is quoted shortly in Temuan and cut to a cell in the Rekap with a finding, and the check and the Rekap run', () => {
    const s = siklus();
    s.ketik(STAF.PSPFM, agu(14, 10), 'PSPFM', `${KOL.realisasi}3`, 'x'.repeat(50_000));
    // text that looks like a formula is neutralised with a leading apostrophe: one character more than the cell holds
    s.ketik(STAF.PSPFM, agu(14, 10), 'PSPFM', `${KOL.penjelasan}2`, `+${'y'.repeat(49_999)}`);
    s.panggil('validasiData', { oleh: SEK_TIM, pada: agu(14, 11) });
    const semua = barisBernama(s.nilai(temuanJson.nama)).map((r) => String(r.Pesan));
    const pesan = semua.find((p) => p.startsWith(`Tab "Form PSPFM", baris 3, kolom "Realisasi"`))!;
    // the value quoted cut, the reason kept
    expect(pesan.length).toBeLessThanOrEqual(200);
    expect(pesan).toMatch(/…" bukan angka; tulis angka seperti 12,5/);
    const penjelasanBaris2 = semua.filter((p) =>
      p.startsWith(`Tab "Form PSPFM", baris 2, kolom "Penjelasan / Kendala"`),
    );
    expect(penjelasanBaris2.some((p) => p.includes('tidak muat di satu sel Rekap'))).toBe(true);

    s.panggil('konsolidasi', { oleh: ANGGOTA, pada: agu(14, 12) });
    const penjelasan = barisBernama(s.nilai('Rekap'))
      .map((r) => String(r['Penjelasan / Kendala'] ?? ''))
      .find((p) => p.includes('yyyy'))!;
    expect(penjelasan.length).toBeLessThanOrEqual(50_000);
  });
});
