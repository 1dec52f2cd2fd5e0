/**
 * Default pelaksana of an imported step. The swimlane marks that say who does a step are lost when the form is
 * copied as text, so the importer applies this rule:
 *  1. The uraian may name its actor, either before its first active verb (me-…): "Sekretaris menyampaikan …",
 *     "Kabid Menghimpun …", or after "oleh": "Penandatanganan … oleh Kepala Dinsospermasdes". The actor maps
 *     - to the column it is written as ("Sekretaris") — read from the text, not a guess;
 *     - else to the first column sharing its first word ("Kepala Badan" -> "Kepala Dinsospermasdes");
 *     - else, when its first word is a common position title ("Kabid"), to an extra role of that name.
 *  2. Otherwise the first step goes to the first column (the columns run from the highest position down, and an SOP
 *     opens with the head's order) and every other step to the last column (the staff who carry the work out).
 */

type DasarPelaksana = 'uraian' | 'kolom-serupa' | 'peran-tambahan' | 'bawaan';

export interface PelaksanaGuess {
  pelaksana: string;
  dasar: DasarPelaksana;
  /** the actor as the uraian names it, when it does */
  disebut?: string;
}

/** Position titles common in Indonesian local government, lower case. */
const JABATAN_UMUM = [
  'kepala',
  'sekretaris',
  'kabid',
  'kabag',
  'kasubbag',
  'kasubag',
  'kasubbid',
  'kasi',
  'kasie',
  'camat',
  'lurah',
  'bupati',
  'bendahara',
  'staf',
  'pejabat',
];
const MAX_ACTOR_WORDS = 3;

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0].toLowerCase();
}

/** "Kabid Menghimpun …" -> "Kabid"; "Kepala Badan mengoreksi …" -> "Kepala Badan". */
function actorBeforeVerb(uraian: string): string | undefined {
  const words = uraian.trim().split(/\s+/);
  const verbAt = words.findIndex((word) => /^me[a-z]/i.test(word));
  if (verbAt < 1 || verbAt > MAX_ACTOR_WORDS || !/^[A-Z]/.test(words[0])) return undefined;
  return words.slice(0, verbAt).join(' ');
}

/** "… oleh Kepala Dinsospermasdes" -> "Kepala Dinsospermasdes". */
function actorAfterOleh(uraian: string): string | undefined {
  return /\boleh\s+([^.,;]+)/i.exec(uraian)?.[1].trim();
}

function leadingCapitalised(phrase: string): string {
  const words = phrase.split(/\s+/);
  const end = words.findIndex((word, index) => index > 0 && !/^[A-Z]/.test(word));
  return words.slice(0, end === -1 ? words.length : end).join(' ');
}

function resolveActor(actor: string, columns: readonly string[]): PelaksanaGuess | undefined {
  const lower = actor.toLowerCase();
  const written = [...columns]
    .sort((a, b) => b.length - a.length)
    .find((column) => lower === column.toLowerCase() || lower.startsWith(column.toLowerCase() + ' '));
  if (written) return { pelaksana: written, dasar: 'uraian', disebut: actor };
  const similar = columns.find((column) => firstWord(column) === firstWord(actor));
  if (similar) return { pelaksana: similar, dasar: 'kolom-serupa', disebut: actor };
  if (JABATAN_UMUM.includes(firstWord(actor))) {
    return { pelaksana: leadingCapitalised(actor), dasar: 'peran-tambahan', disebut: actor };
  }
  return undefined;
}

/** `columns` are the pelaksana columns of the table, left to right (at least one). */
export function guessPelaksana(uraian: string, stepNo: number, columns: readonly string[]): PelaksanaGuess {
  for (const actor of [actorBeforeVerb(uraian), actorAfterOleh(uraian)]) {
    const resolved = actor ? resolveActor(actor, columns) : undefined;
    if (resolved) return resolved;
  }
  return { pelaksana: stepNo === 1 ? columns[0] : columns[columns.length - 1], dasar: 'bawaan' };
}
