/**
 * The budget of a cycle, through Code.js: the Anggaran tab written from Pengaturan's programs and pagu, each unit
 * typing only its own realisasi, the findings (above the pagu, a pagu changed by hand, a formula) in Temuan and kept
 * true by the edit trigger, and the Rekap's REALISASI ANGGARAN block with serapan and, in the Tahunan cycle,
 * efisiensi.
 */
import anggaranJson from '../../sheets-templates/tab-anggaran.json';
import temuanJson from '../../sheets-templates/tab-temuan.json';
import { hurufKolom } from '../../src/server/domain/layout';
import { sentMails } from '../emulator/services/mail';
import { userEdit } from '../emulator/spreadsheet/user-edit';
import { agu, ORANG } from '../harness/kantor';
import { barisBernama } from '../harness/tabel';
import { buatSiklus, type Siklus } from '../harness/siklus';
import { KOL } from './validasi-siklus';

const TAB = anggaranJson.nama;
const kolom = (isi: string) => hurufKolom(anggaranJson.kolom.findIndex((k) => k.isi === isi) + 1);
const REALISASI = kolom('realisasiAnggaran');
const JUDUL_REALISASI = anggaranJson.kolom.find((k) => k.isi === 'realisasiAnggaran')!.judul;
const { staf: STAF, kabid: KABID, anggota: ANGGOTA, sekTim: SEK_TIM } = ORANG;

function siklus(periode?: string) {
  const s = buatSiklus({ batas: '2026-08-21 16:00', pemicuEdit: true, ...(periode ? { periode } : {}) });
  s.panggil('kirimFormulir', ANGGOTA);
  const ketik = (user: string, a1: string, nilai: unknown, tab = TAB) => userEdit(s.world, s.id, tab, a1, nilai, user);
  const temuan = () =>
    barisBernama(s.nilai(temuanJson.nama))
      .map((r) => String(r.Pesan))
      .filter((t) => t.startsWith(`Tab "${TAB}"`));
  return Object.assign(s, { ketik, temuan });
}

/** The Rekap's budget block as label → the row's cells from the Unit column on. */
function blokAnggaran(s: Siklus): Map<string, unknown[]> {
  const nilai = s.nilai('Rekap');
  const awal = nilai.findIndex((r) => r[1] === 'REALISASI ANGGARAN');
  const hasil = new Map<string, unknown[]>();
  for (const r of nilai.slice(awal + 1)) hasil.set(String(r[2] || r[1]), r.slice(1, 8));
  return hasil;
}

