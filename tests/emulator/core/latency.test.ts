import { createGlobals } from '../index';
import { newWorld, OWNER } from '../spreadsheet/test-world';
import type { CallRecord } from './calls';
import { LatencyModel } from './latency';
import { World } from './world';

/**
 * The latency model's figures and where each comes from: docs/latensi.md. Each test names the source of the behaviour
 * or figure it pins.
 */
const model = new LatencyModel();
const { costs, msPerCell } = model;

function record(over: Partial<CallRecord>): CallRecord {
  return {
    seq: 1,
    service: 'SpreadsheetApp',
    type: 'Range',
    method: 'setValue',
    costClass: 'write',
    argsSize: 1,
    execution: 1,
    user: OWNER,
    ...over,
  };
}

/** The calls `fn` makes in the spreadsheet, priced by the model. */
function priced(
  fn: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, app: GoogleAppsScript.Spreadsheet.SpreadsheetApp) => void,
) {
  const { world, run, app } = newWorld();
  const mark = world.calls.mark();
  run((ss) => fn(ss, app));
  const calls = world.calls.since(mark);
  return { calls, seconds: model.seconds(calls), roundTrips: model.roundTrips(calls), world };
}

describe('write caching', () => {
  // "Apps Script caches writes until a read or flush": "Every time you do a read, we must first empty (commit) the
  // write cache" (http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html); "Alternating
  // read and write commands is slow" (https://developers.google.com/apps-script/guides/support/best-practices)
  it('sends consecutive writes to one spreadsheet as one round trip', () => {
    const { calls, roundTrips } = priced((ss) => {
      const sheet = ss.getSheets()[0];
      for (let i = 1; i <= 10; i++) sheet.getRange(i, 1).setValue(i);
    });
    const writes = model.price(calls).filter((p) => p.tarif === 'write');
    expect(writes).toHaveLength(10);
    expect(writes.filter((p) => p.roundTrip)).toHaveLength(1);
    // the second and later setters of a run cost under a millisecond each (docs/latensi.md, Mogsdad: 400 row writes
    // without flush in 164 ms)
    expect(Math.max(...writes.slice(1).map((p) => p.ms))).toBeLessThan(1);
    expect(roundTrips).toBe(calls.filter((c) => c.costClass !== 'local').length - 9);
  });

  it('commits the pending writes at a read of the same spreadsheet: the next write is a round trip again', () => {
    const interleaved = priced((ss) => {
      const sheet = ss.getSheets()[0];
      for (let i = 1; i <= 10; i++) {
        sheet.getRange(i, 1).setValue(i);
        sheet.getRange(i, 1).getValue();
      }
    });
    const batched = priced((ss) => {
      const sheet = ss.getSheets()[0];
      for (let i = 1; i <= 10; i++) sheet.getRange(i, 1).setValue(i);
      for (let i = 1; i <= 10; i++) sheet.getRange(i, 1).getValue();
    });
    const writeTrips = (p: typeof batched) =>
      model.price(p.calls).filter((x) => x.tarif === 'write' && x.roundTrip).length;
    expect(writeTrips(interleaved)).toBe(10);
    expect(writeTrips(batched)).toBe(1);
    expect(interleaved.seconds - batched.seconds).toBeCloseTo((9 * (costs.write - 0.4)) / 1000, 3);
  });

  it('keeps the batch open across a read of another spreadsheet, and ends it at a flush', () => {
    const { world, run, app } = newWorld();
    const other = world.run({ user: OWNER }, () => app.create('Lain').getId());
    const mark = world.calls.mark();
    run((ss) => {
      const sheet = ss.getSheets()[0];
      const cell = app.openById(other).getSheets()[0].getRange(1, 1);
      sheet.getRange(1, 1).setValue(1);
      cell.getValue();
      sheet.getRange(2, 1).setValue(2);
      app.flush(); // "Applies all pending Spreadsheet changes" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush())
      sheet.getRange(3, 1).setValue(3);
    });
    const writes = model.price(world.calls.since(mark)).filter((p) => p.tarif === 'write');
    expect(writes.map((p) => p.roundTrip)).toEqual([true, false, true]);
  });

  it('ends the batch at a call to another service', () => {
    const world = new World();
    const g = createGlobals(world) as unknown as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      PropertiesService: GoogleAppsScript.Properties.PropertiesService;
    };
    const mark = world.calls.mark();
    world.run({ user: OWNER }, () => {
      const sheet = g.SpreadsheetApp.create('Siklus').getSheets()[0];
      sheet.getRange(1, 1).setValue(1);
      sheet.getRange(2, 1).setValue(2);
      g.PropertiesService.getScriptProperties().getProperty('x');
      sheet.getRange(3, 1).setValue(3);
    });
    const writes = model.price(world.calls.since(mark)).filter((p) => p.tarif === 'write');
    expect(writes.map((p) => p.roundTrip)).toEqual([true, false, true]);
  });

  it('does not carry a batch from one execution into the next', () => {
    const meter = model.meter();
    const first = meter.price(record({ execution: 1, document: 'ss-1' }));
    const next = meter.price(record({ execution: 2, document: 'ss-1' }));
    expect([first.roundTrip, next.roundTrip]).toEqual([true, true]);
  });

  it('charges the execution time the batched price, so a long run of setters fits in the 6 minutes', () => {
    // 10,000 single-cell writes at a full round trip each would be 500 s; batched they are about 4 s
    const { world, run } = newWorld();
    expect(() =>
      run((ss) => {
        const sheet = ss.getSheets()[0];
        for (let i = 0; i < 10_000; i++) sheet.getRange((i % 900) + 1, 1).setValue(i);
      }),
    ).not.toThrow();
    expect(world.calls.count({ method: 'setValue' })).toBe(10_000);
  });
});

