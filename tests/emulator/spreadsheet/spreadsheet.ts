import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import type { World } from '../core/world';
import { driveFiles, type DriveItem, type DriveRegistry } from '../drive/registry';
import { FakeUser } from '../services/session';
import { splitSheetName } from './a1';
import { fakeArg } from './arguments';
import { addMetadata, FakeDeveloperMetadata, FakeDeveloperMetadataFinder } from './developer-metadata';
import { SHEET_ERRORS } from './errors';
import { checkCellCount } from './limits';
import { lend } from './links';
import {
  newSheetState,
  sheetById,
  sheetByName,
  spreadsheetState,
  spreadsheetStore,
  type SpreadsheetState,
} from './model';
import type { FakeProtection } from './protection';
import type { FakeRange } from './range';
import { FakeRangeList } from './range-list';
import { FakeSheet } from './sheet';

/**
 * A spreadsheet file: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 * getId/getUrl and building ranges are 'local'; metadata reads (getName, getSheets, getSheetByName ...) are 'read'.
 * Name, owner and sharing (addEditor ...) are the file's Drive entry (driveFiles): DriveApp and Spreadsheet see the
 * same. New sheets go after the active sheet unless an index is given, and become the active sheet.
 */
const LOCAL_METHODS = [
  'getId',
  'getUrl',
  'getRange',
  'getRangeList',
  'getActiveSheet',
  'createDeveloperMetadataFinder',
];
const DRIVE_METHODS = [
  'addEditor',
  'addEditors',
  'removeEditor',
  'getEditors',
  'addViewer',
  'addViewers',
  'removeViewer',
  'getViewers',
  'getOwner',
  'rename',
];

type SheetOptions = { template?: GoogleAppsScript.Spreadsheet.Sheet };

function emailOf(user: unknown): string {
  return user instanceof FakeUser ? user.getEmail() : String(user);
}

export class FakeSpreadsheet extends Fake implements FakeOf<GoogleAppsScript.Spreadsheet.Spreadsheet> {
  readonly typeName = 'Spreadsheet';
  static override readonly calls: CallTable = { methods: { local: LOCAL_METHODS, drive: DRIVE_METHODS } };
  readonly #world: World;
  readonly #id: string;

  constructor(world: World, id: string) {
    super();
    this.#world = world;
    this.#id = id;
  }

  get #ss(): SpreadsheetState {
    return spreadsheetState(this.#world, this.#id);
  }

  get #drive(): DriveRegistry {
    return driveFiles(this.#world);
  }

