import { importSop, type SopImportResult } from '../../../src/server/domain/sop/importer';
import { parseSopTemplate, totalTargetMinutes } from '../../../src/server/domain/sop/template';
import type { SopStep, SopTemplate } from '../../../src/server/domain/sop/types';
import { editLine, lineStarting, SOP_TEXT, templateJson } from './fixture';

function imported(text: string): { template: SopTemplate; warnings: { line: number; message: string }[] } {
  const result = importSop(text);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result;
}

function errorsOf(result: SopImportResult) {
  if (result.ok) throw new Error('import succeeded');
  return result.errors;
}

const withoutPelaksana = (steps: SopStep[]) => steps.map(({ pelaksana: _omit, ...rest }) => rest);

describe('importSop on the SOP Pengukuran Kinerja as copied from Word', () => {
  const { template, warnings } = imported(SOP_TEXT);
  const stored = parseSopTemplate(templateJson());

  it('reads 14 steps of 795 target minutes in all', () => {
    expect(template.steps).toHaveLength(14);
    expect(totalTargetMinutes(template)).toBe(795);
  });

  it('reads every step as sheets-templates/sop-pengukuran-kinerja.json holds it, pelaksana aside', () => {
    expect(withoutPelaksana(template.steps)).toEqual(withoutPelaksana(stored.steps));
  });

  it('keeps the texts verbatim, also across the page break where the rows have one cell less', () => {
    expect(template.steps[4]).toMatchObject({
      uraian: 'Melaksanakan rapat pembahasan pengukuran kinerja',
      keterangan: 'SOP Pelaksanaan Rapat',
    });
    expect(template.steps[9]).toMatchObject({
      uraian:
        'Sekretaris menyampaikan Dokumen Pengukuran Kinerja Kepada Kepala Dinsospermasdes untuk meminta persetujuan.',
      kelengkapan: 'Dokumen Pengukuran Kinerja',
      waktuMenit: 25,
      output: 'Dokumen Pengukuran Kinerja',
      keterangan: '',
    });
  });

  it('reads the header block, stripping the HTML tags', () => {
    expect(template.header).toEqual({
      judul: 'Pengukuran Kinerja',
      nomor: '061.1/366',
      tanggalPembuatan: '18 Januari 2021',
      tanggalRevisi: '',
      tanggalEfektif: '',
      disahkanOleh: { nama: 'Ir. WIDARSO, M.M', pangkat: 'Pembina Utama Muda', nip: '19620728 198901 1 001' },
      instansi: ['PEMERINTAH KABUPATEN BANYUMAS', 'DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DAN DESA'],
    });
  });

  it('reads the numbered lists and the identification sheet as the stored template has them', () => {
    const { steps: _a, peranTambahan: _b, ...rest } = template;
    const { steps: _c, peranTambahan: _d, ...storedRest } = stored;
    expect(rest).toEqual(storedRest);
    expect(template.peralatan).toEqual(['Komputer', 'Printer', 'Alat tulis kantor', 'Literatur/Peraturan Perundangan']);
    expect(template.pencatatan).toHaveLength(3);
  });

  it('reads the pelaksana columns from the table header', () => {
    expect(template.pelaksanaKolom).toEqual([
      'Kepala Dinsospermasdes',
      'Sekretaris',
      'Sek. Tim Sakip',
      'Anggota Tim Sakip',
    ]);
  });

  it('takes the pelaksana named in the uraian, the default rule otherwise, and adds Kabid as an extra role', () => {
    expect(template.steps.map((step) => step.pelaksana)).toEqual([
      'Kepala Dinsospermasdes',
      'Anggota Tim Sakip',
      'Anggota Tim Sakip',
      'Anggota Tim Sakip',
      'Anggota Tim Sakip',
      'Anggota Tim Sakip',
      'Kabid',
      'Anggota Tim Sakip',
      'Kepala Dinsospermasdes',
      'Sekretaris',
      'Kepala Dinsospermasdes',
      'Anggota Tim Sakip',
      'Anggota Tim Sakip',
      'Anggota Tim Sakip',
    ]);
    expect(template.peranTambahan).toEqual([
      { nama: 'Kabid', perUnitKerja: false, keterangan: 'Disebut di uraian langkah 7.' },
    ]);
  });

  it('warns about every guessed pelaksana, naming step and line; steps 10 and 11 name theirs exactly', () => {
    const guessed = warnings.map((warning) => Number(/^Langkah (\d+)/.exec(warning.message)?.[1]));
    expect(guessed).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14]);
    expect(warnings[0]).toEqual({
      line: lineStarting('1.\t'),
      message:
        'Langkah 1 (baris 28): pelaksana tidak tertulis di uraian; diisi "Kepala Dinsospermasdes" (bawaan: langkah 1 ' +
        'kolom pertama, langkah lain kolom terakhir). Periksa.',
    });
    expect(warnings[8].message).toBe(
      'Langkah 9 (baris 39): uraian menyebut "Kepala Badan"; pelaksana diisi kolom serupa "Kepala Dinsospermasdes". Periksa.',
    );
  });

  it('produces a template that passes parseSopTemplate', () => {
    expect(parseSopTemplate(JSON.parse(JSON.stringify(template)))).toEqual(template);
  });

  it('reads Windows line endings the same way', () => {
    expect(imported(SOP_TEXT.replace(/\n/g, '\r\n')).template).toEqual(template);
  });
});

