import {
  proyeksiPelacakan,
  terapkanPelaksana,
  tautanOutputDariLog,
} from '../../../src/server/domain/pelacakan/proyeksi';
import { BarisLog } from '../../../src/server/domain/pelacakan/log';
import { KALENDER, LANGKAH, ORANG, PERINGATAN, agu, barisLangkah, logSkenario } from './fixture';

const proyeksi = (log: BarisLog[], nowMs: number, langkah = LANGKAH) =>
  proyeksiPelacakan({ langkah, log, kalender: KALENDER, nowMs, peringatan: PERINGATAN });

describe('proyeksiPelacakan: the Pelacakan sheet from the Log', () => {
  const akhir = proyeksi(logSkenario(), agu(24, 9));

  it('gives one row per SOP step with the SOP columns and the working minutes of SKENARIO.md', () => {
    expect(akhir.langkah.map((b) => b.no)).toEqual(LANGKAH.map((s) => s.no));
    expect(akhir.langkah.map((b) => b.durasiMenit)).toEqual([
      10, 75, 20, 30, 150, 240, 570, 30, 60, 20, 40, 15, 20, 10,
    ]);
    expect(akhir.langkah[5]).toMatchObject({
      uraian: LANGKAH[5].uraian,
      pelaksana: 'Anggota Tim Sakip',
      kelengkapan: 'Draf Dokumen Pengukuran Kinerja',
      output: 'Draf Dokumen Pengukuran Kinerja',
      targetMenit: 120,
      mulai: agu(14, 14),
      selesai: agu(18, 9),
      selisihMenit: 120,
      status: 'Selesai terlambat',
      oleh: ORANG['Anggota Tim Sakip'],
    });
    expect(akhir.langkah[0]).toMatchObject({ selisihMenit: -5, status: 'Selesai tepat waktu' });
    expect(akhir.langkah[3]).toMatchObject({ selisihMenit: 0, status: 'Selesai tepat waktu' });
  });

  it('totals the targets (795 minutes for this SOP) against the working minutes actually spent', () => {
    expect(akhir.jumlah).toMatchObject({ uraian: 'Jumlah', targetMenit: 795, durasiMenit: 1290, selisihMenit: 495 });
  });

  it('totals only the steps started so far while the cycle runs', () => {
    const awal = proyeksi(logSkenario(agu(12, 9)), agu(12, 9));
    expect(awal.langkah.map((b) => b.status).slice(0, 3)).toEqual(['Selesai tepat waktu', 'Berjalan', 'Belum dimulai']);
    expect(awal.jumlah).toMatchObject({ targetMenit: 795, durasiMenit: 10 + 30, selisihMenit: -5 - 30 });
    expect(awal.langkah[2]).toMatchObject({ mulai: '', selesai: '', durasiMenit: '', selisihMenit: '', oleh: '' });
  });

  it('lists the steps over their target, running or finished', () => {
    expect(akhir.terlambat).toEqual([2, 5, 6, 7, 11]);
    const berjalanLewat = proyeksi(logSkenario(agu(18, 8)), agu(18, 8));
    expect(berjalanLewat.langkah[5].status).toBe('Terlambat');
    expect(berjalanLewat.terlambat).toContain(6);
  });

  it('counts a running step up to now in working minutes: a weekend and the 17 August holiday add nothing', () => {
    const log = logSkenario(agu(14, 15));
    expect(proyeksi(log, agu(14, 16, 30)).langkah[5].durasiMenit).toBe(150);
    expect(proyeksi(log, agu(17, 15)).langkah[5].durasiMenit).toBe(150);
    expect(proyeksi(log, agu(18, 8)).langkah[5].durasiMenit).toBe(180);
  });

  it('shows the SOP Peringatan once a step of data collection (6 or 7) runs over, not before', () => {
    expect(proyeksi(logSkenario(agu(14, 15)), agu(14, 15, 30)).peringatan).toBeNull();
    // step 5 is late by then, but it is not a data collection step
    expect(proyeksi(logSkenario(agu(14, 15)), agu(14, 15, 30)).terlambat).toContain(5);
    // exactly on target (120 working minutes) is not over
    expect(proyeksi(logSkenario(agu(14, 15)), agu(14, 16)).peringatan).toBeNull();
    expect(proyeksi(logSkenario(agu(14, 15)), agu(14, 16, 1)).peringatan).toBe(
      'Apabila pengumpulan data kinerja tidak terselesaikan dengan baik dan pelaporan akan terhambat',
    );
    expect(akhir.peringatan).toBe(PERINGATAN.teks);
  });

  it('counts only the stretches of work of a reopened step, and keeps its latest note', () => {
    const log = [
      barisLangkah('mulai', 9, [20, 8, 0]),
      barisLangkah('selesai', 9, [20, 8, 30]),
      {
        ...barisLangkah('buka-kembali', 9, [20, 10, 0], 'Koreksi tabel capaian'),
        pengguna: ORANG['Kepala Dinsospermasdes'],
      },
      { ...barisLangkah('selesai', 9, [20, 10, 20]), id: 'L9-selesai-2' },
    ];
    expect(proyeksi(log, agu(21, 8)).langkah[8]).toMatchObject({
      mulai: agu(20, 8),
      selesai: agu(20, 10, 20),
      durasiMenit: 50,
      catatan: 'Koreksi tabel capaian',
      status: 'Selesai tepat waktu',
    });
  });

  it('shows the pelaksana the office assigned in Pengaturan instead of the SOP default', () => {
    const langkah = terapkanPelaksana(LANGKAH, { 3: 'Sek. Tim Sakip', 4: '  ' });
    const hasil = proyeksi([], agu(12, 8), langkah);
    expect(hasil.langkah[2].pelaksana).toBe('Sek. Tim Sakip');
    expect(hasil.langkah[3].pelaksana).toBe(LANGKAH[3].pelaksana);
  });

  it('sets aside events the step rules refuse (a Log edited by hand) and says why', () => {
    const hasil = proyeksi([barisLangkah('selesai', 3, [12, 10, 20])], agu(13, 8));
    expect(hasil.langkah[2].status).toBe('Belum dimulai');
    expect(hasil.ditolak[0].reason).toMatch(/Langkah 3 belum dimulai/);
  });

  it('is a pure function of the Log, the settings and the time: the same input gives the same sheet', () => {
    const log = logSkenario(agu(19, 12));
    expect(proyeksi([...log].reverse(), agu(19, 12))).toEqual(proyeksi(log, agu(19, 12)));
  });
});

