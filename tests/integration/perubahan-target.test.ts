/**
 * A PK target change through Code.js: the PSPFM Kabid proposes it with a reason, the Tim SAKIP accepts it; the PK in
 * Pengaturan, the form row and the Rekap follow, and every step is in the Log. A refused or repeated proposal changes
 * no target.
 */
import { bacaPengaturan } from '../../src/server/domain/pengaturan/baca-pengaturan';
import { ORANG } from '../harness/kantor';
import { buatSiklus } from '../harness/siklus';
import { barisBernama } from '../harness/tabel';
import { tabelRekap } from './konsolidasi-siklus';

const KABID = ORANG.kabid.PSPFM;
const TIM = ORANG.sekTim;
const DTKS = 'Jumlah kali pemutakhiran DTKS usulan desa/kelurahan yang diproses';
const ALASAN = 'Jadwal pemutakhiran Kemensos triwulan II digeser ke Juli.';

function siklus() {
  const s = buatSiklus({ penyunting: [KABID, ORANG.staf.PSPFM, ORANG.kabid.PJRS] });
  const ajukan = (oleh: string, target: Record<string, string>, baris = 3, unit = 'PSPFM') =>
    s.panggil('ajukanPerubahanTarget', oleh, { unit, baris, target, alasan: ALASAN });
  const pk = () => {
    const hasil = bacaPengaturan(s.nilai('Pengaturan'), 'Pengaturan');
    if (!hasil.ok) throw new Error(hasil.galat.map((g) => g.pesan).join('\n'));
    return hasil.pengaturan.perjanjianKinerja.find((i) => i.indikator === DTKS)!;
  };
  return Object.assign(s, { ajukan, pk, usulan: () => barisBernama(s.nilai('Perubahan Target')) });
}

