import type { ImportProblem } from './import-problem';
import { findLabelled, type LabelledValue } from './labelled-fields';
import { parsePengesah } from './pengesah';
import { boldTexts, plainText, type SourceLine } from './source-text';
import type { SopHeader } from './types';

export interface HeaderBlock {
  header: SopHeader;
  errors: ImportProblem[];
}

interface Field {
  labels: string[];
  /** as the form writes it, for messages */
  nama: string;
}

const FIELDS = {
  judul: { labels: ['judul sop'], nama: 'Judul SOP' },
  nomor: { labels: ['nomor sop'], nama: 'Nomor SOP' },
  tanggalPembuatan: { labels: ['tanggal pembuatan'], nama: 'Tanggal Pembuatan' },
  tanggalRevisi: { labels: ['tanggal revisi'], nama: 'Tanggal Revisi' },
  tanggalEfektif: { labels: ['tanggal efektif'], nama: 'Tanggal Efektif' },
  disahkanOleh: { labels: ['disahkan oleh'], nama: 'Disahkan oleh' },
} satisfies Record<string, Field>;

/** The kop sits left of the header fields: one cell with bold lines, or one line per cell in a plain copy. */
function readInstansi(found: LabelledValue[]): string[] {
  return found
    .flatMap((field) => field.before)
    .filter((cell) => cell.trim() !== '')
    .flatMap((cell) => {
      const bold = boldTexts(cell);
      return bold.length > 0 ? bold : [plainText(cell)];
    });
}

/** Reads the head block of the form: Nomor SOP, the dates, Disahkan oleh, Judul SOP and the kop beside them. */
export function readHeaderBlock(lines: SourceLine[]): HeaderBlock {
  const errors: ImportProblem[] = [];
  const found: LabelledValue[] = [];
  const read = (field: Field, required: boolean): LabelledValue | undefined => {
    const labelled = findLabelled(lines, field.labels);
    if (labelled) found.push(labelled);
    if (required && !labelled) errors.push({ line: 0, message: `"${field.nama}" tidak ditemukan di kepala SOP.` });
    if (required && labelled && plainText(labelled.value) === '') {
      errors.push({ line: labelled.line, message: `Baris ${labelled.line}: ${field.nama} kosong.` });
    }
    return labelled;
  };
  const text = (field: Field, required: boolean): string => plainText(read(field, required)?.value ?? '');

  const header: SopHeader = {
    judul: text(FIELDS.judul, true),
    nomor: text(FIELDS.nomor, true),
    tanggalPembuatan: text(FIELDS.tanggalPembuatan, true),
    tanggalRevisi: text(FIELDS.tanggalRevisi, false),
    tanggalEfektif: text(FIELDS.tanggalEfektif, false),
    disahkanOleh: { nama: '', pangkat: '', nip: '' },
    instansi: [],
  };
  const disahkan = read(FIELDS.disahkanOleh, true);
  if (disahkan && plainText(disahkan.value) !== '') {
    const pengesah = parsePengesah(disahkan.value);
    if (pengesah.ok) header.disahkanOleh = pengesah.pengesah;
    else
      errors.push({
        line: disahkan.line,
        message: `Baris ${disahkan.line}: Disahkan oleh: ${pengesah.alasan.join('; ')}.`,
      });
  }
  header.instansi = readInstansi(found);
  if (header.instansi.length === 0) {
    const line = found.length > 0 ? Math.min(...found.map((field) => field.line)) : 0;
    errors.push({
      line,
      message: 'Kop instansi (mis. "PEMERINTAH KABUPATEN …") tidak ditemukan di kiri kolom Nomor SOP.',
    });
  }
  return { header, errors };
}
