import fc from 'fast-check';
import { formatNip, validateNip } from '../../../src/server/domain/format/nip';

function reasons(input: string, acuan?: Date): string[] {
  const result = validateNip(input, { acuan });
  return result.ok ? [] : result.alasan;
}

describe('NIP', () => {
  it('accepts a valid NIP written grouped or plain and reads its parts', () => {
    for (const input of ['19620728 198901 1 001', '196207281989011001', ' 19620728198901 1001 ']) {
      const result = validateNip(input);
      expect(result).toEqual({
        ok: true,
        nip: '196207281989011001',
        tertulis: '19620728 198901 1 001',
        tanggalLahir: { year: 1962, month: 7, day: 28 },
        tmtPengangkatan: { year: 1989, month: 1 },
        jenisKelamin: 'laki-laki',
        nomorUrut: 1,
      });
    }
    expect(validateNip('19800229 200312 2 015')).toMatchObject({ ok: true, jenisKelamin: 'perempuan', nomorUrut: 15 });
  });

  it('groups 8 6 1 3', () => {
    expect(formatNip('198507152010011003')).toBe('19850715 201001 1 003');
  });

  it('refuses a wrong length, saying how many digits were written', () => {
    expect(reasons('19620728 198901 1 01')).toEqual(['NIP harus 18 angka, tertulis 17 angka.']);
    expect(reasons('1962072819890110011')).toEqual(['NIP harus 18 angka, tertulis 19 angka.']);
  });

  it('refuses an empty NIP and characters other than digits and spaces', () => {
    expect(reasons('  ')).toEqual(['NIP kosong.']);
    expect(reasons('19620728.198901.1.001')).toEqual(['NIP hanya boleh berisi angka dan spasi, ditemukan ".".']);
  });

  it('refuses an impossible birth date', () => {
    expect(reasons('19621332 198901 1 001')).toEqual(['Tanggal lahir pada NIP (19621332) bukan tanggal yang ada.']);
    expect(reasons('19630229 198901 1 001')).toEqual(['Tanggal lahir pada NIP (19630229) bukan tanggal yang ada.']);
    expect(reasons('19620700 198901 1 001')).toEqual(['Tanggal lahir pada NIP (19620700) bukan tanggal yang ada.']);
    expect(reasons('18991231 198901 1 001')).toEqual(['Tahun lahir pada NIP (1899) tidak masuk akal.']);
  });

  it('refuses an impossible or implausible appointment month', () => {
    expect(reasons('19620728 198913 1 001')).toEqual(['Bulan pengangkatan pada NIP (198913) bukan bulan yang ada.']);
    expect(reasons('19620728 197906 1 001')).toEqual([
      'Pengangkatan pada NIP (Juni 1979) kurang dari 17 tahun setelah tanggal lahir (28 Juli 1962).',
    ]);
    expect(reasons('19620728 197907 1 001')).toEqual([]);
  });

  it('refuses dates after the reference instant when one is given', () => {
    const acuan = new Date('2026-08-21T03:00:00Z');
    expect(reasons('20000101 202609 1 001', acuan)).toEqual([
      'Pengangkatan pada NIP (September 2026) berada di masa depan.',
    ]);
    expect(reasons('20261231 204501 1 001', acuan)).toEqual([
      'Tanggal lahir pada NIP (31 Desember 2026) berada di masa depan.',
      'Pengangkatan pada NIP (Januari 2045) berada di masa depan.',
    ]);
    expect(reasons('20000101 202608 1 001', acuan)).toEqual([]);
  });

  it('refuses a gender digit other than 1 or 2 and sequence 000, listing every problem', () => {
    expect(reasons('19620728 198901 3 001')).toEqual([
      'Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), tertulis 3.',
    ]);
    expect(reasons('19621332 198913 0 000')).toHaveLength(4);
  });

  it('formatNip throws with the reasons for an invalid NIP', () => {
    expect(() => formatNip('19620728 198901 3 001')).toThrow(
      'NIP "19620728 198901 3 001" tidak valid: Angka ke-15 NIP (jenis kelamin) harus 1',
    );
  });

  it('groups any valid NIP so that removing spaces gives the digits back (property)', () => {
    const validNip = fc
      .record({
        birth: fc.date({
          min: new Date('1940-01-01T00:00:00Z'),
          max: new Date('2005-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        yearsLater: fc.integer({ min: 18, max: 40 }),
        month: fc.integer({ min: 1, max: 12 }),
        gender: fc.constantFrom('1', '2'),
        urut: fc.integer({ min: 1, max: 999 }),
      })
      .map(({ birth, yearsLater, month, gender, urut }) => {
        const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
        const tmt = `${birth.getUTCFullYear() + yearsLater}${String(month).padStart(2, '0')}`;
        return `${ymd}${tmt}${gender}${String(urut).padStart(3, '0')}`;
      });
    fc.assert(
      fc.property(validNip, (nip) => {
        const grouped = formatNip(nip);
        expect(grouped).toMatch(/^\d{8} \d{6} [12] \d{3}$/);
        expect(grouped.replace(/ /g, '')).toBe(nip);
        expect(formatNip(grouped)).toBe(grouped);
      }),
    );
  });
});
