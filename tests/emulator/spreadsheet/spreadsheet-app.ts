import type { CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
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
import { MIME_TYPES } from '../drive/enums';
import { driveFiles } from '../drive/registry';
import { spendDailyQuota } from '../services/daily-quota';
import { createSpreadsheetState } from './files';
import { spreadsheetStore } from './model';
import { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';

/**
 * The SpreadsheetApp global: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 * create/openById are Drive round trips; getActive..., getUi and the builders are 'local'; flush is 'flush' (the
 * emulator applies every change at once, so it has nothing to do but be counted).
 * The active spreadsheet is the execution's activeSpreadsheetId: null for a standalone run or a trigger.
 * getUi() needs a document open in front of a person: without an active spreadsheet it throws as in a trigger.
 * Files live in Drive (driveFiles): create puts one in the user's My Drive; opening needs access there.
 */
const LOCAL_METHODS = [
  'getActive',
  'getActiveSpreadsheet',
  'getActiveSheet',
  'setActiveSheet',
  'getUi',
  'newDataValidation',
  'newConditionalFormatRule',
];

export class FakeSpreadsheetApp extends FakeService implements FakeOf<GoogleAppsScript.Spreadsheet.SpreadsheetApp> {
  readonly typeName = 'SpreadsheetApp';
  static override readonly calls: CallTable = {
    cost: 'drive',
    methods: { local: LOCAL_METHODS, flush: ['flush'] },
    withoutAuth: ['getUi'],
    // a simple trigger "can modify the file they are bound to, but cannot access other files"
    needsFullAuth: ['openById', 'openByUrl', 'create'],
    scope: 'https://www.googleapis.com/auth/spreadsheets',
  };
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;

  /** A spreadsheet the acting user may open: an unknown id and a file they cannot see fail with different texts. */
  #open(id: string, method: string): FakeSpreadsheet {
    const drive = driveFiles(this.world);
    const item = drive.get(id);
    if (!item || item.mimeType !== MIME_TYPES.GOOGLE_SHEETS || !spreadsheetStore(this.world).files.has(id))
      throw new Error(SHEET_ERRORS.notFound(method));
    if (!drive.canView(id, this.world.execution.effectiveUser)) throw new Error(SHEET_ERRORS.noAccess);
    return new FakeSpreadsheet(this.world, id);
  }

  create(name: string, rows?: number, columns?: number): FakeSpreadsheet {
    const owner = this.world.execution.effectiveUser;
    spendDailyQuota(this.world, 'spreadsheetsCreated', owner);
    const ss = createSpreadsheetState(this.world, name, { owner, rows, columns, byApp: true });
    return new FakeSpreadsheet(this.world, ss.id);
  }

  openById(id: string): FakeSpreadsheet {
    return this.#open(id, 'openById');
  }

  openByUrl(url: string): FakeSpreadsheet {
    const id = /\/d\/([^/]+)/.exec(url)?.[1] ?? '';
    return this.#open(id, 'openByUrl');
  }

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    const id = this.world.execution.activeSpreadsheetId;
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
    return new FakeSpreadsheet(this.world, spreadsheetId).setActiveSheet(sheet);
  }

  getUi(): FakeUi {
    const id = this.world.execution.activeSpreadsheetId;
    if (id === null) throw new Error(SHEET_ERRORS.uiContext);
    return new FakeUi(this.world, id);
  }

  flush(): void {}

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
}
