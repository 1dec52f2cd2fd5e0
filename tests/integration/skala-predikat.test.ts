/** The predikat scale is the cycle's own (SKALA PREDIKAT block of Pengaturan), through Code.js. */
import { ORANG } from '../harness/kantor';
import { isiSkenario, siklus, tabelRekap } from './konsolidasi-siklus';

describe('the Rekap and the summary use the scale the Tim SAKIP wrote in Pengaturan', () => {
  it('four bands with other labels replace the five built-in ones', () => {
    const s = siklus();
    s.tulisPengaturan((p) => {
      p.skala = {
        ...p.skala,
        pita: [
          { min: 100, max: null, label: 'Sangat Berhasil', warna: '#00ff00' },
          { min: 75, max: 99, label: 'Berhasil', warna: '#00aa00' },
          { min: 55, max: 74, label: 'Cukup Berhasil', warna: '#ffff00' },
          { min: null, max: 54, label: 'Kurang Berhasil', warna: '#ff0000' },
        ],
      };
    });
    isiSkenario(s);
    s.konsolidasi(ORANG.anggota);
    const tabel = tabelRekap(s.nilai('Rekap'));
    const predikat = (awalan: string) => tabel.find((r) => String(r['Indikator Kinerja']).startsWith(awalan))!.Predikat;
    // 85 of 80 → 106,25; 72 of 80 → 90; the stable indicator at 20
    expect(predikat('Persentase desa yang melaksanakan')).toBe('Sangat Berhasil');
    expect(predikat('Persentase PPKS terlantar')).toBe('Berhasil');
    expect(predikat('Persentase realisasi anggaran')).toBe('Kurang Berhasil');
    const ringkasan = s.nilai('Rekap').map((r) => r[1]);
    expect(ringkasan).toEqual(
      expect.arrayContaining(['Sangat Berhasil', 'Berhasil', 'Cukup Berhasil', 'Kurang Berhasil']),
    );
    expect(ringkasan).not.toContain('Sangat Tinggi');
  });
});
