import { validateNip } from '../format/nip';
import type { IdentifikasiKegiatan, PeranTambahan, SopHeader, SopPengesah, SopStep, SopTemplate } from './types';

/** Thrown by parseSopTemplate; `problems` lists every problem found, each naming the field. */
export class SopTemplateError extends Error {
  constructor(readonly problems: string[]) {
    super(`Templat SOP tidak valid (${problems.length} masalah):\n- ${problems.join('\n- ')}`);
    this.name = 'SopTemplateError';
  }
}

type Fields = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'daftar';
  if (typeof value === 'string') return `teks ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'number') return `angka ${value}`;
  if (typeof value === 'boolean') return `boolean ${value}`;
  return typeof value === 'object' ? 'objek' : typeof value;
}

/** Collects every problem instead of stopping at the first, so the user can fix a template in one pass. */
class Checker {
  readonly problems: string[] = [];

  report(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  /** An object with exactly `keys` (missing keys are reported by the field readers, unknown keys here). */
  object(value: unknown, path: string, keys: readonly string[]): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.report(path, `harus objek, bukan ${describe(value)}`);
      return {};
    }
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) this.report(`${path}.${key}`, 'kolom tidak dikenal');
    }
    return value as Fields;
  }

  present(fields: Fields, key: string, path: string): boolean {
    if (key in fields) return true;
    this.report(path, 'wajib ada');
    return false;
  }

  text(fields: Fields, key: string, path: string, required: boolean): string {
    if (!this.present(fields, key, path)) return '';
    const value = fields[key];
    if (typeof value !== 'string') {
      this.report(path, `harus teks, bukan ${describe(value)}`);
      return '';
    }
    if (required && value.trim() === '') this.report(path, 'wajib diisi, tidak boleh kosong');
    return value;
  }

  list<T>(fields: Fields, key: string, path: string, item: (value: unknown, itemPath: string) => T): T[] {
    if (!this.present(fields, key, path)) return [];
    const value = fields[key];
    if (!Array.isArray(value)) {
      this.report(path, `harus daftar, bukan ${describe(value)}`);
      return [];
    }
    return value.map((element, index) => item(element, `${path}[${index}]`));
  }

  textItem(value: unknown, path: string): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(path, `harus teks yang tidak kosong, bukan ${describe(value)}`);
      return '';
    }
    return value;
  }

  textList(fields: Fields, key: string, path: string): string[] {
    return this.list(fields, key, path, (value, itemPath) => this.textItem(value, itemPath));
  }

  boolean(fields: Fields, key: string, path: string): boolean {
    if (!this.present(fields, key, path)) return false;
    const value = fields[key];
    if (typeof value !== 'boolean') this.report(path, `harus true atau false, bukan ${describe(value)}`);
    return value === true;
  }

  positiveInteger(fields: Fields, key: string, path: string): number {
    if (!this.present(fields, key, path)) return 0;
    const value = fields[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      this.report(path, `harus bilangan bulat lebih dari 0, bukan ${describe(value)}`);
      return 0;
    }
    return value;
  }

  /** Reports names used twice, or already used in `taken`. */
  uniqueNames(names: string[], path: string, taken: readonly string[] = []): void {
    const seen = new Set<string>(taken);
    names.forEach((name, index) => {
      if (seen.has(name)) this.report(`${path}[${index}]`, `nama "${name}" sudah dipakai sebelumnya`);
      seen.add(name);
    });
  }
}

function readPengesah(check: Checker, value: unknown, path: string): SopPengesah {
  const fields = check.object(value, path, ['nama', 'pangkat', 'nip']);
  const nip = check.text(fields, 'nip', `${path}.nip`, true);
  const nipCheck = validateNip(nip);
  if (nip.trim() !== '' && !nipCheck.ok) check.report(`${path}.nip`, nipCheck.alasan.join(' '));
  return {
    nama: check.text(fields, 'nama', `${path}.nama`, true),
    pangkat: check.text(fields, 'pangkat', `${path}.pangkat`, true),
    nip,
  };
}

function readHeader(check: Checker, value: unknown): SopHeader {
  const path = 'header';
  const fields = check.object(value, path, [
    'judul',
    'nomor',
    'tanggalPembuatan',
    'tanggalRevisi',
    'tanggalEfektif',
    'disahkanOleh',
    'instansi',
  ]);
  const instansi = check.textList(fields, 'instansi', `${path}.instansi`);
  if (Array.isArray(fields.instansi) && fields.instansi.length === 0) {
    check.report(`${path}.instansi`, 'minimal satu baris kop instansi');
  }
  return {
    judul: check.text(fields, 'judul', `${path}.judul`, true),
    nomor: check.text(fields, 'nomor', `${path}.nomor`, true),
    tanggalPembuatan: check.text(fields, 'tanggalPembuatan', `${path}.tanggalPembuatan`, true),
    tanggalRevisi: check.text(fields, 'tanggalRevisi', `${path}.tanggalRevisi`, false),
    tanggalEfektif: check.text(fields, 'tanggalEfektif', `${path}.tanggalEfektif`, false),
    disahkanOleh: check.present(fields, 'disahkanOleh', `${path}.disahkanOleh`)
      ? readPengesah(check, fields.disahkanOleh, `${path}.disahkanOleh`)
      : { nama: '', pangkat: '', nip: '' },
    instansi,
  };
}

function readIdentifikasi(check: Checker, value: unknown): IdentifikasiKegiatan {
  const path = 'identifikasiKegiatan';
  const fields = check.object(value, path, [
    'jenisKegiatan',
    'penanggungJawab',
    'ruangLingkup',
    'langkahAwal',
    'langkahUtama',
    'langkahAkhir',
  ]);
  const pjPath = `${path}.penanggungJawab`;
  const pj = check.present(fields, 'penanggungJawab', pjPath)
    ? check.object(fields.penanggungJawab, pjPath, ['produk', 'kegiatan'])
    : {};
  return {
    jenisKegiatan: check.text(fields, 'jenisKegiatan', `${path}.jenisKegiatan`, false),
    penanggungJawab: {
      produk: check.text(pj, 'produk', `${pjPath}.produk`, false),
      kegiatan: check.text(pj, 'kegiatan', `${pjPath}.kegiatan`, false),
    },
    ruangLingkup: check.text(fields, 'ruangLingkup', `${path}.ruangLingkup`, false),
    langkahAwal: check.text(fields, 'langkahAwal', `${path}.langkahAwal`, false),
    langkahUtama: check.text(fields, 'langkahUtama', `${path}.langkahUtama`, false),
    langkahAkhir: check.text(fields, 'langkahAkhir', `${path}.langkahAkhir`, false),
  };
}

function readPeran(check: Checker, value: unknown, path: string): PeranTambahan {
  const fields = check.object(value, path, ['nama', 'perUnitKerja', 'keterangan']);
  return {
    nama: check.text(fields, 'nama', `${path}.nama`, true),
    perUnitKerja: check.boolean(fields, 'perUnitKerja', `${path}.perUnitKerja`),
    keterangan: check.text(fields, 'keterangan', `${path}.keterangan`, false),
  };
}

function readStep(check: Checker, value: unknown, path: string, roles: readonly string[]): SopStep {
  const fields = check.object(value, path, [
    'no',
    'uraian',
    'pelaksana',
    'kelengkapan',
    'waktuMenit',
    'output',
    'keterangan',
  ]);
  const pelaksana = check.text(fields, 'pelaksana', `${path}.pelaksana`, true);
  if (pelaksana.trim() !== '' && roles.length > 0 && !roles.includes(pelaksana)) {
    check.report(
      `${path}.pelaksana`,
      `"${pelaksana}" bukan kolom pelaksana atau peran tambahan (pilihan: ${roles.join(', ')})`,
    );
  }
  return {
    no: check.positiveInteger(fields, 'no', `${path}.no`),
    uraian: check.text(fields, 'uraian', `${path}.uraian`, true),
    pelaksana,
    kelengkapan: check.text(fields, 'kelengkapan', `${path}.kelengkapan`, false),
    waktuMenit: check.positiveInteger(fields, 'waktuMenit', `${path}.waktuMenit`),
    output: check.text(fields, 'output', `${path}.output`, false),
    keterangan: check.text(fields, 'keterangan', `${path}.keterangan`, false),
  };
}

function checkNumbering(check: Checker, steps: SopStep[]): void {
  steps.forEach((step, index) => {
    if (step.no !== 0 && step.no !== index + 1) {
      check.report(`steps[${index}].no`, `harus ${index + 1} (langkah bernomor urut mulai 1), bukan ${step.no}`);
    }
  });
}

/** Validates a template read from JSON and returns it typed; throws SopTemplateError listing every problem. */
export function parseSopTemplate(json: unknown): SopTemplate {
  const check = new Checker();
  const fields = check.object(json, 'templat', [
    'header',
    'dasarHukum',
    'kualifikasiPelaksana',
    'keterkaitan',
    'peralatan',
    'peringatan',
    'pencatatan',
    'identifikasiKegiatan',
    'pelaksanaKolom',
    'peranTambahan',
    'steps',
  ]);
  const header = check.present(fields, 'header', 'header') ? readHeader(check, fields.header) : undefined;
  const identifikasi = check.present(fields, 'identifikasiKegiatan', 'identifikasiKegiatan')
    ? readIdentifikasi(check, fields.identifikasiKegiatan)
    : undefined;
  const pelaksanaKolom = check.textList(fields, 'pelaksanaKolom', 'pelaksanaKolom');
  if (Array.isArray(fields.pelaksanaKolom) && pelaksanaKolom.length === 0) {
    check.report('pelaksanaKolom', 'minimal satu kolom pelaksana');
  }
  const peranTambahan = check.list(fields, 'peranTambahan', 'peranTambahan', (value, path) =>
    readPeran(check, value, path),
  );
  const roles = rolesOf({ pelaksanaKolom, peranTambahan });
  check.uniqueNames(pelaksanaKolom, 'pelaksanaKolom');
  check.uniqueNames(
    peranTambahan.map((peran) => peran.nama),
    'peranTambahan',
    pelaksanaKolom,
  );
  const steps = check.list(fields, 'steps', 'steps', (value, path) => readStep(check, value, path, roles));
  if (Array.isArray(fields.steps) && steps.length === 0) check.report('steps', 'minimal satu langkah');
  checkNumbering(check, steps);
  const lists = {
    dasarHukum: check.textList(fields, 'dasarHukum', 'dasarHukum'),
    kualifikasiPelaksana: check.textList(fields, 'kualifikasiPelaksana', 'kualifikasiPelaksana'),
    keterkaitan: check.textList(fields, 'keterkaitan', 'keterkaitan'),
    peralatan: check.textList(fields, 'peralatan', 'peralatan'),
    peringatan: check.textList(fields, 'peringatan', 'peringatan'),
    pencatatan: check.textList(fields, 'pencatatan', 'pencatatan'),
  };

  if (check.problems.length > 0 || !header || !identifikasi) throw new SopTemplateError(check.problems);
  return {
    header,
    ...lists,
    identifikasiKegiatan: identifikasi,
    pelaksanaKolom,
    peranTambahan,
    steps,
  };
}

/** Sum of the steps' target minutes (Mutu Baku: Waktu). */
export function totalTargetMinutes(template: Pick<SopTemplate, 'steps'>): number {
  return template.steps.reduce((sum, step) => sum + step.waktuMenit, 0);
}

/** Every name a step's pelaksana may take: the swimlane columns, then the extra roles. */
export function rolesOf(template: Pick<SopTemplate, 'pelaksanaKolom' | 'peranTambahan'>): string[] {
  return [...template.pelaksanaKolom, ...template.peranTambahan.map((peran) => peran.nama)];
}
