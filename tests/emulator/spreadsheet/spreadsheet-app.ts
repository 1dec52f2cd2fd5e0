import type { CostClass } from '../core/calls';
import { Fake } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import type { World } from '../core/world';
import { fakeArg } from './arguments';
import { FakeConditionalFormatRuleBuilder } from './conditional-format';
import { FakeDataValidationBuilder } from './data-validation';
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  ProtectionType,
} from './enums';
import { SHEET_ERRORS } from './errors';
import { canOpen, createSpreadsheetState, spreadsheetStore } from './model';
import { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';

/**
 * The SpreadsheetApp global: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 * create/openById are Drive round trips; getActive..., getUi and the builders are 'local'; flush is 'flush' (the
 * emulator applies every change at once, so it has nothing to do but be counted).
 * The active spreadsheet is the execution's activeSpreadsheetId: null for a standalone run or a trigger.
 * getUi() needs a document open in front of a person: without an active spreadsheet it throws as in a trigger.
 */
const LOCAL_METHODS = new Set([
  'getActive',
  'getActiveSpreadsheet',
  'getActiveSheet',
  'setActiveSheet',
  'getUi',
  'newDataValidation',
  'newConditionalFormatRule',
]);

export class FakeSpreadsheetApp extends Fake implements FakeOf<GoogleAppsScript.Spreadsheet.SpreadsheetApp> {
  readonly typeName = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;
  readonly #world: World;

  constructor(world: World) {
    super();
    this.#world = world;
  }

  override costOf(method: string): CostClass {
    if (LOCAL_METHODS.has(method)) return 'local';
    if (method === 'flush') return 'flush';
    return 'drive';
  }

  override allowedWithoutAuth(method: string): boolean {
    return method === 'getUi';
  }

  #open(id: string, method: string): FakeSpreadsheet {
    const ss = spreadsheetStore(this.#world).files.get(id);
    if (!ss) throw new Error(SHEET_ERRORS.notFound(method));
    if (!canOpen(ss, this.#world.execution.effectiveUser)) throw new Error(SHEET_ERRORS.noAccess);
    return new FakeSpreadsheet(this.#world, id);
  }

  create(name: string, rows?: number, columns?: number): FakeSpreadsheet {
    const ss = createSpreadsheetState(this.#world, name, { owner: this.#world.execution.effectiveUser, rows, columns });
    return new FakeSpreadsheet(this.#world, ss.id);
  }

  openById(id: string): FakeSpreadsheet {
    return this.#open(id, 'openById');
  }

  openByUrl(url: string): FakeSpreadsheet {
    const id = /\/d\/([^/]+)/.exec(url)?.[1] ?? '';
    return this.#open(id, 'openByUrl');
  }

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    const id = this.#world.execution.activeSpreadsheetId;
    return id === null ? null : this.#open(id, 'getActiveSpreadsheet');
  }

  getActive(): FakeSpreadsheet | null {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): FakeSheet | null {
    return this.getActiveSpreadsheet()?.getActiveSheet() ?? null;
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, _restoreSelection?: boolean): FakeSheet {
    const { spreadsheetId } = FakeSheet.idOf(fakeArg(sheet, FakeSheet, 'sheet'));
    return new FakeSpreadsheet(this.#world, spreadsheetId).setActiveSheet(sheet);
  }

  getUi(): FakeUi {
    const id = this.#world.execution.activeSpreadsheetId;
    if (id === null) throw new Error(SHEET_ERRORS.uiContext);
    return new FakeUi(this.#world, id);
  }

  flush(): void {}

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
}
