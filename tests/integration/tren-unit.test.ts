/**
 * The panel's trend of a unit (trenUnit) through Code.js: Triwulan I and II of 2026 started from the workbook's menu,
 * PSPFM's realisasi typed and each Rekap consolidated; then the unit opened in Triwulan II's panel.
 */
import formulirJson from '../../sheets-templates/tab-formulir.json';
import { ORANG } from '../harness/kantor';
import { buatSiklus, type Siklus } from '../harness/siklus';

const SEK = ORANG.sekTim;
const KOLOM_REALISASI = formulirJson.kolom.findIndex((k) => k.isi === 'realisasi') + 1;
/** Musdes DTKS (%, terakhir; targets 40 and 80 in Triwulan I and II): capaian 95 and 90 */
const MUSDES = 'Persentase desa yang melaksanakan';

function siklus(k: Siklus, periode: string, realisasi: number): string {
  const id = k.mulaiSiklus(periode)!;
  k.sebagai(SEK, (ss) => ss.getSheetByName('Form PSPFM')!.getRange(2, KOLOM_REALISASI).setValue(realisasi), id);
  k.panggil('konsolidasi', { oleh: ORANG.anggota, di: id });
  return id;
}

describe('the trend of a unit opened in the panel', () => {
  const k = buatSiklus({ mulai: false });
  const tw1 = siklus(k, 'Triwulan 1 2026', 38);
  const tw2 = siklus(k, 'Triwulan 2 2026', 72);
  const awal = k.world.calls.mark();
  const tren = k.panggil('trenUnit', { oleh: SEK, di: tw2 }, 'PSPFM');
  const calls = k.world.calls.since(awal);

  it('gives each indicator of the unit its capaian and predikat per period, from both cycles', () => {
    expect(tren.periode).toEqual(['TW I 2026', 'TW II 2026']);
    const musdes = tren.indikator.find((i) => i.nama.startsWith(MUSDES))!;
    expect(musdes.capaian).toEqual([
      { nilai: 95, predikat: 'Sangat Tinggi', warna: '#B7E1CD' },
      { nilai: 90, predikat: 'Tinggi', warna: '#D9EAD3' },
    ]);
    expect(tren.catatan).toEqual([]);
    expect(tren.tanpaPeriodeLalu).toBeUndefined();
  });

  it('gives per period the mean capaian of the unit', () => {
    const rata = (n: number) => {
      const ada = tren.indikator.map((i) => i.capaian[n].nilai).filter((v): v is number => v !== null);
      return Math.round((ada.reduce((a, b) => a + b, 0) / ada.length) * 100) / 100;
    };
    expect(tren.rataRata.map((r) => r.nilai)).toEqual([rata(0), rata(1)]);
    expect(tren.rataRata.every((r) => r.predikat !== '')).toBe(true);
  });

  it('opens the earlier cycle once and reads only the unit column and the unit rows of each Rekap', () => {
    // this cycle (the endpoint's argument), then the earlier one
    expect(calls.filter((c) => c.method === 'openById')).toHaveLength(2);
    const dibaca = (id: string) => calls.filter((c) => c.method === 'getValues' && c.document === id);
    const baris = tren.indikator.length;
    expect(dibaca(tw1).map((c) => c.cells)).toEqual([dibaca(tw1)[0].cells, (baris + 1) * 9]);
    // this cycle: its Pengaturan, then the same two reads of its Rekap
    expect(
      dibaca(tw2)
        .slice(1)
        .map((c) => c.cells),
    ).toEqual(dibaca(tw1).map((c) => c.cells));
    expect(calls.some((c) => c.costClass === 'write')).toBe(false);
  });

  it('says so in a sentence when the cycle is the first of its year', () => {
    const pertama = k.panggil('trenUnit', { oleh: ORANG.kabid.PSPFM, di: tw1 }, 'PSPFM');
    expect(pertama.tanpaPeriodeLalu).toBe(
      'Belum ada periode sebelumnya di tahun ini: Triwulan I Tahun 2026 adalah siklus pertama tahunnya, maka tren ' +
        'unit PSPFM baru tampil mulai siklus berikutnya.',
    );
    expect(pertama.periode).toEqual(['TW I 2026']);
  });

  it('names an earlier cycle that can no longer be opened, and still gives this one', () => {
    k.sebagai(
      SEK,
      (ss) =>
        ss
          .createDeveloperMetadataFinder()
          .withKey('pengukuran-kinerja.siklus-setahun')
          .find()[0]
          .setValue(JSON.stringify({ '2026-TW1': 'berkas-yang-sudah-dihapus' })),
      tw2,
    );
    const tanpa = k.panggil('trenUnit', { oleh: SEK, di: tw2 }, 'PSPFM');
    expect(tanpa.periode).toEqual(['TW II 2026']);
    expect(tanpa.catatan).toEqual([
      'Triwulan I Tahun 2026: spreadsheet siklusnya tidak dapat dibuka (dihapus, dipindah atau tidak dibagikan kepada Anda).',
    ]);
  });

  it('refuses someone outside the unit, the Tim SAKIP and the Kepala, and a unit not in Pengaturan', () => {
    expect(() => k.panggil('trenUnit', { oleh: ORANG.kabid.PJRS, di: tw2 }, 'PSPFM')).toThrow(
      `${ORANG.kabid.PJRS} tidak berwenang melihat tren unit PSPFM: hanya Kabid dan orang unit itu, Tim SAKIP dan Kepala.`,
    );
    expect(() => k.panggil('trenUnit', { oleh: SEK, di: tw2 }, 'XYZ')).toThrow(
      'Unit "XYZ" tidak ada di tab Pengaturan (blok UNIT KERJA) siklus ini.',
    );
  });
});
