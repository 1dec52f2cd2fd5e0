import {
  parseSopTemplate,
  rolesOf,
  SopTemplateError,
  totalTargetMinutes,
} from '../../../src/server/domain/sop/template';
import { templateJson } from './fixture';

// the tests break the template into shapes its type forbids, so the JSON is untyped here
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

function problemsOf(json: unknown): string[] {
  try {
    parseSopTemplate(json);
  } catch (error) {
    expect(error).toBeInstanceOf(SopTemplateError);
    return (error as SopTemplateError).problems;
  }
  throw new Error('parseSopTemplate accepted the template');
}

function variant(edit: (json: Json) => void): Json {
  const json = templateJson() as Json;
  edit(json);
  return json;
}

describe('parseSopTemplate on sheets-templates/sop-pengukuran-kinerja.json', () => {
  const template = parseSopTemplate(templateJson());

  it('holds the 14 steps numbered 1..14, 795 target minutes in all', () => {
    expect(template.steps.map((step) => step.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(totalTargetMinutes(template)).toBe(795);
  });

  it('holds the header of SOP 061.1/366', () => {
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

  it('gives step 7 to the Kabid of every unit kerja, an extra role beside the four columns', () => {
    expect(template.steps[6].pelaksana).toBe('Kabid');
    expect(template.peranTambahan).toEqual([expect.objectContaining({ nama: 'Kabid', perUnitKerja: true })]);
    expect(rolesOf(template)).toEqual([
      'Kepala Dinsospermasdes',
      'Sekretaris',
      'Sek. Tim Sakip',
      'Anggota Tim Sakip',
      'Kabid',
    ]);
  });

  it('uses only the pelaksana columns for the other steps', () => {
    const others = template.steps.filter((step) => step.no !== 7).map((step) => step.pelaksana);
    expect(others.every((pelaksana) => template.pelaksanaKolom.includes(pelaksana))).toBe(true);
  });
});

describe('parseSopTemplate rejects a broken template, naming every field concerned', () => {
  it('lists all problems at once', () => {
    const problems = problemsOf(
      variant((json) => {
        delete json.header.nomor;
        json.steps[2].waktuMenit = '25 menit';
        json.peralatan.push('');
      }),
    );
    expect(problems).toEqual([
      'header.nomor: wajib ada',
      'steps[2].waktuMenit: harus bilangan bulat lebih dari 0, bukan teks "25 menit"',
      'peralatan[4]: harus teks yang tidak kosong, bukan teks ""',
    ]);
  });

  it('puts the problems in the error message', () => {
    expect(() => parseSopTemplate(variant((json) => (json.header.judul = ' ')))).toThrow(
      'Templat SOP tidak valid (1 masalah):\n- header.judul: wajib diisi, tidak boleh kosong',
    );
  });

  it.each([
    [
      'an unknown field (a typo)',
      (json: Json) => (json.header.tanggalEfektf = ''),
      'header.tanggalEfektf: kolom tidak dikenal',
    ],
    ['a number for text', (json: Json) => (json.header.nomor = 366), 'header.nomor: harus teks, bukan angka 366'],
    [
      'a list that is not a list',
      (json: Json) => (json.dasarHukum = 'UU'),
      'dasarHukum: harus daftar, bukan teks "UU"',
    ],
    ['an empty kop', (json: Json) => (json.header.instansi = []), 'header.instansi: minimal satu baris kop instansi'],
    ['no pelaksana column', (json: Json) => (json.pelaksanaKolom = []), 'pelaksanaKolom: minimal satu kolom pelaksana'],
    ['no step', (json: Json) => (json.steps = []), 'steps: minimal satu langkah'],
    ['a missing object', (json: Json) => delete json.identifikasiKegiatan, 'identifikasiKegiatan: wajib ada'],
    [
      'null for an object',
      (json: Json) => (json.header.disahkanOleh = null),
      'header.disahkanOleh: harus objek, bukan null',
    ],
    [
      'a penanggung jawab that is not an object',
      (json: Json) => (json.identifikasiKegiatan.penanggungJawab = true),
      'identifikasiKegiatan.penanggungJawab: harus objek, bukan boolean true',
    ],
    [
      'perUnitKerja that is not a boolean',
      (json: Json) => (json.peranTambahan[0].perUnitKerja = 'ya'),
      'peranTambahan[0].perUnitKerja: harus true atau false, bukan teks "ya"',
    ],
    [
      'a NIP that is not 18 digits',
      (json: Json) => (json.header.disahkanOleh.nip = '19620728 198901 1'),
      'header.disahkanOleh.nip: NIP harus 18 angka, tertulis 15 angka.',
    ],
    [
      'a pelaksana that is neither column nor extra role',
      (json: Json) => (json.steps[0].pelaksana = 'Bupati'),
      'steps[0].pelaksana: "Bupati" bukan kolom pelaksana atau peran tambahan (pilihan: Kepala Dinsospermasdes, ' +
        'Sekretaris, Sek. Tim Sakip, Anggota Tim Sakip, Kabid)',
    ],
    [
      'a step number out of sequence',
      (json: Json) => (json.steps[3].no = 5),
      'steps[3].no: harus 4 (langkah bernomor urut mulai 1), bukan 5',
    ],
    [
      'a zero target time',
      (json: Json) => (json.steps[0].waktuMenit = 0),
      'steps[0].waktuMenit: harus bilangan bulat lebih dari 0, bukan angka 0',
    ],
    [
      'a pelaksana column written twice',
      (json: Json) => json.pelaksanaKolom.push('Sekretaris'),
      'pelaksanaKolom[4]: nama "Sekretaris" sudah dipakai sebelumnya',
    ],
    [
      'an extra role named like a column',
      (json: Json) => (json.peranTambahan[0].nama = 'Sekretaris'),
      'peranTambahan[0]: nama "Sekretaris" sudah dipakai sebelumnya',
    ],
  ])('%s', (_name, edit, problem) => {
    expect(problemsOf(variant(edit))).toContain(problem);
  });

  it('rejects a root that is not an object', () => {
    expect(problemsOf([])).toContain('templat: harus objek, bukan daftar');
  });

  it('reports a missing step field and a missing NIP', () => {
    const problems = problemsOf(
      variant((json) => {
        delete json.steps[1].uraian;
        delete json.header.disahkanOleh.nip;
      }),
    );
    expect(problems).toEqual(['header.disahkanOleh.nip: wajib ada', 'steps[1].uraian: wajib ada']);
  });
});
