/**
 * A conformance test pins Apps Script methods to behaviour from a source: it names the methods (as the inventory
 * names them, e.g. `Spreadsheet.Range.setValues`) and the page, issue or live-verified test the expectation comes
 * from. registry.ts reads these calls from the test files, so the registry cannot drift from the tests.
 */
export function pin(methods: string | readonly string[], source: string, title: string, body: () => void): void {
  const names = typeof methods === 'string' ? [methods] : methods;
  it(`${names.join(', ')}: ${title} — ${source}`, body);
}