describe('tautanOutputDariLog', () => {
  it('takes the latest link written in any Log row about a step', () => {
    const baris = (waktu: number, langkah: number | null, rincian: string): BarisLog => ({
      waktu,
      pengguna: ORANG['Sek. Tim Sakip'],
      aksi: 'dokumen-dibuat',
      langkah,
      rincian,
      id: `d${waktu}`,
    });
    const tautan = tautanOutputDariLog([
      baris(agu(20, 9), 9, 'Draf kedua https://docs.google.com/document/d/B/edit'),
      baris(agu(20, 8), 9, 'Draf https://docs.google.com/document/d/A/edit'),
      baris(agu(20, 10), null, 'https://docs.google.com/document/d/C/edit'),
      baris(agu(20, 11), 12, 'tanpa tautan'),
    ]);
    expect([...tautan]).toEqual([[9, 'https://docs.google.com/document/d/B/edit']]);
  });

  it('leaves out the punctuation that ends the sentence around a link, so every link is a valid URL', () => {
    const baris = (langkah: number, rincian: string): BarisLog => ({
      waktu: agu(20, 9) + langkah,
      pengguna: ORANG['Kepala Dinsospermasdes'],
      aksi: 'dokumen-ditandatangani',
      langkah,
      rincian,
      id: `t${langkah}`,
    });
    const tautan = tautanOutputDariLog([
      baris(11, 'Ditandatangani basah; pindaian https://drive.google.com/file/d/pdf-ttd/view.'),
      baris(12, 'Surat (lihat https://docs.google.com/document/d/S/edit).'),
      baris(13, 'Salinan: https://drive.google.com/file/d/x/view, https://drive.google.com/file/d/y/view;'),
    ]);
    expect([...tautan]).toEqual([
      [11, 'https://drive.google.com/file/d/pdf-ttd/view'],
      [12, 'https://docs.google.com/document/d/S/edit'],
      [13, 'https://drive.google.com/file/d/y/view'],
    ]);
    for (const url of tautan.values()) expect(new globalThis.URL(url).pathname).toMatch(/\/(view|edit)$/);
  });
});
