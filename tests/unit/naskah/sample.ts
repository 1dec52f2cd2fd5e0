import kantorJson from '../../../sheets-templates/kantor.json';
import { readKantor, type Kantor } from '../../../src/server/domain/naskah/kantor';
import { type DokumenInput } from '../../../src/server/domain/dokumen/pengukuran-kinerja';
import { type SuratPengantarInput } from '../../../src/server/domain/penutup/surat-pengantar';

export function defaultKantor(): Kantor {
  const result = readKantor(kantorJson);
  if (!result.ok) throw new Error(result.alasan.join('\n'));
  return result.kantor;
}

const PREDIKAT = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'];

export function dokumenInput(): DokumenInput {
  const kantor = defaultKantor();
  return {
    kop: kantor.kop,
    periode: 'TRIWULAN II TAHUN 2026',
    sampai: 'TW II',
    sebelumnya: null,
    tempat: kantor.tempat,
    tanggal: new Date('2026-08-21T02:00:00Z'),
    tahun: 2026,
    penandatangan: kantor.penandatangan,
    units: [
      {
        nama: 'Sekretariat',
        rows: [
          {
            sasaran: 'Meningkatnya akuntabilitas kinerja perangkat daerah',
            indikator: 'Persentase dokumen kinerja yang disampaikan tepat waktu',
            satuan: '%',
            target: 100,
            targetTahunan: 100,
            realisasi: 87.5,
            capaian: 87.5,
            predikat: 'Tinggi',
          },
          {
            sasaran: 'Meningkatnya kualitas pengelolaan keuangan',
            indikator: 'Persentase realisasi anggaran',
            satuan: '%',
            target: 95,
            targetTahunan: 95,
            realisasi: 1234.567,
            capaian: 1299.5442,
            predikat: 'Sangat Tinggi',
          },
          {
            sasaran: 'Meningkatnya akuntabilitas kinerja perangkat daerah',
            indikator: 'Nilai evaluasi SAKIP Perangkat Daerah',
            satuan: 'nilai (0-100)',
            target: 70,
            targetTahunan: 70,
            realisasi: null,
            capaian: null,
            predikat: null,
          },
        ],
      },
      {
        nama: 'Bidang Pemberdayaan Masyarakat',
        rows: [
          {
            sasaran: 'Meningkatnya kemandirian desa',
            indikator: 'Jumlah desa mandiri',
            satuan: 'desa',
            target: 12,
            targetTahunan: 24,
            realisasi: -3,
            capaian: 0,
            predikat: 'Sangat Rendah',
          },
        ],
      },
    ],
    ringkasan: {
      predikat: PREDIKAT,
      perUnit: [
        { nama: 'Sekretariat', rataRataCapaian: 693.52, jumlahPerPredikat: { 'Sangat Tinggi': 1, Tinggi: 1 } },
        { nama: 'Bidang Pemberdayaan Masyarakat', rataRataCapaian: 0, jumlahPerPredikat: { 'Sangat Rendah': 1 } },
      ],
      keseluruhan: {
        rataRataCapaian: 462.348,
        jumlahPerPredikat: { 'Sangat Tinggi': 1, Tinggi: 1, 'Sangat Rendah': 1 },
      },
    },
  };
}

export function suratPengantarInput(): SuratPengantarInput {
  const kantor = defaultKantor();
  return {
    bentuk: 'surat pengantar',
    kop: kantor.kop,
    tempat: kantor.tempat,
    tanggal: new Date('2026-08-21T02:00:00Z'),
    nomor: '000.8.6.3/8/2026',
    hal: 'Penyampaian Dokumen Pengukuran Kinerja',
    kepada: { yth: 'Kepala Bappedalitbang Kabupaten Banyumas', di: 'Purwokerto' },
    items: [
      { naskah: 'Dokumen Pengukuran Kinerja Triwulan II Tahun 2026', jumlah: 1, keterangan: 'Dikirim dengan hormat' },
      { naskah: 'Salinan Dokumen Pengukuran Kinerja untuk Bappeda, Inspektorat dan Arsip', jumlah: 3, keterangan: '' },
    ],
    tembusan: ['Bappeda Kabupaten Banyumas', 'Inspektorat Kabupaten Banyumas', 'Arsip Dinsospermasdes'],
    penandatangan: kantor.penandatangan,
  };
}
