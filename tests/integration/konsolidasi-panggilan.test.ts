import formulirJson from '../../sheets-templates/tab-formulir.json';
import { UNIT } from '../harness/kantor';
import { tanpaWaktu } from '../harness/log';
import { potretTab } from '../harness/potret';
import { ANGGOTA, isiSkenario, PEMILIK, siklus, tabelRekap, tabForm, type Siklus } from './konsolidasi-siklus';

/** A cycle whose every unit form holds `n` filled indicators (written by the Tim SAKIP in one block each). */
function siklusBesar(n: number) {
  const s = siklus();
  const kolom = formulirJson.kolom.map((k) => k.isi);
  s.sebagai(PEMILIK, (ss) => {
    for (const kode of UNIT) {
      const baris = Array.from({ length: n }, (_, i) =>
        kolom.map((isi) => {
          if (isi === 'sasaran') return `Sasaran ${(i % 3) + 1}`;
          if (isi === 'indikator') return `Indikator ${kode} ${i + 1}`;
          if (isi === 'satuan') return '%';
          if (isi === 'polaritas') return 'positif';
          if (isi === 'target') return 100;
          if (isi === 'realisasi') return i % 4 === 0 ? '' : 50 + i;
          return '';
        }),
      );
      ss.getSheetByName(`Form ${kode}`)!.getRange(2, 1, n, kolom.length).setValues(baris);
    }
  });
  return s;
}

/** Every call one consolidation makes, local ones included. */
const panggilanKonsolidasi = (s: Siklus) => {
  const awal = s.world.calls.mark();
  s.konsolidasi(ANGGOTA);
  return s.world.calls.since(awal);
};
const layanan = (s: Siklus) => panggilanKonsolidasi(s).filter((c) => c.costClass !== 'local');

describe('konsolidasi: service calls and failures', () => {
  it('makes as many service calls with 200 indicators per unit as with 10', () => {
    const kecil = layanan(siklusBesar(10));
    const besar = siklusBesar(200);
    const banyak = layanan(besar);
    expect(banyak.length).toBe(kecil.length);
    const jumlah = (xs: typeof banyak, method: string, type = 'Range') =>
      xs.filter((c) => c.type === type && c.method === method).length;
    // one getValues per form, one of the Pengaturan, one of the Perubahan Target tab, one of the Anggaran tab and three
    // of the Log (for the Rekap's Log row, then to append, and its header row to append under)
    expect(jumlah(banyak, 'getValues')).toBe(UNIT.length + 6);
    // the Rekap's values in one write, plus one Log row appended
    expect(jumlah(banyak, 'setValues')).toBe(kecil.length ? jumlah(kecil, 'setValues') : -1);
    expect(tabelRekap(besar.nilai('Rekap'))).toHaveLength(5 * 201);
  });

  it('converges to the clean result when re-run after a failure at any of many calls', () => {
    const bersih = siklus();
    isiSkenario(bersih);
    const jumlah = panggilanKonsolidasi(bersih).length;
    expect(jumlah).toBeGreaterThan(20);
    const hasilBersih = potretTab(bersih.berkas(), (n) => n === 'Rekap' || tabForm(n));
    const logBersih = tanpaWaktu(bersih.log());

    for (let n = 1; n <= jumlah; n += 3) {
      const s = siklus();
      isiSkenario(s);
      const seq = s.world.calls.mark() + n;
      s.world.faults.failAt(seq, 'Service Spreadsheets failed while accessing document with id x.');
      let gagal = true;
      try {
        s.konsolidasi(ANGGOTA);
        gagal = false;
      } catch {
        s.konsolidasi(ANGGOTA);
      }
      const panggilan = s.world.calls.records[seq - 1];
      const beda = Object.entries(potretTab(s.berkas(), (x) => x === 'Rekap' || tabForm(x)))
        .filter(([tab, isi]) => hasilBersih[tab] !== isi)
        .map(([tab]) => tab);
      expect({ n, gagal, panggilan: panggilan && `${panggilan.type}.${panggilan.method}`, beda }).toEqual({
        n,
        gagal: true,
        panggilan: panggilan && `${panggilan.type}.${panggilan.method}`,
        beda: [],
      });
      expect(tanpaWaktu(s.log())).toEqual(logBersih);
    }
  });
});