describe('importSop reads the Waktu column', () => {
  const waktuOfStep1 = (written: string) =>
    imported(editLine('1.\t', (line) => line.replace('\t15\t', `\t${written}\t`))).template.steps[0].waktuMenit;

  it.each([
    ['15', 15],
    ['15 menit', 15],
    ['2 jam', 120],
    ['1,5 jam', 90],
    ['1.5 jam', 90],
    ['1 JAM', 60],
  ])('"%s" as %i minutes', (written, minutes) => {
    expect(waktuOfStep1(written)).toBe(minutes);
  });

  it('finds Waktu when the empty Keterangan cell was trimmed off the row', () => {
    const text = editLine('9.\t', (line) => line.replace(/\t$/, ''));
    expect(imported(text).template.steps[8]).toMatchObject({
      waktuMenit: 60,
      output: 'Dokumen Pengukuran Kinerja',
      keterangan: '',
    });
  });
});

describe('importSop rejects broken text, naming the line and the step', () => {
  const step3 = lineStarting('3.\t');

  it.each([
    ['a missing waktu', (line: string) => line.replace('\t25\t', '\t\t'), 'waktu kosong'],
    [
      'a non-numeric waktu',
      (line: string) => line.replace('\t25\t', '\tdua puluh lima\t'),
      'waktu "dua puluh lima" bukan angka menit atau jam (contoh: 15, 15 menit, 1,5 jam)',
    ],
    [
      'a fraction of a minute',
      (line: string) => line.replace('\t25\t', '\t0,01 jam\t'),
      'waktu "0,01 jam" harus bilangan bulat menit lebih dari 0',
    ],
    [
      'a zero waktu',
      (line: string) => line.replace('\t25\t', '\t0\t'),
      'waktu "0" harus bilangan bulat menit lebih dari 0',
    ],
    ['an empty uraian', (line: string) => line.replace(/^3\.\t[^\t]+/, '3.\t'), 'uraian prosedur kosong'],
  ])('%s', (_name, edit, reason) => {
    expect(errorsOf(importSop(editLine('3.\t', edit)))).toEqual([
      { line: step3, message: `Langkah 3 (baris ${step3}): ${reason}.` },
    ]);
  });

  it('a duplicate step number', () => {
    const step4 = lineStarting('4.\t');
    expect(errorsOf(importSop(editLine('4.\t', (line) => line.replace(/^4\./, '3.'))))).toEqual([
      { line: step4, message: `Langkah 3 tertulis dua kali: baris ${step3} dan baris ${step4}.` },
      { line: lineStarting('5.\t'), message: 'Langkah 4 tidak ada di tabel (nomor langkah melompat).' },
    ]);
  });

  it('a missing step number', () => {
    expect(errorsOf(importSop(editLine('3.\t', (line) => line.replace(/^3\./, ''))))).toEqual([
      { line: step3, message: `Baris ${step3}: nomor langkah kosong.` },
      { line: lineStarting('4.\t'), message: 'Langkah 3 tidak ada di tabel (nomor langkah melompat).' },
    ]);
  });

  it('a step number that is not a number', () => {
    expect(errorsOf(importSop(editLine('3.\t', (line) => line.replace(/^3\./, 'III.'))))[0]).toEqual({
      line: step3,
      message: `Baris ${step3}: nomor langkah "III." bukan angka.`,
    });
  });

  it('a step row cut short', () => {
    expect(errorsOf(importSop(editLine('3.\t', (line) => line.split('\t').slice(0, 3).join('\t'))))).toEqual([
      {
        line: step3,
        message: `Langkah 3 (baris ${step3}): baris terpotong, kolom Kelengkapan, Waktu dan Output tidak lengkap.`,
      },
    ]);
  });

  it('no table', () => {
    const text = SOP_TEXT.split('\n')
      .filter((line) => !/^(No\.|\d+\.\t)/.test(line))
      .join('\n');
    expect(errorsOf(importSop(text))).toEqual([
      {
        line: 0,
        message:
          'Tabel langkah SOP tidak ditemukan: tidak ada baris judul tabel dengan kolom "No." dan "Uraian Prosedur".',
      },
    ]);
  });

  it('a table without steps', () => {
    const text = SOP_TEXT.split('\n')
      .filter((line) => !/^\d+\.\t/.test(line))
      .join('\n');
    const header = lineStarting('No.\t');
    expect(errorsOf(importSop(text))).toEqual([
      { line: header, message: `Tabel langkah (baris ${header}) tidak berisi satu langkah pun.` },
    ]);
  });

  it('a table without the row naming the pelaksana columns', () => {
    const header = lineStarting('No.\t');
    const text = editLine('\t\tKepala Dinsospermasdes', () => '');
    expect(errorsOf(importSop(text))).toEqual([
      {
        line: header,
        message: `Nama kolom pelaksana tidak ditemukan pada baris setelah judul tabel (baris ${header}).`,
      },
    ]);
  });

  it('a pelaksana column named twice', () => {
    const line = lineStarting('\t\tKepala Dinsospermasdes');
    const text = editLine('\t\tKepala Dinsospermasdes', (row) => row.replace('Sek. Tim Sakip', 'Sekretaris'));
    expect(errorsOf(importSop(text))).toEqual([
      { line, message: `Baris ${line}: kolom pelaksana "Sekretaris" tertulis dua kali.` },
    ]);
  });

  it.each([
    ['an empty file', ''],
    ['only blank lines', ' \n\t\t\n\n'],
  ])('%s', (_name, text) => {
    expect(errorsOf(importSop(text))).toEqual([
      { line: 0, message: 'Teks SOP kosong: tempelkan salinan SOP dari Word atau PDF.' },
    ]);
  });

  it('reports table and header problems together, in line order', () => {
    const nomor = lineStarting(' <p');
    const text = editLine(' <p', (line) => line.replace('061.1/366', '')).replace('\t25\t', '\t\t');
    expect(errorsOf(importSop(text))).toEqual([
      { line: step3, message: `Langkah 3 (baris ${step3}): waktu kosong.` },
      { line: nomor, message: `Baris ${nomor}: Nomor SOP kosong.` },
    ]);
  });
});

