import fc from 'fast-check';
import {
  checkRegister,
  issueNumber,
  raiseLastIssued,
  startRegister,
  type NumberRegister,
  type NumberRequest,
} from '../../../../src/server/domain/penutup/nomor-surat/register';

function register(tahun: number, lastIssued = 0): NumberRegister {
  const result = startRegister(tahun, lastIssued);
  if (!result.ok) throw new Error(result.alasan.join('\n'));
  return result.register;
}

const base: NumberRequest = {
  format: '{kode}/{urut}/{tahun}',
  kode: '061.1',
  at: new Date('2026-08-21T02:00:00Z'),
  by: 'sekretaris@example.go.id',
  purpose: 'Surat pengantar dokumen pengukuran kinerja',
};

function issue(reg: NumberRegister, request: Partial<NumberRequest> = {}) {
  const result = issueNumber(reg, { ...base, ...request });
  if (!result.ok) throw new Error(result.alasan.join('\n'));
  return result;
}

describe('letter-number register', () => {
  it('continues from a configured last-issued number', () => {
    const first = issue(register(2026, 365));
    expect(first.nomor).toBe('061.1/366/2026');
    expect(first.entry).toEqual({
      nomor: '061.1/366/2026',
      urut: 366,
      at: '2026-08-21T02:00:00.000Z',
      by: 'sekretaris@example.go.id',
      purpose: 'Surat pengantar dokumen pengukuran kinerja',
    });
    expect(first.register).toEqual({ tahun: 2026, lastIssued: 366, issued: [first.entry] });
    expect(first.closedRegister).toBeNull();
  });

  it('issues consecutive numbers and leaves the input register untouched', () => {
    const start = register(2026);
    const a = issue(start);
    const b = issue(a.register, { format: '{kode}/{urut}/{unit}/{bulan}/{tahun}', unit: 'Sekre' });
    expect([a.nomor, b.nomor]).toEqual(['061.1/1/2026', '061.1/2/Sekre/VIII/2026']);
    expect(start).toEqual({ tahun: 2026, lastIssued: 0, issued: [] });
    expect(b.register.issued.map((e) => e.urut)).toEqual([1, 2]);
  });

  it('restarts the sequence in a new WIB year and hands back the closed register', () => {
    const dec = issue(register(2025, 410), { at: new Date('2025-12-31T16:59:00Z') });
    expect(dec.nomor).toBe('061.1/411/2025');
    // 17:00 UTC on 31 December is already 1 January in Jakarta
    const jan = issue(dec.register, { at: new Date('2025-12-31T17:00:00Z') });
    expect(jan.nomor).toBe('061.1/1/2026');
    expect(jan.register).toEqual({ tahun: 2026, lastIssued: 1, issued: [jan.entry] });
    expect(jan.closedRegister).toBe(dec.register);
  });

  it('refuses a request dated in a year before the register', () => {
    const result = issueNumber(register(2026, 5), { ...base, at: new Date('2025-12-30T03:00:00Z') });
    expect(result).toEqual({
      ok: false,
      alasan: [
        'Tanggal permintaan (30 Desember 2025) jatuh sebelum tahun register nomor surat (2026); ' +
          'nomor tahun yang sudah ditutup tidak dapat dikeluarkan lagi.',
      ],
    });
  });

  it('never reuses a (year, urut) pair when the format changes (property)', () => {
    const formats = ['{kode}/{urut}/{tahun}', '{kode}/{urut}', '{urut}/{unit}/{bulan}/{tahun}', 'B-{urut}'];
    const step = fc.record({ format: fc.constantFrom(...formats), dayOffset: fc.integer({ min: 0, max: 40 }) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.array(step, { maxLength: 40 }), (startAt, steps) => {
        let reg = register(2025, startAt);
        let day = Date.UTC(2025, 10, 1, 3);
        const pairs = new Set<string>();
        for (const s of steps) {
          day += s.dayOffset * 86_400_000;
          const result = issue(reg, { format: s.format, unit: 'Sekre', at: new Date(day) });
          const pair = `${result.register.tahun}/${result.entry.urut}`;
          expect(pairs.has(pair)).toBe(false);
          pairs.add(pair);
          expect(result.entry.urut).toBe(result.closedRegister ? 1 : reg.lastIssued + 1);
          reg = result.register;
        }
      }),
    );
  });

  it('refuses to issue a number string that is already in the register', () => {
    // "{kode}{urut}" without a separator: kode 06 + urut 11 collides with kode 061 + urut 1
    const reg: NumberRegister = {
      tahun: 2026,
      lastIssued: 10,
      issued: [{ nomor: '0611', urut: 1, at: '2026-01-05T02:00:00.000Z', by: 'a', purpose: 'b' }],
    };
    expect(issueNumber(reg, { ...base, format: '{kode}{urut}', kode: '06' })).toEqual({
      ok: false,
      alasan: ['Nomor 0611 sudah pernah dikeluarkan tahun 2026; periksa format nomor surat.'],
    });
  });

  it('reports format errors, missing requester and purpose together', () => {
    const result = issueNumber(register(2026), { ...base, format: '{kode}/{no}', by: ' ', purpose: '' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.alasan).toEqual([
      'Format nomor surat "{kode}/{no}": bagian {no} tidak dikenal; yang dapat dipakai: {kode}, {urut}, {unit}, {bulan}, {tahun}.',
      'Format nomor surat "{kode}/{no}": wajib memuat {urut} (nomor urut surat).',
      'Peminta nomor surat kosong.',
      'Perihal (keperluan) nomor surat kosong.',
    ]);
  });

  it('refuses an invalid request time and an empty kode', () => {
    expect(issueNumber(register(2026), { ...base, at: new Date('x') })).toEqual({
      ok: false,
      alasan: ['Waktu permintaan nomor surat tidak valid.'],
    });
    expect(issueNumber(register(2026), { ...base, kode: '' })).toEqual({
      ok: false,
      alasan: ['Format nomor surat memakai {kode} tetapi kode klasifikasi kosong.'],
    });
  });

  it('only raises the last-issued number', () => {
    const reg = issue(register(2026, 10)).register;
    expect(raiseLastIssued(reg, 365)).toMatchObject({ ok: true, register: { lastIssued: 365 } });
    expect(raiseLastIssued(reg, 5)).toEqual({
      ok: false,
      alasan: [
        'Nomor terakhir hanya dapat dinaikkan (sekarang 11, diminta 5): nomor yang sudah keluar tidak boleh dipakai lagi.',
      ],
    });
  });

  it('refuses a stored register that is malformed or inconsistent', () => {
    expect(checkRegister(null)).toEqual({
      ok: false,
      alasan: [
        'Register nomor surat: tahun harus bilangan bulat empat angka, tertulis undefined.',
        'Register nomor surat: nomor terakhir harus bilangan bulat 0 atau lebih, tertulis undefined.',
        'Register nomor surat: daftar nomor yang sudah keluar (issued) tidak ada.',
      ],
    });
    const entry = { nomor: 'A/1', urut: 1, at: '2026-01-05T02:00:00.000Z', by: 'a', purpose: 'b' };
    expect(
      checkRegister({
        tahun: 2026,
        lastIssued: 2,
        issued: [entry, { ...entry, nomor: 'A/1x' }, { ...entry, urut: 2 }, { ...entry, urut: 3, nomor: '' }],
      }),
    ).toEqual({
      ok: false,
      alasan: [
        'Register nomor surat 2026, baris 2: nomor urut 1 tercatat lebih dari sekali.',
        'Register nomor surat 2026, baris 3: nomor A/1 tercatat lebih dari sekali.',
        'Register nomor surat 2026, baris 4: nomor urut 3 di luar 1–2 (nomor terakhir).',
        'Register nomor surat 2026, baris 4: nomor surat kosong.',
      ],
    });
    expect(startRegister(2026, -1).ok).toBe(false);
    expect(issueNumber({ tahun: 2026, lastIssued: 1.5, issued: [] }, base).ok).toBe(false);
  });
});
