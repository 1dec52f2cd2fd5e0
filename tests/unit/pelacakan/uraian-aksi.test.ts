import * as aksiLog from '../../../src/server/domain/pelacakan/aksi-log';
import { uraianAksi } from '../../../src/server/domain/pelacakan/uraian-aksi';

/** Every action code the add-in writes to the Log's Aksi column (the cover letter's Log ID is no action). */
const { ID_NOMOR_SURAT_PENGANTAR: _id, ...daftarAksi } = aksiLog;
const semuaKode = Object.values(daftarAksi).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));

describe('uraianAksi', () => {
  it('says the Log actions in words', () => {
    expect(
      ['rekap-disusun', 'formulir-dikirim', 'mulai', 'buka-kembali', 'data-diserahkan-dijadwalkan'].map(uraianAksi),
    ).toEqual([
      'Rekap disusun',
      'Formulir dikirim',
      'Langkah dimulai',
      'Langkah dibuka kembali',
      'Penyerahan data dimulai',
    ]);
  });

  it('gives every action its own words, none of them a code', () => {
    expect(semuaKode.length).toBeGreaterThan(35);
    const kata = semuaKode.map(uraianAksi);
    expect(new Set(kata).size).toBe(semuaKode.length);
    for (const k of kata) expect(k).toMatch(/^[A-Z][^-]*$/);
  });

  it('reads a code it has no words for as its parts', () => {
    expect(uraianAksi('aksi-baru')).toBe('Aksi baru');
  });
});
