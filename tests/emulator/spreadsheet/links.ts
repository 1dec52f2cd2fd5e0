import type { Fake } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import type { World } from '../core/world';

/**
 * A Range hands back its Sheet (getSheet) and new Protections (protect), a Sheet its Spreadsheet (getParent): fakes
 * whose modules import the lower one (sheet.ts imports range.ts, spreadsheet.ts imports sheet.ts ...). Importing them
 * back would close an import cycle, so each of those modules lends its constructor here when it loads, and the lower
 * fakes build through `linked`. Their type is the Apps Script interface the fake implements.
 */
export type SheetFake = Fake & FakeOf<GoogleAppsScript.Spreadsheet.Sheet>;
export type SpreadsheetFake = Fake & FakeOf<GoogleAppsScript.Spreadsheet.Spreadsheet>;
export type ProtectionFake = Fake & FakeOf<GoogleAppsScript.Spreadsheet.Protection>;

interface Links {
  sheet(world: World, spreadsheetId: string, sheetId: number): SheetFake;
  spreadsheet(world: World, spreadsheetId: string): SpreadsheetFake;
  protection(world: World, spreadsheetId: string, sheetId: number, protectionId: number): ProtectionFake;
}

const lent: Partial<Links> = {};

/** Called once by the module that defines the fake. */
export function lend<K extends keyof Links>(kind: K, make: Links[K]): void {
  lent[kind] = make;
}

export function linked<K extends keyof Links>(kind: K): Links[K] {
  const make = lent[kind];
  if (!make) throw new Error(`Emulator: the ${kind} fake is not loaded (import ./spreadsheet-app)`);
  return make;
}
