/**
 * The Drive API's `fields` parameter: "files(id,name),nextPageToken" keeps those members of the response, "*" keeps
 * everything. Without it the server returns a default set of fields per method ("the list method on the files
 * resource only returns the kind, id, name, and mimeType fields").
 * https://developers.google.com/drive/api/guides/fields-parameter
 * The emulator understands names, "*" and nested "(...)" selections; anything else is refused as Drive refuses a
 * selection it cannot read.
 */
export type FieldMask = { [field: string]: FieldMask | null };

export function parseFieldMask(text: string): FieldMask {
  let at = 0;
  const invalid = () => new Error(`Invalid field selection ${text}`);
  const skipSpaces = () => {
    while (text[at] === ' ') at++;
  };
  const parseList = (): FieldMask => {
    const mask: FieldMask = {};
    for (;;) {
      skipSpaces();
      const name = /^[A-Za-z_*][\w]*/.exec(text.slice(at))?.[0];
      if (!name) throw invalid();
      at += name.length;
      skipSpaces();
      let sub: FieldMask | null = null;
      if (text[at] === '(') {
        at++;
        sub = parseList();
        if (text[at] !== ')') throw invalid();
        at++;
        skipSpaces();
      }
      mask[name] = sub;
      if (text[at] !== ',') return mask;
      at++;
    }
  };
  const mask = parseList();
  if (at < text.length) throw invalid();
  return mask;
}

/** The members of `value` the mask selects (arrays element by element). */
export function applyFieldMask(value: unknown, mask: FieldMask | null): unknown {
  if (mask === null || '*' in mask) return value;
  if (Array.isArray(value)) return value.map((v) => applyFieldMask(v, mask));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, sub] of Object.entries(mask)) {
    if (source[field] !== undefined) out[field] = applyFieldMask(source[field], sub);
  }
  return out;
}
