import {
  bacaRegister,
  JUDUL_REGISTER,
  putuskanNomor,
  selBarisRegister,
  type BarisRegister,
  type PermintaanNomor,
} from '../../../../src/server/domain/penutup/nomor-surat/register-tab';
import { localMs } from '../../../../src/server/domain/zona-waktu';
const minta = (id: string, at = localMs(2026, 8, 21, 14)): PermintaanNomor => ({
  id,
  siklus: 'Pengukuran Kinerja – Triwulan II Tahun 2026',
  perihal: 'Surat Pengantar',
  oleh: 'sakip.sekretaris@contoh.go.id',
  at: new Date(at),
  format: '{kode}/{urut}/{tahun}',
  kode: '061.1',
  nomorTerakhirAwal: 365,
});

/** The register after the given requests, kept as the sheet would keep it (values written, then read back). */
function register(...permintaan: PermintaanNomor[]): BarisRegister[] {
  let baris: BarisRegister[] = [];
  for (const p of permintaan) {
    const k = putuskanNomor(baris, p);
    if (!k.ok) throw new Error(k.alasan.join('\n'));
    if (k.baru) {
      const nilai = [[...JUDUL_REGISTER], ...[...baris, ...k.tambah].map(selBarisRegister)];
      const baca = bacaRegister(nilai, 'Register Nomor Surat');
      if (!baca.ok) throw new Error(baca.alasan.join('\n'));
      baris = baca.baris;
    }
  }
  return baris;
}

describe('Register Nomor Surat rows', () => {
  it('starts after the last number issued by hand and records where it started', () => {
    const baris = register(minta('a'), minta('b'));
    expect(baris.map((b) => [b.tahun, b.urut, b.nomor, b.id])).toEqual([
      [2026, 365, '', 'awal-2026'],
      [2026, 366, '061.1/366/2026', 'a'],
      [2026, 367, '061.1/367/2026', 'b'],
    ]);
  });

  it('gives an id the number it already has, whatever the date', () => {
    const baris = register(minta('a'), minta('b'));
    const lagi = putuskanNomor(baris, minta('a', localMs(2027, 2, 1, 9)));
    expect(lagi).toMatchObject({ ok: true, baru: false, baris: { nomor: '061.1/366/2026' } });
  });

  it('continues after a number typed into the register by hand, and restarts at 1 in a new year', () => {
    const baris = register(minta('a'));
    baris.push({ ...baris[1], urut: 370, nomor: '061.1/370/2026', id: '' });
    expect(putuskanNomor(baris, minta('b'))).toMatchObject({ baru: true, baris: { urut: 371 } });
    expect(putuskanNomor(baris, minta('c', localMs(2027, 1, 4, 8)))).toMatchObject({
      baru: true,
      baris: { tahun: 2027, urut: 1, nomor: '061.1/1/2027' },
    });
  });

  it('refuses a request dated before the year the register holds', () => {
    const baris = register(minta('a', localMs(2027, 1, 4, 8)));
    const hasil = putuskanNomor(baris, minta('b'));
    expect(hasil.ok).toBe(false);
  });

  it('names the row and column of a hand-typed cell it cannot read, and a missing column', () => {
    const nilai = [[...JUDUL_REGISTER], [2026, 'tiga', '061.1/3/2026', '', '', '', '', '']];
    const hasil = bacaRegister(nilai, 'Register Nomor Surat');
    expect(!hasil.ok && hasil.alasan).toEqual([
      'Tab "Register Nomor Surat", baris 2, kolom "Nomor urut": "tiga" harus bilangan bulat 0 atau lebih.',
    ]);
    const tanpaId = bacaRegister([JUDUL_REGISTER.slice(0, -1)], 'Register Nomor Surat');
    expect(!tanpaId.ok && tanpaId.alasan).toEqual(['Tab "Register Nomor Surat", baris 1: kolom "ID" tidak ditemukan.']);
  });

  it('refuses a register in which a number appears twice, naming it', () => {
    const baris = register(minta('a'));
    baris.push({ ...baris[1], id: 'salinan-tangan' });
    const hasil = putuskanNomor(baris, minta('b'));
    expect(!hasil.ok && hasil.alasan.join(' ')).toContain('nomor urut 366 tercatat lebih dari sekali');
  });

  it('writes text that could become a formula as plain text', () => {
    const [, awal] = register(minta('a'));
    expect(selBarisRegister({ ...awal, perihal: '=IMPORTRANGE("x")' })).toContain('\'=IMPORTRANGE("x")');
  });
});
