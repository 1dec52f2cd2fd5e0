import { readHeaderBlock } from './header-block';
import { readIdentificationSheet } from './identification-sheet';
import type { ImportProblem } from './import-problem';
import { readListSections } from './list-sections';
import { guessPelaksana, type PelaksanaGuess } from './pelaksana-guess';
import { splitLines } from './source-text';
import { readStepTable, type StepRow } from './step-table';
import { parseSopTemplate } from './template';
import type { PeranTambahan, SopStep, SopTemplate } from './types';

export type { ImportProblem } from './import-problem';

export type SopImportResult =
  { ok: true; template: SopTemplate; warnings: ImportProblem[] } | { ok: false; errors: ImportProblem[] };

function guessWarning(row: StepRow, guess: PelaksanaGuess): string | undefined {
  const where = `Langkah ${row.no} (baris ${row.line})`;
  switch (guess.dasar) {
    case 'uraian':
      return undefined;
    case 'kolom-serupa':
      return `${where}: uraian menyebut "${guess.disebut}"; pelaksana diisi kolom serupa "${guess.pelaksana}". Periksa.`;
    case 'peran-tambahan':
      return (
        `${where}: uraian menyebut "${guess.disebut}", yang bukan kolom pelaksana; pelaksana diisi peran tambahan ` +
        `"${guess.pelaksana}". Tandai perUnitKerja bila setiap unit kerja mengerjakannya.`
      );
    case 'bawaan':
      return (
        `${where}: pelaksana tidak tertulis di uraian; diisi "${guess.pelaksana}" (bawaan: langkah 1 kolom pertama, ` +
        `langkah lain kolom terakhir). Periksa.`
      );
  }
}

function assignPelaksana(rows: StepRow[], columns: string[]) {
  const steps: SopStep[] = [];
  const peranTambahan: PeranTambahan[] = [];
  const warnings: ImportProblem[] = [];
  for (const row of rows) {
    const guess = guessPelaksana(row.uraian, row.no, columns);
    const { line, ...step } = row;
    steps.push({ ...step, pelaksana: guess.pelaksana });
    const warning = guessWarning(row, guess);
    if (warning) warnings.push({ line, message: warning });
    if (guess.dasar === 'peran-tambahan' && !peranTambahan.some((peran) => peran.nama === guess.pelaksana)) {
      peranTambahan.push({
        nama: guess.pelaksana,
        perUnitKerja: false,
        keterangan: `Disebut di uraian langkah ${row.no}.`,
      });
    }
  }
  return { steps, peranTambahan, warnings };
}

const byLine = (a: ImportProblem, b: ImportProblem) => a.line - b.line;

/**
 * Reads an SOP copied as text out of Word or PDF (tab-separated table rows, HTML remnants, page-break debris) into
 * the template format. Errors name the line (0 when they concern the whole text). The pelaksana of each step is not
 * in a text copy; it is guessed (see pelaksana-guess.ts) and every guess is listed in `warnings` for the user to check.
 */
export function importSop(text: string): SopImportResult {
  if (text.trim() === '') {
    return { ok: false, errors: [{ line: 0, message: 'Teks SOP kosong: tempelkan salinan SOP dari Word atau PDF.' }] };
  }
  const lines = splitLines(text);
  const table = readStepTable(lines);
  const head = readHeaderBlock(lines);
  const errors = [...table.errors, ...head.errors].sort(byLine);
  if (errors.length > 0) return { ok: false, errors };

  const sections = readListSections(lines);
  const sheet = readIdentificationSheet(lines);
  const { steps, peranTambahan, warnings } = assignPelaksana(table.rows, table.pelaksanaKolom);
  // parseSopTemplate re-checks what was built: a failure here is a bug of the importer, not of the text
  const template = parseSopTemplate({
    header: head.header,
    ...sections.lists,
    identifikasiKegiatan: sheet.identifikasi,
    pelaksanaKolom: table.pelaksanaKolom,
    peranTambahan,
    steps,
  });
  return { ok: true, template, warnings: [...sections.warnings, ...sheet.warnings, ...warnings].sort(byLine) };
}
