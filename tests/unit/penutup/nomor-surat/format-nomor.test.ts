import {
  parseNumberFormat,
  renderNumber,
  type NumberFormat,
} from '../../../../src/server/domain/penutup/nomor-surat/format-nomor';

function parsed(source: string): NumberFormat {
  const result = parseNumberFormat(source);
  if (!result.ok) throw new Error(result.alasan.join('\n'));
  return result.format;
}

function errors(source: string): string[] {
  const result = parseNumberFormat(source);
  return result.ok ? [] : result.alasan;
}

describe('letter-number format', () => {
  it('renders kode, urut, unit, Roman month and year', () => {
    const values = { kode: '000.8', urut: 8, unit: 'Sekre', bulan: 8, tahun: 2026 };
    expect(renderNumber(parsed('{kode}/{urut}/{tahun}'), values)).toEqual({ ok: true, nomor: '000.8/8/2026' });
    expect(renderNumber(parsed('{kode}/{urut}/{unit}/{bulan}/{tahun}'), values)).toEqual({
      ok: true,
      nomor: '000.8/8/Sekre/VIII/2026',
    });
    expect(renderNumber(parsed('{kode}/{urut}'), { ...values, kode: ' 061.1 ', urut: 366 })).toEqual({
      ok: true,
      nomor: '061.1/366',
    });
  });

  it('accepts placeholders in any case and with inner spaces, and keeps literal text', () => {
    expect(parsed('B-{ URUT }/{Kode}').parts).toEqual([
      { literal: 'B-' },
      { placeholder: 'urut' },
      { literal: '/' },
      { placeholder: 'kode' },
    ]);
  });

  it('names an unknown placeholder and lists the ones that exist', () => {
    expect(errors('{kode}/{nomor}/{tahun}')).toEqual([
      'Format nomor surat "{kode}/{nomor}/{tahun}": bagian {nomor} tidak dikenal; yang dapat dipakai: ' +
        '{kode}, {urut}, {unit}, {bulan}, {tahun}.',
      'Format nomor surat "{kode}/{nomor}/{tahun}": wajib memuat {urut} (nomor urut surat).',
    ]);
  });

  it('requires {urut} exactly once', () => {
    expect(errors('{kode}/{tahun}')).toEqual([
      'Format nomor surat "{kode}/{tahun}": wajib memuat {urut} (nomor urut surat).',
    ]);
    expect(errors('{urut}/{urut}')).toEqual([
      'Format nomor surat "{urut}/{urut}": {urut} hanya boleh dipakai satu kali.',
    ]);
    expect(errors('   ')).toEqual(['Format nomor surat kosong.']);
  });

  it('points at unbalanced braces by position', () => {
    expect(errors('{kode/{urut}')).toEqual([
      'Format nomor surat "{kode/{urut}": tanda "{" pada posisi 1 tidak ditutup dengan "}".',
    ]);
    expect(errors('{urut}/{tahun')).toEqual([
      'Format nomor surat "{urut}/{tahun": tanda "{" pada posisi 8 tidak ditutup dengan "}".',
    ]);
    expect(errors('{urut}}')).toEqual(['Format nomor surat "{urut}}": tanda "}" pada posisi 7 tidak didahului "{".']);
  });

  it('refuses to render {kode} or {unit} when their value is empty', () => {
    const format = parsed('{kode}/{urut}/{unit}');
    expect(renderNumber(format, { kode: ' ', urut: 1, bulan: 1, tahun: 2026 })).toEqual({
      ok: false,
      alasan: [
        'Format nomor surat memakai {kode} tetapi kode klasifikasi kosong.',
        'Format nomor surat memakai {unit} tetapi kode unit kosong.',
      ],
    });
  });
});
