import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_PATH = join(__dirname, '../../fixtures/sop-pengukuran-kinerja.txt');
const TEMPLATE_PATH = join(__dirname, '../../../sheets-templates/sop-pengukuran-kinerja.json');

/** The SOP text exactly as its users copy it out of Word. */
export const SOP_TEXT = readFileSync(FIXTURE_PATH, 'utf8');

export function templateJson(): unknown {
  return JSON.parse(readFileSync(TEMPLATE_PATH, 'utf8'));
}

/** 1-based number of the first line of SOP_TEXT starting with `prefix`; throws when none does (a broken test). */
export function lineStarting(prefix: string): number {
  const index = SOP_TEXT.split('\n').findIndex((line) => line.startsWith(prefix));
  if (index === -1) throw new Error(`no line starts with ${JSON.stringify(prefix)}`);
  return index + 1;
}

/** SOP_TEXT with the line starting with `prefix` passed through `edit`. */
export function editLine(prefix: string, edit: (line: string) => string): string {
  const lines = SOP_TEXT.split('\n');
  const at = lineStarting(prefix) - 1;
  lines[at] = edit(lines[at]);
  return lines.join('\n');
}
