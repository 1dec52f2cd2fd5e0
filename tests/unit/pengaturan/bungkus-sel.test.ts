import { bungkusPengaturan } from '../../../src/server/domain/pengaturan/bungkus-sel';

describe('bungkusPengaturan', () => {
  const lebar = [100, 100, 100, 100];
  const JUDUL = ['PENANDATANGAN', 'UMUM', 'PELAKSANA LANGKAH'];

  it('wraps a long text whose right neighbour is filled, so the next cell does not cut it', () => {
    const jabatan = 'Kepala Dinas Sosial dan Pemberdayaan Masyarakat dan Desa Kabupaten Banyumas';
    const rows = [
      ['PENANDATANGAN', '', '', ''],
      ['Jabatan', 'Nama', 'NIP', ''],
      [jabatan, 'Ir. WIDARSO, M.M', '19620728 198901 1 001', ''],
    ];
    expect(bungkusPengaturan(rows, lebar, JUDUL)[2]).toEqual([true, true, true, false]);
  });

  it('lets a text run on into empty cells of its block, and wraps it at the block’s last column', () => {
    const margin = 'Margin dokumen, cm (atas; kanan; bawah)';
    const uraian = 'Menyampaikan format pengumpulan data dan informasi';
    const rows = [
      ['UMUM', '', '', ''],
      ['Pengaturan', 'Nilai', '', ''],
      [margin, '', '', ''],
      ['PELAKSANA LANGKAH', '', '', ''],
      ['Langkah', 'Pelaksana', 'Uraian langkah', ''],
      [3, 'Anggota Tim Sakip', uraian, ''],
    ];
    const bungkus = bungkusPengaturan(rows, [150, 150, 150, 150], JUDUL);
    expect(bungkus[2]).toEqual([false, false, false, false]);
    expect(bungkus[5]).toEqual([false, false, true, false]);
  });

  it('leaves block titles, short text and empty cells unwrapped', () => {
    const rows = [
      ['PELAKSANA LANGKAH', '', '', ''],
      ['Kode', 'Nama', '', ''],
      ['', 'x', true, ''],
    ];
    expect(bungkusPengaturan(rows, [50, 50, 50, 50], JUDUL).flat().some(Boolean)).toBe(false);
  });
});