describe('a Perjanjian Kinerja target change: proposed by the unit, decided by the Tim SAKIP', () => {
  it('refuses a proposal that would break the year, names the row, and writes nothing', () => {
    const s = siklus();
    expect(() => s.ajukan(KABID, { 'Target TW II': '2' })).toThrow(
      'Usulan untuk Tab "Form PSPFM" baris 3 tidak dapat diajukan: sesudah perubahan, jumlah target triwulan (11) ' +
        'tidak sama dengan target tahunan 12 (metode "jumlah"). Usulkan target tahunan dan triwulan bersama-sama.',
    );
    expect(() => s.ajukan(KABID, { 'Target TW II': 'dua' })).toThrow(/Target TW II: "dua" "dua" bukan angka/);
    expect(() => s.ajukan(KABID, { 'Target TW V': '2' })).toThrow(/"Target TW V" bukan kolom target/);
    expect(() => s.ajukan(KABID, { 'Target TW II': '2' }, 9)).toThrow(
      'Tab "Form PSPFM" baris 9 bukan indikator Perjanjian Kinerja unit PSPFM.',
    );
    expect(() => s.ajukan(ORANG.kabid.PJRS, { 'Target TW II': '2', 'Target tahunan': '11' })).toThrow(
      `${ORANG.kabid.PJRS} tidak berwenang mengusulkan perubahan target unit PSPFM: hanya Kabid unit itu (Kabid PSPFM) dan Tim SAKIP.`,
    );
    expect(s.usulan()).toEqual([]);
  });

  it('records the proposal once, lets only the Tim SAKIP decide, and applies it to PK, form and Rekap', () => {
    const s = siklus();
    const usul = { 'Target TW II': '2', 'Target tahunan': '11' };
    expect(s.ajukan(KABID, usul)).toEqual({
      berubah: true,
      pesan: 'Usulan No. 1 diajukan; menunggu keputusan Tim SAKIP.',
    });
    expect(s.ajukan(KABID, usul).berubah).toBe(false);
    expect(s.usulan()).toMatchObject([
      {
        No: 1,
        'Diajukan oleh': KABID,
        Unit: 'PSPFM',
        'Indikator Kinerja': DTKS,
        'Target semula': 'Target TW II = 3; Target tahunan = 12',
        'Target diusulkan': 'Target TW II = 2; Target tahunan = 11',
        Alasan: ALASAN,
        Keputusan: '',
      },
    ]);
    expect(() => s.panggil('putuskanPerubahanTarget', KABID, 1, true)).toThrow(/tidak berwenang memutuskan/);

    expect(s.panggil('putuskanPerubahanTarget', TIM, 1, true, 'Sesuai surat Kemensos.')).toEqual({
      berubah: true,
      pesan: 'Usulan No. 1 diterima.',
    });
    expect(s.pk()).toMatchObject({ target: 11, targetTriwulan: [3, 2, 3, 3] });
    const form = barisBernama(s.nilai('Form PSPFM'))[1];
    expect([form['Target tahunan'], form['Target periode ini']]).toEqual([11, 2]);
    expect(s.usulan()[0]).toMatchObject({
      Keputusan: 'Diterima',
      'Diputuskan oleh': TIM,
      'Catatan Tim SAKIP': 'Sesuai surat Kemensos.',
    });
    expect(
      s
        .log()
        .filter((r) => r.aksi.startsWith('target-'))
        .map((r) => [r.aksi, r.id, r.pengguna]),
    ).toEqual([
      ['target-diajukan', 'target-diajukan-1', KABID],
      ['target-diterima', 'target-diterima-1', TIM],
    ]);
    // decided once: the same decision again changes nothing, another is refused
    expect(s.panggil('putuskanPerubahanTarget', TIM, 1, true).berubah).toBe(false);
    expect(() => s.panggil('putuskanPerubahanTarget', TIM, 1, false)).toThrow(
      'Usulan No. 1 sudah diterima; keputusan tidak diubah.',
    );

    // the form agrees with the PK again: no finding; the Rekap measures the revised target and says so
    s.panggil('validasiData', TIM);
    expect(
      barisBernama(s.nilai('Temuan')).filter((r) => String(r.Pesan).includes('padahal Perjanjian Kinerja')),
    ).toEqual([]);
    s.panggil('konsolidasi', ORANG.anggota);
    const dtks = tabelRekap(s.nilai('Rekap')).find((r) => r['Indikator Kinerja'] === DTKS)!;
    expect(dtks['Target s.d. periode ini']).toBe(5);
    expect(dtks['Keterangan Capaian']).toMatch(
      /Target direvisi \(usulan No\. 1, diterima \w+, \d+ \w+ 2026 pukul [\d.]+ WIB\): Target TW II = 3; Target tahunan = 12 menjadi Target TW II = 2; Target tahunan = 11\./,
    );
  });

  it('a refused proposal leaves the PK as it was; a PK changed since the proposal is not overwritten', () => {
    const s = siklus();
    s.ajukan(KABID, { 'Target TW II': '4', 'Target tahunan': '13' });
    s.ajukan(KABID, { 'Target TW II': '2', 'Target tahunan': '11' });
    expect(s.panggil('putuskanPerubahanTarget', TIM, 1, false).pesan).toBe('Usulan No. 1 ditolak.');
    expect(s.pk()).toMatchObject({ target: 12, targetTriwulan: [3, 3, 3, 3] });
    s.tulisPengaturan((p) => {
      const i = p.perjanjianKinerja.find((x) => x.indikator === DTKS)!;
      i.targetTriwulan = [3, 5, 3, 3];
      i.target = 14;
    });
    expect(() => s.panggil('putuskanPerubahanTarget', TIM, 2, true)).toThrow(
      /sudah berubah sejak usulan No\. 2 diajukan \(sekarang Target TW II = 5; Target tahunan = 14\)/,
    );
    expect(s.pk()).toMatchObject({ target: 14, targetTriwulan: [3, 5, 3, 3] });
    expect(s.usulan()[1].Keputusan).toBe('');
  });
});
