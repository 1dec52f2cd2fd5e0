import { guessPelaksana } from '../../../src/server/domain/sop/pelaksana-guess';

const COLUMNS = ['Kepala Dinas', 'Kepala Dinas Sosial', 'Sekretaris', 'Anggota Tim'];

describe('guessPelaksana', () => {
  it.each([
    ['an actor before the verb, written as a column', 'Sekretaris menyampaikan laporan', 4, 'Sekretaris', 'uraian'],
    [
      'the longest column the actor is written as',
      'Kepala Dinas Sosial menandatangani surat',
      4,
      'Kepala Dinas Sosial',
      'uraian',
    ],
    ['an actor after "oleh"', 'Penandatanganan dokumen oleh Sekretaris, lalu diarsip', 4, 'Sekretaris', 'uraian'],
    ['a column sharing the first word', 'Kepala Badan mengoreksi dokumen', 4, 'Kepala Dinas', 'kolom-serupa'],
    ['a position title that is no column, as an extra role', 'Kabid Menghimpun data', 4, 'Kabid', 'peran-tambahan'],
    [
      'the capitalised title words only',
      'Pemeriksaan oleh Kasubbag Umum masing-masing bagian',
      4,
      'Kasubbag Umum',
      'peran-tambahan',
    ],
    ['a lower-case title after "oleh"', 'Pemeriksaan oleh kabid bidang terkait', 4, 'kabid', 'peran-tambahan'],
    ['no actor: step 1 to the first column', 'Memerintahkan penyusunan laporan', 1, 'Kepala Dinas', 'bawaan'],
    ['no actor: other steps to the last column', 'Penggandaan dokumen.', 5, 'Anggota Tim', 'bawaan'],
    ['a subject that is no position', 'Rapat membahas hasil pengukuran', 5, 'Anggota Tim', 'bawaan'],
    ['an object named after the verb', 'Mengundang Kepala Dinas untuk rapat', 3, 'Anggota Tim', 'bawaan'],
    ['a subject too long to be an actor', 'Data dan informasi kinerja unit menjadi bahan', 3, 'Anggota Tim', 'bawaan'],
  ])('takes %s', (_name, uraian, stepNo, pelaksana, dasar) => {
    expect(guessPelaksana(uraian, stepNo, COLUMNS)).toMatchObject({ pelaksana, dasar });
  });

  it('reports the actor as the uraian names it', () => {
    expect(guessPelaksana('Kepala Badan mengoreksi dokumen', 9, COLUMNS).disebut).toBe('Kepala Badan');
  });
});