describe('size', () => {
  it('prices a read by the cells it returns', () => {
    const small = priced((ss) => ss.getSheets()[0].getRange(1, 1).getValues());
    const large = priced((ss) => ss.getSheets()[0].getRange(1, 1, 100, 20).getValues());
    expect(large.seconds - small.seconds).toBeCloseTo((1999 * msPerCell.read) / 1000, 5);
  });

  it('prices a committed 4,000-cell setValues near the 610 ms measured for it with a flush', () => {
    // Mogsdad's measurement (docs/latensi.md): one setValues of 4,000 cells then SpreadsheetApp.flush: 610 ms
    const grid = Array.from({ length: 400 }, () => Array.from({ length: 10 }, () => 'x'));
    const { calls } = priced((ss, app) => {
      ss.getSheets()[0].getRange(1, 1, 400, 10).setValues(grid);
      app.flush();
    });
    const ms = model
      .price(calls)
      .filter((p) => p.tarif === 'write' || p.tarif === 'flush')
      .reduce((n, p) => n + p.ms, 0);
    expect(ms).toBeGreaterThan(500);
    expect(ms).toBeLessThan(700);
  });

  it('makes per-cell writes with a flush after each row far slower than one batch, as measured', () => {
    // the same measurement: a flush per row of 400 rows took almost 12 s, one batch 610 ms
    const row = [Array.from({ length: 10 }, () => 'x')];
    const perRow = priced((ss, app) => {
      const sheet = ss.getSheets()[0];
      for (let r = 1; r <= 400; r++) {
        sheet.getRange(r, 1, 1, 10).setValues(row);
        app.flush();
      }
    });
    expect(perRow.seconds).toBeGreaterThan(20 * 0.61);
    expect(perRow.seconds).toBeLessThan(60);
  });
});

describe('other services', () => {
  it('prices DocumentApp element calls as round trips of their own, apart from whole-document calls and saveAndClose', () => {
    const world = new World();
    const { DocumentApp } = createGlobals(world) as unknown as { DocumentApp: GoogleAppsScript.Document.DocumentApp };
    const mark = world.calls.mark();
    world.run({ user: OWNER }, () => {
      const doc = DocumentApp.create('Dokumen');
      const body = doc.getBody();
      body.appendParagraph('Satu');
      body
        .appendTable([['a', 'b']])
        .getCell(0, 0)
        .setText('c');
      doc.saveAndClose();
    });
    const b = model.breakdown(world.calls.since(mark));
    expect(b.docs.calls).toBe(1);
    expect(b['docs-save'].calls).toBe(1);
    expect(b['docs-element'].calls).toBeGreaterThanOrEqual(4);
    expect(b['docs-element'].seconds).toBeCloseTo((b['docs-element'].calls * costs['docs-element']) / 1000);
  });

  it('prices a Sheets or Docs API request as one request, whatever the service says of it', () => {
    const sheets = record({ service: 'Sheets', type: 'Spreadsheets', method: 'batchUpdate', costClass: 'drive' });
    const docs = record({ service: 'Docs', type: 'Documents', method: 'batchUpdate', costClass: 'docs' });
    expect(model.tarifOf(sheets)).toBe('api');
    expect(model.tarifOf(docs)).toBe('api');
    expect(model.seconds([sheets])).toBeCloseTo((costs.api + msPerCell.api) / 1000);
  });

  it('prices Drive, mail and calendar calls by their class, and a property setter above a getter', () => {
    // PropertiesService: getProperty 30 ms, setProperty 62 ms on average (https://ziritione.org/post/apps_script_performance)
    const get = record({
      service: 'PropertiesService',
      type: 'Properties',
      method: 'getProperty',
      costClass: 'properties',
    });
    const set = { ...get, method: 'setProperty' };
    expect(model.seconds([get])).toBeCloseTo(0.03);
    expect(model.seconds([set])).toBeCloseTo(0.062);
    for (const c of ['drive', 'mail', 'calendar'] as const)
      expect(model.seconds([record({ service: 'X', costClass: c })])).toBeCloseTo(costs[c] / 1000);
  });
});
