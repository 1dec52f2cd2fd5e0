import { DRIVE_ERRORS, type DriveItem } from './registry';

/**
 * The part of Drive's search language (DriveApp.searchFiles / searchFolders) the emulator understands: clauses joined
 * by `and`, each one of
 *   title = '...'   title contains '...'   (also `name`)
 *   mimeType = '...'   mimeType != '...'
 *   '<folder id>' in parents
 *   trashed = true | false
 * Values are single-quoted; \' escapes a quote. Anything else throws "Invalid argument: q", as Drive does for a query
 * it cannot parse, so a script relying on more fails loudly here instead of matching wrongly.
 * https://developers.google.com/apps-script/reference/drive/drive-app#searchFiles(String)
 */
export type ItemFilter = (item: DriveItem) => boolean;

const QUOTED = String.raw`'((?:[^'\\]|\\.)*)'`;
const CLAUSES: [RegExp, (value: string, operator: string) => ItemFilter][] = [
  [
    new RegExp(String.raw`^(?:title|name)\s*(=|contains)\s*${QUOTED}$`, 'i'),
    (value, op) => (op === '=' ? (item) => item.name === value : (item) => item.name.includes(value)),
  ],
  [
    new RegExp(String.raw`^mimeType\s*(=|!=)\s*${QUOTED}$`, 'i'),
    (value, op) => (op === '=' ? (item) => item.mimeType === value : (item) => item.mimeType !== value),
  ],
  [new RegExp(String.raw`^()${QUOTED}\s+in\s+parents$`, 'i'), (value) => (item) => item.parents.includes(value)],
  [/^trashed\s*(=)\s*(true|false)$/i, (value) => (item) => item.trashed === (value.toLowerCase() === 'true')],
];

export function parseDriveQuery(query: string): ItemFilter {
  const filters = splitOnAnd(query.trim()).map(parseClause);
  return (item) => filters.every((f) => f(item));
}

function parseClause(clause: string): ItemFilter {
  for (const [pattern, build] of CLAUSES) {
    const match = pattern.exec(clause.trim());
    if (match) return build(match[2].replace(/\\(.)/g, '$1'), match[1]);
  }
  throw new Error(DRIVE_ERRORS.invalidQuery);
}

/** Splits on ` and ` outside quoted values. */
function splitOnAnd(query: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < query.length; i++) {
    const ch = query[i];
    if (ch === '\\' && quoted) {
      current += ch + (query[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === "'") quoted = !quoted;
    if (!quoted && /^\s+and\s+/i.test(query.slice(i))) {
      parts.push(current);
      current = '';
      i += /^\s+and\s+/i.exec(query.slice(i))![0].length - 1;
      continue;
    }
    current += ch;
  }
  if (quoted || !current.trim()) throw new Error(DRIVE_ERRORS.invalidQuery);
  parts.push(current);
  return parts;
}
