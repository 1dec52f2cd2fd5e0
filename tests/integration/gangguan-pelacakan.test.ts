/**
 * Actions killed after their Log write, before Pelacakan is drawn from it: the retry answers that the action was done
 * and brings the Pelacakan tab up to date, so the step shows as done there too (issue 16, the fault sweep).
 */
import pelacakanJson from '../../sheets-templates/tab-pelacakan.json';
import { matikanSetelah } from '../harness/gangguan';
import { agu, ORANG, UNIT } from '../harness/kantor';
import { buatSiklus, oleh, type Siklus } from '../harness/siklus';
import { barisBernama } from '../harness/tabel';
import { buat, siklus as siklusDokumen } from './dokumen-siklus';
import { ditandatangani, jumat, kantor, TUJUAN } from './surat-arsip-siklus';

const JADWAL = { mulaiMs: agu(18, 9), selesaiMs: agu(18, 11), tempat: 'Aula' };

/** Kills `aksi` right after step `no` is recorded finished in the Log; the Pelacakan "Selesai" before and after retry. */
function ulangSesudahLog(s: Siklus, no: number, aksi: () => unknown) {
  const selesai = () => s.log().some((r) => r.aksi === 'selesai' && r.langkah === no);
  const diPelacakan = () => barisBernama(s.nilai(pelacakanJson.nama)).find((r) => r.No === no)!.Selesai;
  matikanSetelah(s.script, s.id, aksi, selesai);
  const sebelum = diPelacakan();
  const jumlahLog = s.log().length;
  const hasil = aksi();
  return { sebelum, sesudah: diPelacakan(), hasil, logBertambah: s.log().length - jumlahLog };
}

const terkirim = () => {
  const s = buatSiklus({ batas: '2026-08-21 16:00' });
  s.panggil('kirimFormulir', oleh(ORANG.anggota, agu(12, 10)));
  return s;
};

describe('a retry after the Log write draws Pelacakan', () => {
  it('undangRapat: step 4', () => {
    const s = terkirim();
    const r = ulangSesudahLog(s, 4, () => s.panggil('undangRapat', oleh(ORANG.sekTim, agu(13, 10)), JADWAL));
    expect([r.sebelum, r.sesudah, r.logBertambah]).toEqual(['', agu(13, 10), 0]);
    expect(r.hasil).toMatchObject({ berubah: false });
  });

  it('rapatSelesai: step 5', () => {
    const s = terkirim();
    s.panggil('undangRapat', oleh(ORANG.sekTim, agu(13, 10)), JADWAL);
    const r = ulangSesudahLog(s, 5, () => s.panggil('rapatSelesai', oleh(ORANG.sekTim, agu(18, 11)), 'Hadir semua.'));
    expect([r.sebelum, r.sesudah, r.logBertambah]).toEqual(['', agu(18, 11), 0]);
    expect(r.hasil).toMatchObject({ berubah: false });
  });

  it('serahkanKePetugasData: step 8', () => {
    const s = terkirim();
    const baris = (aksi: string, id: string) => ({
      waktu: agu(20, 9),
      pengguna: ORANG.sekTim,
      aksi,
      langkah: null,
      rincian: '',
      id,
    });
    s.tulisLog([...UNIT.map((k) => baris('unit-disahkan', `unit-disahkan-${k}`)), baris('rekap-disusun', 'rekap')]);
    const r = ulangSesudahLog(s, 8, () => s.panggil('serahkanKePetugasData', oleh(ORANG.anggota, agu(20, 10))));
    expect([r.sebelum, r.sesudah, r.logBertambah]).toEqual(['', agu(20, 10), 0]);
  });

  it('koreksiSelesai, kirimUntukPersetujuan and catatPenandatanganan: steps 9, 10 and 11', () => {
    const s = siklusDokumen();
    s.world.clock.set(agu(19, 15));
    buat(s);
    const koreksi = ulangSesudahLog(s, 9, () => {
      s.panggil('kirimUntukKoreksi', oleh(ORANG.sekTim, agu(20, 8)));
      return s.panggil('koreksiSelesai', oleh(ORANG.kepala, agu(20, 9)), 'Tidak ada koreksi.');
    });
    expect([koreksi.sebelum, koreksi.sesudah, koreksi.logBertambah]).toEqual(['', agu(20, 9), 0]);
    const setuju = ulangSesudahLog(s, 10, () =>
      s.panggil('kirimUntukPersetujuan', oleh(ORANG.sekretaris, agu(20, 10))),
    );
    expect([setuju.sebelum, setuju.sesudah, setuju.logBertambah]).toEqual(['', agu(20, 10), 0]);
    const ttd = { cara: 'TTE' as const, tautanPdf: 'https://drive.google.com/file/d/ttebsre0001/view' };
    const tanda = ulangSesudahLog(s, 11, () => s.panggil('catatPenandatanganan', oleh(ORANG.sekTim, agu(20, 11)), ttd));
    expect([tanda.sebelum, tanda.sesudah, tanda.logBertambah]).toEqual(['', agu(20, 11), 0]);
  });

  it('buatSuratPengantar: step 12', () => {
    const k = kantor();
    ditandatangani(k);
    const r = ulangSesudahLog(k, 12, () =>
      k.panggil('buatSuratPengantar', { oleh: ORANG.sekTim, pada: jumat(14, 15), di: k.tw2 }, TUJUAN),
    );
    expect([r.sebelum, r.sesudah, r.logBertambah]).toEqual(['', jumat(14, 15), 0]);
    expect(r.hasil).toMatchObject({ berubah: false });
  });
});
