import type { ExecutionOptions } from '../core/world';
import { World } from '../core/world';
import { createSpreadsheetState } from './files';
import type { NewSpreadsheetOptions } from './model';
import { FakeSpreadsheetApp } from './spreadsheet-app';

/** For this folder's tests: a world, SpreadsheetApp behind the recording proxy (as a script sees it), a file. */
export const OWNER = 'sakip.sekretaris@contoh.go.id';
export const UNIT = 'operator.unit1@contoh.go.id';

export function newWorld(options: NewSpreadsheetOptions = {}) {
  const world = new World();
  const app = world.expose(
    'SpreadsheetApp',
    new FakeSpreadsheetApp(world),
  ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const id = createSpreadsheetState(world, 'Siklus 2026', { owner: OWNER, ...options }).id;
  /** Runs fn as one execution in the spreadsheet (as the owner unless told otherwise). */
  const run = <T>(fn: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => T, opts: ExecutionOptions = {}): T =>
    world.run({ user: OWNER, activeSpreadsheetId: id, ...opts }, () => fn(app.getActiveSpreadsheet()));
  return { world, app, id, run };
}
