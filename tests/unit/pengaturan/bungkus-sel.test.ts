import { bungkusPengaturan } from '../../../src/server/domain/pengaturan/bungkus-sel';

describe('bungkusPengaturan', () => {
  const lebar = [100, 100, 100];

  it('wraps a long text whose right neighbour is filled, so the next cell does not cut it', () => {
    const jabatan = 'Kepala Dinas Sosial dan Pemberdayaan Masyarakat dan Desa Kabupaten Banyumas';
    expect(bungkusPengaturan([[jabatan, 'Ir. WIDARSO, M.M', '19620728 198901 1 001']], lebar)).toEqual([
      [true, true, false],
    ]);
  });

  it('lets a long text run into an empty neighbour and leaves short text and empty cells unwrapped', () => {
    const margin = 'Margin dokumen, cm (atas; kanan; bawah; kiri; kosong: 2; 2; 2; 3)';
    expect(
      bungkusPengaturan(
        [
          [margin, '', ''],
          ['Kode', 'Nama', ''],
          ['', 'x', true],
        ],
        lebar,
      ),
    ).toEqual([
      [false, false, false],
      [false, false, false],
      [false, false, false],
    ]);
  });
});
