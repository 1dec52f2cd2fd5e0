import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSop } from '../../../src/server/domain/sop/importer';

/**
 * Another office SOP in the same Permendagri 52/2011 form: three pelaksana columns, five steps, waktu written as
 * "10 menit", "2 jam" and "1,5 jam", the table split by a page break, a different kop and signer.
 */
const teks = readFileSync(join(__dirname, '../../fixtures/sop-lain-penyusunan-renja.txt'), 'utf8');

describe('importSop on another SOP of the same form', () => {
  const hasil = importSop(teks);
  const template = hasil.ok ? hasil.template : null;

  it('reads its own pelaksana columns and all five steps with their minutes', () => {
    expect(hasil.ok).toBe(true);
    expect(template?.pelaksanaKolom).toEqual(['Kepala Dinas', 'Kasubag Perencanaan', 'Staf Perencanaan']);
    expect(template?.steps.map((s) => [s.no, s.waktuMenit])).toEqual([
      [1, 10],
      [2, 120],
      [3, 90],
      [4, 60],
      [5, 15],
    ]);
  });

  it('keeps kelengkapan, output and keterangan in their columns on both sides of the page break', () => {
    expect(template?.steps[2]).toMatchObject({
      kelengkapan: 'Rancangan awal',
      output: 'Notulen',
      keterangan: 'Rapat internal',
    });
    expect(template?.steps[4]).toMatchObject({ kelengkapan: 'Rancangan akhir', output: 'Renja', keterangan: '' });
  });

  it('takes the pelaksana a step names, and reads the header and signer', () => {
    expect(template?.steps[0].pelaksana).toBe('Kepala Dinas');
    expect(template?.steps[4].pelaksana).toBe('Kepala Dinas');
    expect(template?.header).toMatchObject({
      judul: 'Penyusunan Rencana Kerja',
      nomor: '050/12',
      tanggalEfektif: '1 April 2023',
      instansi: ['PEMERINTAH KABUPATEN CONTOH', 'DINAS CONTOH'],
      disahkanOleh: { nama: 'Dr. SITI AMINAH, M.Si', pangkat: 'Pembina Tingkat I', nip: '19700512 199503 2 002' },
    });
  });
});