describe('importSop on the header block', () => {
  const disahkan = lineStarting('\tDisahkan oleh');

  it('requires Nomor SOP, Tanggal Pembuatan, Judul SOP and Disahkan oleh', () => {
    const text = SOP_TEXT.split('\n')
      .map((line) => (/(Tanggal Pembuatan|Disahkan oleh|Judul SOP)/.test(line) ? '' : line))
      .map((line) => line.replace('Nomor SOP', 'Nomor'))
      .join('\n');
    expect(errorsOf(importSop(text))).toEqual([
      { line: 0, message: '"Judul SOP" tidak ditemukan di kepala SOP.' },
      { line: 0, message: '"Nomor SOP" tidak ditemukan di kepala SOP.' },
      { line: 0, message: '"Tanggal Pembuatan" tidak ditemukan di kepala SOP.' },
      { line: 0, message: '"Disahkan oleh" tidak ditemukan di kepala SOP.' },
      {
        line: lineStarting('\tTanggal Revisi'),
        message: 'Kop instansi (mis. "PEMERINTAH KABUPATEN …") tidak ditemukan di kiri kolom Nomor SOP.',
      },
    ]);
  });

  it('reads a kop written as plain lines left of the header fields', () => {
    const text = editLine(' <p', (line) => line.replace(/^[^\t]*/, 'PEMERINTAH KABUPATEN BANYUMAS')).replace(
      '\tTanggal Pembuatan',
      'DINAS SOSIAL\tTanggal Pembuatan',
    );
    expect(imported(text).template.header.instansi).toEqual(['PEMERINTAH KABUPATEN BANYUMAS', 'DINAS SOSIAL']);
  });

  it('requires a kop', () => {
    const nomor = lineStarting(' <p');
    const text = editLine(' <p', (line) => line.replace(/^[^\t]*/, ''));
    expect(errorsOf(importSop(text))).toEqual([
      { line: nomor, message: 'Kop instansi (mis. "PEMERINTAH KABUPATEN …") tidak ditemukan di kiri kolom Nomor SOP.' },
    ]);
  });

  it('finds the name before the pangkat when the bold was lost (copy from PDF), with "NIP." before the number', () => {
    const text = editLine(
      '\tDisahkan oleh',
      () => '\tDisahkan oleh\tIr. WIDARSO, M.M, Pembina Utama Muda NIP. 19620728 198901 1 001',
    );
    expect(imported(text).template.header.disahkanOleh).toEqual({
      nama: 'Ir. WIDARSO, M.M',
      pangkat: 'Pembina Utama Muda',
      nip: '19620728 198901 1 001',
    });
  });

  it.each([
    ['no NIP', '<b>Ir. WIDARSO, M.M</b> Pembina Utama Muda', 'NIP (18 angka) tidak ditemukan di akhir'],
    [
      'no known pangkat without bold',
      'Ir. WIDARSO, M.M 19620728 198901 1 001',
      'pangkat tidak ditemukan (tulis nama tebal atau sebelum pangkat)',
    ],
    [
      'a NIP with month 13',
      '<b>Ir. WIDARSO</b> Pembina 19620728 198913 1 001',
      'Bulan pengangkatan pada NIP (198913) bukan bulan yang ada',
    ],
    ['only a pangkat', 'Pembina 19620728 198901 1 001', 'nama pejabat tidak ditemukan'],
  ])('rejects Disahkan oleh with %s', (_name, cell, reason) => {
    const text = editLine('\tDisahkan oleh', () => `\tDisahkan oleh\t${cell}`);
    expect(errorsOf(importSop(text))).toEqual([
      { line: disahkan, message: `Baris ${disahkan}: Disahkan oleh: ${reason}.` },
    ]);
  });
});

