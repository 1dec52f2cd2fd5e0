import type { ImportProblem } from './import-problem';
import { splitNumberedItems } from './numbered-items';
import { isBlank, labelOf, plainText, type SourceLine } from './source-text';
import type { SopTemplate } from './types';

type ListField = 'dasarHukum' | 'kualifikasiPelaksana' | 'keterkaitan' | 'peralatan' | 'peringatan' | 'pencatatan';

/** Label beginnings as the form writes them ("Peralatan/perlengkapan :", "Pencatatan dan pendataan :"). */
const SECTIONS: { prefix: string; field: ListField; nama: string }[] = [
  { prefix: 'dasar hukum', field: 'dasarHukum', nama: 'Dasar Hukum' },
  { prefix: 'kualifikasi pelaksana', field: 'kualifikasiPelaksana', nama: 'Kualifikasi Pelaksana' },
  { prefix: 'keterkaitan', field: 'keterkaitan', nama: 'Keterkaitan' },
  { prefix: 'peralatan', field: 'peralatan', nama: 'Peralatan/Perlengkapan' },
  { prefix: 'peringatan', field: 'peringatan', nama: 'Peringatan' },
  { prefix: 'pencatatan', field: 'pencatatan', nama: 'Pencatatan dan Pendataan' },
];

export interface ListSections {
  lists: Pick<SopTemplate, ListField>;
  warnings: ImportProblem[];
}

function sectionOf(cell: string) {
  const label = labelOf(cell);
  return label === '' ? undefined : SECTIONS.find((section) => label.startsWith(section.prefix));
}

/** A line of section titles only, e.g. "<b>Dasar Hukum :</b><TAB><b>Kualifikasi pelaksana :</b>". */
function isTitleLine(source: SourceLine): boolean {
  const filled = source.cells.filter((cell) => cell.trim() !== '');
  return filled.length > 0 && filled.every((cell) => sectionOf(cell) !== undefined);
}

/** Items of one cell: numbered "1. … 2. …", or unnumbered <li> elements. */
function itemsOf(cell: string): string[] {
  const text = plainText(cell);
  const listItems = [...cell.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/gi)].map((match) => plainText(match[1]));
  if (listItems.length > 0 && !text.startsWith('1.')) return listItems.filter((item) => item !== '');
  return splitNumberedItems(text).filter((item) => item !== '');
}

/**
 * Reads the numbered lists of the form. Titles stand side by side on one line and their contents on the lines below
 * (up to a blank line or the next titles), column by column.
 */
export function readListSections(lines: SourceLine[]): ListSections {
  const lists: Partial<Pick<SopTemplate, ListField>> = {};
  lines.forEach((source, index) => {
    if (!isTitleLine(source)) return;
    const content: SourceLine[] = [];
    for (const next of lines.slice(index + 1)) {
      if (isBlank(next) || isTitleLine(next)) break;
      content.push(next);
    }
    source.cells.forEach((cell, column) => {
      const section = sectionOf(cell);
      if (!section || lists[section.field]) return;
      lists[section.field] = itemsOf(content.map((line) => line.cells[column] ?? '').join(' '));
    });
  });
  const warnings = SECTIONS.filter((section) => !lists[section.field]).map((section) => ({
    line: 0,
    message: `Bagian "${section.nama}" tidak ditemukan; dibiarkan kosong.`,
  }));
  const listOf = (field: ListField) => lists[field] ?? [];
  return {
    lists: {
      dasarHukum: listOf('dasarHukum'),
      kualifikasiPelaksana: listOf('kualifikasiPelaksana'),
      keterkaitan: listOf('keterkaitan'),
      peralatan: listOf('peralatan'),
      peringatan: listOf('peringatan'),
      pencatatan: listOf('pencatatan'),
    },
    warnings,
  };
}