  /** The Drive entry (access was checked when the spreadsheet was opened). */
  get #file(): DriveItem {
    const item = this.#drive.get(this.#id);
    if (!item) throw new Error(`No emulated spreadsheet with id ${this.#id} in Drive`);
    return item;
  }

  #share(emails: string[], role: 'editor' | 'viewer'): FakeSpreadsheet {
    const id = this.#file.id;
    for (const e of emails.map(emailOf)) this.#drive.addRole(id, e, role);
    return this;
  }

  #sheet(sheetId: number): FakeSheet {
    return new FakeSheet(this.#world, this.#id, sheetId);
  }

  getId(): string {
    return this.#id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.#id}/edit`;
  }

  getName(): string {
    return this.#file.name;
  }

  rename(newName: string): void {
    this.#file.name = newName;
    this.#drive.touch(this.#id);
  }

  getSpreadsheetTimeZone(): string {
    return this.#ss.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.#ss.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return this.#ss.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.#ss.locale = locale;
  }

  // --- sheets ---

  getSheets(): FakeSheet[] {
    return this.#ss.sheets.map((s) => this.#sheet(s.sheetId));
  }

  getNumSheets(): number {
    return this.#ss.sheets.length;
  }

  /** null when there is no such sheet. */
  getSheetByName(name: string): FakeSheet | null {
    const s = sheetByName(this.#ss, name);
    return s ? this.#sheet(s.sheetId) : null;
  }

  getSheetById(id: number): FakeSheet | null {
    const s = this.#ss.sheets.find((x) => x.sheetId === id);
    return s ? this.#sheet(s.sheetId) : null;
  }

  /** insertSheet(), (sheetName), (sheetName, sheetIndex) or (sheetIndex); sheetIndex is 0-based. */
  insertSheet(a?: string | number | SheetOptions, b?: number | SheetOptions, options?: SheetOptions): FakeSheet {
    if (typeof a === 'object' || typeof b === 'object' || options)
      throw new Error('insertSheet with a template is not emulated');
    const ss = this.#ss;
    let name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : b;
    if (name !== undefined && sheetByName(ss, name)) throw new Error(SHEET_ERRORS.sheetExists(name));
    if (name === undefined) {
      let n = ss.sheets.length + 1;
      while (sheetByName(ss, `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = newSheetState(ss, name);
    checkCellCount(ss.sheets, sheet.maxRows * sheet.maxCols);
    const activeIndex = ss.sheets.findIndex((s) => s.sheetId === ss.activeSheetId);
    const at = index === undefined ? activeIndex + 1 : Math.min(Math.max(0, index), ss.sheets.length);
    ss.sheets.splice(at, 0, sheet);
    ss.activeSheetId = sheet.sheetId;
    return this.#sheet(sheet.sheetId);
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const ss = this.#ss;
    const { spreadsheetId, sheetId } = FakeSheet.idOf(fakeArg(sheet, FakeSheet, 'sheet'));
    if (spreadsheetId !== this.#id) throw new Error(SHEET_ERRORS.sheetDeleted);
    sheetById(ss, sheetId);
    if (ss.sheets.length === 1) throw new Error(SHEET_ERRORS.lastSheet);
    ss.sheets = ss.sheets.filter((s) => s.sheetId !== sheetId);
    if (ss.activeSheetId === sheetId) ss.activeSheetId = ss.sheets[0].sheetId;
  }

  getActiveSheet(): FakeSheet {
    return this.#sheet(this.#ss.activeSheetId);
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, _restoreSelection?: boolean): FakeSheet {
    const { sheetId } = FakeSheet.idOf(fakeArg(sheet, FakeSheet, 'sheet'));
    this.#ss.activeSheetId = sheetById(this.#ss, sheetId).sheetId;
    return this.#sheet(sheetId);
  }

  // --- ranges ---

  /** "Tab!A1:B2", or a range of the active sheet when no tab is named. */
  getRange(a1Notation: string): FakeRange {
    const { sheetName, cells } = splitSheetName(a1Notation);
    const sheet = sheetName === null ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (!sheet) throw new Error(SHEET_ERRORS.rangeNotFound);
    return sheet.getRange(cells);
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    return this.getActiveSheet().getRangeList(a1Notations);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    return this.getSheets().flatMap((s) => s.getProtections(type));
  }

  // --- sharing ---

  getOwner(): FakeUser {
    return new FakeUser(this.#file.owner);
  }

  /** The owner and the editors. */
  getEditors(): FakeUser[] {
    const file = this.#file;
    return [file.owner, ...file.editors].map((e) => new FakeUser(e));
  }

  addEditor(user: string | GoogleAppsScript.Base.User): FakeSpreadsheet {
    return this.addEditors([emailOf(user)]);
  }

  addEditors(emailAddresses: string[]): FakeSpreadsheet {
    return this.#share(emailAddresses, 'editor');
  }

  removeEditor(user: string | GoogleAppsScript.Base.User): FakeSpreadsheet {
    this.#drive.removeRole(this.#file.id, emailOf(user), 'editor');
    return this;
  }

  /** Everyone who can at least view: the owner, editors, commenters and viewers, as Apps Script lists them. */
  getViewers(): FakeUser[] {
    const file = this.#file;
    return [file.owner, ...file.editors, ...file.commenters, ...file.viewers].map((e) => new FakeUser(e));
  }

  addViewer(user: string | GoogleAppsScript.Base.User): FakeSpreadsheet {
    return this.addViewers([emailOf(user)]);
  }

  addViewers(emailAddresses: string[]): FakeSpreadsheet {
    return this.#share(emailAddresses, 'viewer');
  }

  /** Removes a viewer or commenter; an editor stays an editor. */
  removeViewer(user: string | GoogleAppsScript.Base.User): FakeSpreadsheet {
    const id = this.#file.id;
    this.#drive.removeRole(id, emailOf(user), 'viewer');
    this.#drive.removeRole(id, emailOf(user), 'commenter');
    return this;
  }

  // --- metadata and messages ---

  addDeveloperMetadata(key: string, second?: unknown, third?: unknown): FakeSpreadsheet {
    addMetadata(this.#world, this.#ss, [key, second, third].slice(0, arguments.length));
    return this;
  }

  /** Metadata on the spreadsheet itself (not on its sheets). */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.#ss.developerMetadata
      .filter((m) => m.sheetId === undefined)
      .map((m) => new FakeDeveloperMetadata(this.#world, this.#id, m.id));
  }

  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.#world, this.#id);
  }

  /** Recorded for the test (spreadsheetStore(world).toasts); timeoutSeconds null means the default 5 s. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    spreadsheetStore(this.#world).toasts.push({
      spreadsheetId: this.#id,
      user: this.#world.execution.user,
      at: this.#world.clock.now(),
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }
}

lend('spreadsheet', (world, id) => new FakeSpreadsheet(world, id));
