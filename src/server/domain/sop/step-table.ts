import type { ImportProblem } from './import-problem';
import { isBlank, labelOf, plainText, type SourceLine } from './source-text';
import { parseWaktuMenit } from './waktu';

/** A step row as the table writes it, before a pelaksana is assigned. */
export interface StepRow {
  line: number;
  no: number;
  uraian: string;
  kelengkapan: string;
  waktuMenit: number;
  output: string;
  keterangan: string;
}

export interface StepTable {
  pelaksanaKolom: string[];
  rows: StepRow[];
  errors: ImportProblem[];
}

const STEP_NUMBER = /^\s*(\d+)\.?\s*$/;
/** no, uraian, kelengkapan, waktu, output: the fewest cells a step row can have */
const MIN_ROW_CELLS = 5;

function isTableHeader(source: SourceLine): boolean {
  return /^no\.?$/.test(labelOf(source.cells[0])) && source.cells.some((cell) => labelOf(cell).startsWith('uraian'));
}

function isColumnHeader(source: SourceLine): boolean {
  return source.cells.some((cell) => labelOf(cell) === 'kelengkapan');
}

function readPelaksanaKolom(source: SourceLine): string[] {
  const end = source.cells.findIndex((cell) => labelOf(cell) === 'kelengkapan');
  return source.cells
    .slice(2, end)
    .map(plainText)
    .filter((name) => name !== '');
}

function looksLikeStepRow(source: SourceLine): boolean {
  if (isBlank(source)) return false;
  if (STEP_NUMBER.test(source.cells[0])) return true;
  return source.cells.length >= MIN_ROW_CELLS && source.cells[1].trim() !== '';
}

/**
 * Reads one step row. The pelaksana cells between uraian and Mutu Baku are empty in a text copy and their count
 * varies (after a page break Word drops one), so Kelengkapan, Waktu, Output and Keterangan are taken from the right
 * end of the row. When the trailing Keterangan cell was trimmed away, Waktu is found one cell further right.
 */
function readStepRow(source: SourceLine, no: number, errors: ImportProblem[]): StepRow | undefined {
  const { cells, line } = source;
  const where = `Langkah ${no} (baris ${line})`;
  if (cells.length < MIN_ROW_CELLS) {
    errors.push({ line, message: `${where}: baris terpotong, kolom Kelengkapan, Waktu dan Output tidak lengkap.` });
    return undefined;
  }
  const withKeterangan = cells.length > MIN_ROW_CELLS && parseWaktuMenit(cells[cells.length - 3]).ok;
  const withoutKeterangan = !withKeterangan && parseWaktuMenit(cells[cells.length - 2]).ok;
  const last = withoutKeterangan || cells.length === MIN_ROW_CELLS ? cells.length : cells.length - 1;
  const waktu = parseWaktuMenit(cells[last - 2]);
  const uraian = cells[1].trim();
  if (uraian === '') errors.push({ line, message: `${where}: uraian prosedur kosong.` });
  if (!waktu.ok) errors.push({ line, message: `${where}: ${waktu.alasan}.` });
  if (uraian === '' || !waktu.ok) return undefined;
  return {
    line,
    no,
    uraian,
    kelengkapan: cells[last - 3].trim(),
    waktuMenit: waktu.menit,
    output: cells[last - 1].trim(),
    keterangan: last < cells.length ? cells[last].trim() : '',
  };
}

function checkNumbering(rows: { no: number; line: number }[], headerLine: number, errors: ImportProblem[]): void {
  const firstLine = new Map<number, number>();
  for (const row of rows) {
    const earlier = firstLine.get(row.no);
    if (earlier === undefined) firstLine.set(row.no, row.line);
    else
      errors.push({
        line: row.line,
        message: `Langkah ${row.no} tertulis dua kali: baris ${earlier} dan baris ${row.line}.`,
      });
  }
  const highest = Math.max(0, ...firstLine.keys());
  for (let no = 1; no < highest; no++) {
    if (firstLine.has(no)) continue;
    const nextLine = rows.find((row) => row.no > no)?.line ?? headerLine;
    errors.push({ line: nextLine, message: `Langkah ${no} tidak ada di tabel (nomor langkah melompat).` });
  }
}

/**
 * Finds the step table (its title row "No. | Uraian Prosedur | Pelaksana …" followed by the row naming the
 * pelaksana columns) and reads every step row below it, wherever page breaks put them; repeated title rows and
 * blank debris are skipped.
 */
export function readStepTable(lines: SourceLine[]): StepTable {
  const headerAt = lines.findIndex(isTableHeader);
  if (headerAt === -1) {
    const message =
      'Tabel langkah SOP tidak ditemukan: tidak ada baris judul tabel dengan kolom "No." dan "Uraian Prosedur".';
    return { pelaksanaKolom: [], rows: [], errors: [{ line: 0, message }] };
  }
  const header = lines[headerAt];
  const columnHeader = lines.slice(headerAt + 1).find((source) => !isBlank(source));
  const pelaksanaKolom = columnHeader && isColumnHeader(columnHeader) ? readPelaksanaKolom(columnHeader) : [];
  const errors: ImportProblem[] = [];
  if (pelaksanaKolom.length === 0) {
    errors.push({
      line: header.line,
      message: `Nama kolom pelaksana tidak ditemukan pada baris setelah judul tabel (baris ${header.line}).`,
    });
  }
  const twice = pelaksanaKolom.find((name, index) => pelaksanaKolom.indexOf(name) !== index);
  if (columnHeader && twice) {
    errors.push({
      line: columnHeader.line,
      message: `Baris ${columnHeader.line}: kolom pelaksana "${twice}" tertulis dua kali.`,
    });
  }

  const rows: StepRow[] = [];
  const numbered: { no: number; line: number }[] = [];
  for (const source of lines.slice(headerAt + 1)) {
    if (isTableHeader(source) || isColumnHeader(source) || !looksLikeStepRow(source)) continue;
    const number = STEP_NUMBER.exec(source.cells[0]);
    if (!number) {
      const written = source.cells[0].trim();
      errors.push({
        line: source.line,
        message: `Baris ${source.line}: nomor langkah ${written === '' ? 'kosong' : `"${written}" bukan angka`}.`,
      });
      continue;
    }
    const no = Number(number[1]);
    numbered.push({ no, line: source.line });
    const row = readStepRow(source, no, errors);
    if (row) rows.push(row);
  }
  if (numbered.length === 0 && errors.length === 0) {
    errors.push({ line: header.line, message: `Tabel langkah (baris ${header.line}) tidak berisi satu langkah pun.` });
  }
  checkNumbering(numbered, header.line, errors);
  rows.sort((a, b) => a.no - b.no);
  return { pelaksanaKolom, rows, errors };
}
