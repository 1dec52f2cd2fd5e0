/**
 * Findings that stay true, through Code.js with the installable onEdit trigger firing on every edit: a unit's Temuan
 * rows and highlights are made anew from what its form holds after each edit, and the sidebar says when the Rekap
 * is older than the forms.
 */
import temuanJson from '../../sheets-templates/tab-temuan.json';
import { agu } from '../harness/kantor';
import { barisBernama } from '../harness/tabel';
import { ANGGOTA, KABID, KOL, SEK_TIM, siklus, STAF } from './validasi-siklus';

const belumDiisi = (baris: number) =>
  `Tab "Form PSPFM", baris ${baris}, kolom "Realisasi": belum diisi; capaian belum dapat dihitung.`;

describe('Temuan follows the forms as they are edited', () => {
  it('an emptied realisasi becomes a finding at once, and a filled one loses it and its highlight', () => {
    const s = siklus();
    s.panggil('validasiData', { oleh: SEK_TIM, pada: agu(14, 9) });
    const temuan = () => barisBernama(s.nilai(temuanJson.nama)).map((r) => String(r.Pesan));
    const lainnya = temuan().filter((t) => !t.includes('"Form PSPFM"'));
    const latar = () =>
      s.sebagai(SEK_TIM, (ss) => ss.getSheetByName('Form PSPFM')!.getRange(`${KOL.realisasi}3`).getBackground());

    s.ketik(STAF.PSPFM, agu(14, 10), 'PSPFM', `${KOL.realisasi}3`, '');
    expect(temuan()).toContain(belumDiisi(3));
    expect(latar()).toBe(temuanJson.warnaSorot.peringatan);

    s.ketik(STAF.PSPFM, agu(14, 11), 'PSPFM', `${KOL.realisasi}3`, '12');
    expect(temuan()).not.toContain(belumDiisi(3));
    expect(latar()).toBe('#ffffff');
    // the other units' findings are left as the check wrote them
    expect(temuan().filter((t) => !t.includes('"Form PSPFM"'))).toEqual(lainnya);
  });

  it('the sidebar says the Rekap is older than the forms until it is consolidated again', () => {
    const s = siklus();
    const panel = () => {
      const p = s.jalankan('panelSiklus', { user: SEK_TIM, activeSpreadsheetId: s.id });
      return p.jenis === 'siklus' ? p.rekapUsang : 'bukan siklus';
    };
    s.panggil('konsolidasi', { oleh: ANGGOTA, pada: agu(14, 9) });
    expect(panel()).toBeUndefined();
    // the shipped example kop address is said before any document is made
    const isi = s.jalankan('panelSiklus', { user: SEK_TIM, activeSpreadsheetId: s.id });
    expect(isi.jenis === 'siklus' && isi.peringatan?.[0]).toMatch(/^Alamat pada kop surat masih contoh/);
    // ... to the Tim SAKIP, who keeps the settings; a Kabid cannot mend them and is not told
    const kabid = s.jalankan('panelSiklus', { user: KABID.PSPFM, activeSpreadsheetId: s.id });
    expect(kabid.jenis === 'siklus' && (kabid.peringatan ?? []).filter((p) => /kop surat|Pengaturan/.test(p))).toEqual(
      [],
    );
    s.ketik(STAF.PSPFM, agu(14, 10), 'PSPFM', `${KOL.penjelasan}2`, 'data BPS terbaru');
    expect(panel()).toBe(
      'Rekap lebih lama dari formulir: Form PSPFM diubah Jumat, 14 Agustus 2026 pukul 10.00 WIB sesudah Rekap ' +
        'disusun. Jalankan Konsolidasi lagi.',
    );
    // the Rekap tab says so too, without changing a value the document's check fingerprints
    const rekap = () =>
      s.sebagai(SEK_TIM, (ss) => {
        const sheet = ss.getSheetByName('Rekap')!;
        return { catatan: sheet.getRange('A1').getNote(), warna: sheet.getTabColor() };
      });
    expect(rekap()).toEqual({ catatan: panel(), warna: '#e06666' });
    s.panggil('konsolidasi', { oleh: ANGGOTA, pada: agu(14, 11) });
    expect(panel()).toBeUndefined();
    expect(rekap()).toEqual({ catatan: '', warna: null });
  });
});
