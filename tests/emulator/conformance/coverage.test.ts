import { appsScriptCalls, appsScriptMethodNames } from './inventory';
import { conformancePins, pinsByMethod } from './registry';

/**
 * The conformance suite keeps up with the product: every Apps Script method src/server calls is pinned by at least
 * one conformance test, and every pin names real methods and cites a public source. A new call in src/server without
 * a pin fails here; `npm run metode-apps-script` lists what is called where and what pins it.
 */
const SOURCES = /^https:\/\/(developers\.google\.com|issuetracker\.google\.com|github\.com)\//;

const calls = appsScriptCalls();
const pins = conformancePins();

describe('the inventory of Apps Script calls in src/server', () => {
  it('resolves calls through the type checker, whatever the receiver is called', () => {
    const methods = calls.map((c) => c.method);
    expect(methods).toEqual(
      expect.arrayContaining([
        'Spreadsheet.Range.setValues',
        'Spreadsheet.SpreadsheetApp.openById',
        'Drive_v3.FilesCollection.list',
        'Document.Body.appendTable',
        'Utilities.Utilities.computeDigest',
        'console.warn',
      ]),
    );
    expect(methods.every((m) => !m.startsWith('Base.Date.'))).toBe(true);
    expect(calls.find((c) => c.method === 'Utilities.Utilities.computeDigest')!.at).toEqual([
      'src/server/gateways/script/digest.ts:8',
    ]);
  });
});

describe('the conformance registry', () => {
  it('pins every Apps Script method src/server calls', () => {
    const pinned = pinsByMethod(pins);
    expect(calls.filter((c) => !pinned.has(c.method)).map((c) => `${c.method} (${c.at.join(', ')})`)).toEqual([]);
  });

  it('names methods the Apps Script typings declare, and cites a public source for each pin', () => {
    const declared = appsScriptMethodNames();
    const unknown = pins.flatMap((p) => p.methods.filter((m) => !declared.has(m)).map((m) => `${m} at ${p.at}`));
    expect(unknown).toEqual([]);
    expect(pins.filter((p) => p.methods.length === 0 || !SOURCES.test(p.source)).map((p) => p.at)).toEqual([]);
  });
});
