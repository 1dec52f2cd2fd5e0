/**
 * Splits "1. Komputer 2. Printer 3. Alat tulis kantor" into its items. Only the next expected number starts a new
 * item, so numbers inside an item ("Nomor 52 Tahun 2011", "No 94") never split it. Text that does not start with
 * "1." is one item.
 */
export function splitNumberedItems(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const starts: { at: number; textAt: number }[] = [];
  let searchFrom = 0;
  for (let expected = 1; ; expected++) {
    const marker = new RegExp(`(^|\\s)${expected}\\.\\s`, 'g');
    marker.lastIndex = searchFrom;
    const match = marker.exec(trimmed);
    if (!match || (expected === 1 && match.index !== 0)) break;
    const at = match.index + match[1].length;
    starts.push({ at, textAt: match.index + match[0].length });
    searchFrom = match.index + match[0].length;
  }
  if (starts.length === 0) return [trimmed];
  return starts.map((start, index) => trimmed.slice(start.textAt, starts[index + 1]?.at).trim());
}
