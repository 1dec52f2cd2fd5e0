import { Fake } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import type { World } from '../core/world';
import { FakeUser } from '../services/session';
import type { GridRange } from './a1';
import { fakeArg } from './arguments';
import { ProtectionType } from './enums';
import { SHEET_ERRORS } from './errors';
import { lend } from './links';
import { sheetById, spreadsheetState, type ProtectionState, type SheetState, type SpreadsheetState } from './model';
import { canEditProtection, protectionEditors } from './protection-rules';
import { FakeRange } from './range';

function emailOf(user: unknown): string {
  return user instanceof FakeUser ? user.getEmail() : String(user);
}

/**
 * Protected ranges and sheets. https://developers.google.com/apps-script/reference/spreadsheet/protection
 * - The spreadsheet owner can always edit.
 * - Until the script first changes a protection's editors, "the permissions mirror those of the spreadsheet itself,
 *   which effectively means that the range remains unprotected" (Range.protect / Sheet.protect).
 * - Protection.addEditor "does not automatically give the user permission to edit the spreadsheet itself".
 * - Warning-only protections do not stop anyone (people see a warning first).
 * - A cell is writable by a user when every non-warning protection covering it lets them edit; a sheet protection
 *   does not cover its unprotected ranges.
 * - Changing a protection the user cannot edit throws the protected-cell error (assumed: the real text is not
 *   documented).
 * - removeEditors / removeEditor keep the user running the script: the page's example adds the effective user and
 *   then removes everyone getEditors() lists, which it describes as "remove all other users from the list of
 *   editors" ("Ensure the current user is an editor before removing others").
 */
export class FakeProtection extends Fake implements FakeOf<GoogleAppsScript.Spreadsheet.Protection> {
  readonly typeName = 'Protection';
  readonly #world: World;
  readonly #spreadsheetId: string;
  readonly #sheetId: number;
  readonly #protectionId: number;

  constructor(world: World, spreadsheetId: string, sheetId: number, protectionId: number) {
    super();
    this.#world = world;
    this.#spreadsheetId = spreadsheetId;
    this.#sheetId = sheetId;
    this.#protectionId = protectionId;
  }

  get #ss(): SpreadsheetState {
    return spreadsheetState(this.#world, this.#spreadsheetId);
  }

  get #sheet(): SheetState {
    return sheetById(this.#ss, this.#sheetId);
  }

  /** The protection's state; throws once it was removed. */
  get #state(): ProtectionState {
    const p = this.#sheet.protections.find((x) => x.id === this.#protectionId);
    if (!p) throw new Error(SHEET_ERRORS.rangeNotFound);
    return p;
  }

  /** The state, for a change: only people who can edit the protection may change it. */
  get #changeable(): ProtectionState {
    const p = this.#state;
    if (!canEditProtection(this.#ss, p, this.#world.execution.effectiveUser))
      throw new Error(SHEET_ERRORS.protectedCell);
    return p;
  }

  #editorsToChange(): string[] {
    const p = this.#changeable;
    p.editors ??= [...protectionEditors(this.#ss, p)];
    return p.editors;
  }

  #range(g: GridRange): FakeRange {
    return new FakeRange(this.#world, this.#spreadsheetId, this.#sheetId, g);
  }

  getProtectionType() {
    return ProtectionType[this.#state.type];
  }

  getDescription(): string {
    return this.#state.description;
  }

  setDescription(description: string): FakeProtection {
    this.#changeable.description = description;
    return this;
  }

  getEditors(): FakeUser[] {
    return protectionEditors(this.#ss, this.#state).map((e) => new FakeUser(e));
  }

  addEditor(user: string | GoogleAppsScript.Base.User): FakeProtection {
    return this.addEditors([emailOf(user)]);
  }

  addEditors(emailAddresses: string[]): FakeProtection {
    const editors = this.#editorsToChange();
    for (const e of emailAddresses.map(emailOf)) if (!editors.includes(e)) editors.push(e);
    return this;
  }

  removeEditor(user: string | GoogleAppsScript.Base.User): FakeProtection {
    return this.removeEditors([emailOf(user)]);
  }

  removeEditors(users: string[] | GoogleAppsScript.Base.User[]): FakeProtection {
    const me = this.#world.execution.effectiveUser;
    const gone = new Set((users as unknown[]).map(emailOf).filter((e) => e !== me));
    const kept = this.#editorsToChange().filter((e) => !gone.has(e));
    this.#state.editors = kept;
    return this;
  }

  canEdit(): boolean {
    return canEditProtection(this.#ss, this.#state, this.#world.execution.effectiveUser);
  }

  canDomainEdit(): boolean {
    return false;
  }

  isWarningOnly(): boolean {
    return this.#state.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.#changeable.warningOnly = warningOnly;
    return this;
  }

  /**
   * A sheet protection's range spans the sheet's rows and columns and has no A1 notation ("")
   * (https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetspermissions.js, run on Apps Script).
   */
  getRange(): FakeRange {
    const p = this.#state;
    if (p.type === 'RANGE') return this.#range(p.range);
    const sheet = this.#sheet;
    const whole = { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
    return new FakeRange(this.#world, this.#spreadsheetId, this.#sheetId, whole, true);
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): FakeProtection {
    this.#changeable.range = FakeRange.gridOf(fakeArg(range, FakeRange, 'range'));
    return this;
  }

  getUnprotectedRanges(): FakeRange[] {
    return this.#state.unprotected.map((g) => this.#range(g));
  }

  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): FakeProtection {
    this.#changeable.unprotected = ranges.map((r) => FakeRange.gridOf(fakeArg(r, FakeRange, 'ranges')));
    return this;
  }

  remove(): void {
    const p = this.#changeable;
    const sheet = this.#sheet;
    sheet.protections = sheet.protections.filter((x) => x !== p);
  }
}

lend('protection', (world, spreadsheetId, sheetId, id) => new FakeProtection(world, spreadsheetId, sheetId, id));
