import pangkatJson from '../../../sheets-templates/pangkat.json';
import { findPangkat, formatPangkatGolongan, readPangkatTable, type Pangkat } from '../../../src/server/domain/format';

function defaultTable(): Pangkat[] {
  const result = readPangkatTable(pangkatJson);
  if (!result.ok) throw new Error(result.alasan.join('\n'));
  return result.pangkat;
}

describe('pangkat table', () => {
  it('reads the shipped table, IV/a Pembina to IV/e Pembina Utama included', () => {
    const table = defaultTable();
    expect(table.filter((p) => p.golongan.startsWith('IV/'))).toEqual([
      { golongan: 'IV/a', nama: 'Pembina' },
      { golongan: 'IV/b', nama: 'Pembina Tingkat I' },
      { golongan: 'IV/c', nama: 'Pembina Utama Muda' },
      { golongan: 'IV/d', nama: 'Pembina Utama Madya' },
      { golongan: 'IV/e', nama: 'Pembina Utama' },
    ]);
    expect(findPangkat(table, 'III/d')?.nama).toBe('Penata Tingkat I');
    expect(findPangkat(table, 'II/a')?.nama).toBe('Pengatur Muda');
  });

  it('finds a pangkat by golongan written loosely or by name', () => {
    const table = defaultTable();
    expect(findPangkat(table, 'iv / C')?.nama).toBe('Pembina Utama Muda');
    expect(findPangkat(table, '  pembina   utama muda ')?.golongan).toBe('IV/c');
    expect(findPangkat(table, 'V/a')).toBeUndefined();
    expect(formatPangkatGolongan(findPangkat(table, 'IV/c')!)).toBe('Pembina Utama Muda (IV/c)');
  });

  it('reports malformed rows by their row number', () => {
    expect(readPangkatTable(null)).toEqual({ ok: false, alasan: ['Tabel pangkat harus berisi daftar "pangkat".'] });
    expect(
      readPangkatTable({
        pangkat: [
          { golongan: 'IV/a', nama: 'Pembina' },
          { golongan: 'IV-b', nama: 'X' },
          { golongan: 'IV/c', nama: ' ' },
          { golongan: 'IV/a', nama: 'Lagi' },
          null,
        ],
      }),
    ).toEqual({
      ok: false,
      alasan: [
        'Tabel pangkat baris 2: golongan harus seperti "IV/c", tertulis "IV-b".',
        'Tabel pangkat baris 3: nama pangkat kosong.',
        'Tabel pangkat baris 4: golongan IV/a tercantum lebih dari sekali.',
        'Tabel pangkat baris 5: golongan harus seperti "IV/c", tertulis undefined.',
      ],
    });
  });
});