describe('the Anggaran tab of a cycle', () => {
  it("is written from Pengaturan's programs and pagu, and opens each unit's realisasi to that unit alone", () => {
    const s = siklus();
    const baris = barisBernama(s.nilai(TAB));
    expect(baris.slice(0, 3).map((r) => [r.Unit, r['Pagu (Rp)'], r[JUDUL_REALISASI]])).toEqual([
      ['SEKRE', 185_000_000, ''],
      ['SEKRE', 2_950_000_000, ''],
      ['PSPFM', 420_000_000, ''],
    ]);
    expect(() => s.ketik(STAF.PSPFM, `${REALISASI}4`, '210000000')).not.toThrow();
    expect(() => s.ketik(STAF.PSPFM, `${REALISASI}6`, '1')).toThrow(/protected cell/); // PJRS's row
    expect(() => s.ketik(KABID.PJRS, `${REALISASI}4`, '1')).toThrow(/protected cell/);
    expect(() => s.ketik(STAF.PSPFM, `${kolom('pagu')}4`, '1')).toThrow(/protected cell/); // pagu: Pengaturan's
    expect(() => s.ketik(ANGGOTA, `${REALISASI}6`, '1')).not.toThrow(); // Tim SAKIP

    const surel = sentMails(s.world).find((m) => m.subject.startsWith('[Pengukuran Kinerja] Formulir PSPFM'))!;
    const gid = s.sebagai(SEK_TIM, (ss) => ss.getSheetByName(TAB)!.getSheetId());
    expect(surel.body).toContain(`pada baris program/kegiatan PSPFM di tab Anggaran: `);
    expect(surel.body).toContain(`#gid=${gid}`);
  });

  it('names a realisasi above the pagu, a pagu changed by hand and a formula, and drops each once it is fixed', () => {
    const s = siklus();
    s.ketik(STAF.PSPFM, `${REALISASI}4`, 'Rp 450.000.000');
    s.ketik(STAF.SEKRE, `${REALISASI}2`, '=IMPORTRANGE("x";"A1")');
    s.ketik(ANGGOTA, `${kolom('pagu')}3`, '3000000000');
    s.panggil('validasiData', { oleh: SEK_TIM, pada: agu(14, 9) });
    const temuan = s.temuan();
    expect(temuan).toContain(
      `Tab "Anggaran", baris 4, kolom "${JUDUL_REALISASI}": realisasi Rp 450.000.000 melebihi pagu Rp 420.000.000 ` +
        '(lebih Rp 30.000.000); periksa kembali, atau bila pagu berubah (DPA perubahan) Tim SAKIP memperbarui tab Pengaturan.',
    );
    expect(temuan).toContain(
      `Tab "Anggaran", baris 2, kolom "${JUDUL_REALISASI}": berisi rumus =IMPORTRANGE("x";"A1"); ketik nilainya, bukan rumus.`,
    );
    expect(temuan).toContain(
      'Tab "Anggaran", baris 3, kolom "Pagu (Rp)": pagu Rp 3.000.000.000 berbeda dari Pengaturan Rp 2.950.000.000; Rekap memakai Pengaturan.',
    );
    expect(temuan.filter((t) => t.includes('belum diisi'))).toHaveLength(8);
    const latar = (a1: string) => s.sebagai(SEK_TIM, (ss) => ss.getSheetByName(TAB)!.getRange(a1).getBackground());
    expect(latar(`${REALISASI}4`)).toBe(temuanJson.warnaSorot.galat);

    // the edit trigger makes the tab's findings anew at once
    s.world.clock.set(agu(14, 10));
    s.ketik(STAF.PSPFM, `${REALISASI}4`, '210.000.000');
    expect(s.temuan().some((t) => t.includes('baris 4'))).toBe(false);
    expect(latar(`${REALISASI}4`)).toBe('#ffffff');
    expect(s.temuan()).toHaveLength(temuan.length - 1);
  });

  it("shows serapan per program and unit in the Rekap; a Triwulan cycle says efisiensi waits for the year's", () => {
    const s = siklus();
    s.ketik(STAF.PSPFM, `${REALISASI}4`, '210.000.000');
    s.ketik(STAF.PSPFM, `${REALISASI}5`, '699.750.000');
    s.panggil('konsolidasi', { oleh: ANGGOTA, pada: agu(14, 9) });
    const blok = blokAnggaran(s);
    expect(blok.get('Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota')!.slice(0, 6)).toEqual([
      'PSPFM',
      'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
      420_000_000,
      210_000_000,
      50,
      '',
    ]);
    expect(blok.get('Jumlah PSPFM')!.slice(2, 5)).toEqual([1_819_500_000, 909_750_000, 50]);
    expect(blok.get('Jumlah SEKRE')![6]).toBe('Realisasi 2 dari 2 program/kegiatan belum terbaca.');
    expect(s.nilai('Rekap').flat()).toContain(
      'Efisiensi dinilai pada siklus Tahunan: serapan s.d. triwulan dihitung dari pagu setahun, sedangkan capaian dari target s.d. triwulan.',
    );
    // the sidebar says the Rekap is older than the Anggaran tab after an edit there
    s.world.clock.set(agu(14, 10));
    s.ketik(STAF.PSPFM, `${REALISASI}5`, '700.000.000');
    const panel = s.jalankan('panelSiklus', { user: SEK_TIM, activeSpreadsheetId: s.id });
    expect(panel.jenis === 'siklus' && panel.rekapUsang).toMatch(/^Rekap lebih lama dari formulir: Anggaran diubah/);
  });

  it('judges efisiensi in the Tahunan cycle against the capaian of the indicator the program serves', () => {
    const s = siklus('Tahunan 2026');
    s.ketik(STAF.SEKRE, `${KOL.realisasi}2`, '100', 'Form SEKRE');
    s.ketik(STAF.SEKRE, `${REALISASI}2`, '170.000.000');
    s.panggil('konsolidasi', { oleh: ANGGOTA, pada: agu(14, 9) });
    const baris = blokAnggaran(s).get('Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah')!;
    expect(baris.slice(3, 6)).toEqual([170_000_000, (170 / 185) * 100, 'efisien']);
    expect(String(baris[6])).toContain(
      'Efisien: capaian "Persentase dokumen perencanaan dan pelaporan kinerja (Renja, PK, LKjIP, pengukuran triwulanan) yang disampaikan tepat waktu" − serapan = 8,11 poin.',
    );
  });
});