describe('importSop on the lists and the identification sheet', () => {
  it('reads unnumbered <li> items and lists over several lines', () => {
    const text = SOP_TEXT.replace(
      /<ol style="list-style-type: none"> <li>1\. Yang[^\t]*$/m,
      '<ul><li>Pejabat fungsional</li><li>Analis kinerja &amp; data</li></ul>',
    ).replace(
      '1. Komputer 2. Printer 3. Alat tulis kantor 4. Literatur/Peraturan Perundangan',
      '1. Komputer\n\t2. Printer',
    );
    const { template } = imported(text);
    expect(template.kualifikasiPelaksana).toEqual(['Pejabat fungsional', 'Analis kinerja & data']);
    expect(template.peralatan).toEqual(['Komputer', 'Printer']);
  });

  it('leaves missing lists and identification fields empty, with warnings', () => {
    const text = SOP_TEXT.split('\n')
      .filter((line) => !/Jenis Kegiatan|Produk/.test(line))
      .map((line) => line.replace(/^(<b>Peringatan :<\/b>|1\. Apabila[^\t]*)/, ''))
      .join('\n');
    const { template, warnings } = imported(text);
    expect(template.peringatan).toEqual([]);
    expect(template.pencatatan).toHaveLength(3);
    expect(template.identifikasiKegiatan.jenisKegiatan).toBe('');
    expect(warnings.filter((warning) => warning.line === 0)).toEqual([
      { line: 0, message: 'Bagian "Peringatan" tidak ditemukan; dibiarkan kosong.' },
      {
        line: 0,
        message:
          'Lembar identifikasi kegiatan: Jenis Kegiatan, Penanggung Jawab Produk tidak ditemukan; dibiarkan kosong.',
      },
    ]);
  });

  it('reads the identification sheet when only its step list (section C) names Langkah Awal', () => {
    const text = SOP_TEXT.split('\n')
      .filter((line) => !/^Langkah Awal\tMemerintahkan/.test(line))
      .join('\n');
    expect(imported(text).template.identifikasiKegiatan.langkahAwal).toBe('');
  });
});
