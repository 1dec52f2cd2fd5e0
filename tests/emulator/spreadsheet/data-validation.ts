import { Fake, IN_SCRIPT_ENGINE } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { DataValidationCriteria, enumName } from './enums';
import { SheetDate, type CellValue, type ValidationState } from './model';

/**
 * Data validation rules: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 * A rule is a value object (building it costs nothing); it reaches the sheet through Range.setDataValidation(s).
 * Rules check what people type (userEdit); values written by scripts are stored whatever the rule says, as in Sheets.
 * Criteria values follow Apps Script: VALUE_IN_LIST -> [values, showDropdown], CHECKBOX -> [] / [checked] /
 * [checked, unchecked], NUMBER_BETWEEN -> [start, end]. A new builder has no criteria (getCriteriaType() is null),
 * no values, no help text (null) and allows invalid input; a value list is text (gas-fakes' test run on Apps Script,
 * "data validation basics": https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetsdatavalidations.js).
 */
type Spreadsheet = typeof GoogleAppsScript.Spreadsheet;

export class FakeDataValidation extends Fake implements FakeOf<GoogleAppsScript.Spreadsheet.DataValidation> {
  readonly typeName = 'DataValidation';
  static override readonly calls = IN_SCRIPT_ENGINE;
  readonly #state: ValidationState;

  constructor(state: ValidationState) {
    super();
    this.#state = state;
  }

  static stateOf(rule: FakeDataValidation): ValidationState {
    return rule.#state;
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder({ ...this.#state, values: [...this.#state.values] });
  }

  getAllowInvalid(): boolean {
    return this.#state.allowInvalid;
  }

  getCriteriaType() {
    return criteriaEnum(this.#state.criteria);
  }

  getCriteriaValues(): unknown[] {
    return [...this.#state.values];
  }

  getHelpText(): string {
    return this.#state.helpText ?? '';
  }
}

/** null while a builder has no criteria yet, although the typings do not admit null. */
function criteriaEnum(name: string): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
  const criteria = name ? DataValidationCriteria[name as keyof Spreadsheet['DataValidationCriteria']] : null;
  return criteria as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
}

export class FakeDataValidationBuilder
  extends Fake
  implements FakeOf<GoogleAppsScript.Spreadsheet.DataValidationBuilder>
{
  readonly typeName = 'DataValidationBuilder';
  static override readonly calls = IN_SCRIPT_ENGINE;
  #state: ValidationState;

  constructor(state: ValidationState = { criteria: '', values: [], allowInvalid: true, helpText: null }) {
    super();
    this.#state = state;
  }

  #criteria(criteria: string, values: unknown[]): FakeDataValidationBuilder {
    this.#state = { ...this.#state, criteria, values };
    return this;
  }

  build(): FakeDataValidation {
    if (!this.#state.criteria) throw new Error('You must set a criteria for the data validation rule.');
    return new FakeDataValidation({ ...this.#state, values: [...this.#state.values] });
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder({ ...this.#state, values: [...this.#state.values] });
  }

  getAllowInvalid(): boolean {
    return this.#state.allowInvalid;
  }

  getCriteriaType() {
    return criteriaEnum(this.#state.criteria);
  }

  getCriteriaValues(): unknown[] {
    return [...this.#state.values];
  }

  getHelpText(): string | null {
    return this.#state.helpText;
  }

  /** The list is kept as text, whatever the script gave: [9, false, 'z'] reads back as ['9', 'false', 'z']. */
  requireValueInList(values: string[], showDropdown = true) {
    return this.#criteria('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown) {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.#criteria('CHECKBOX', values);
  }

  requireNumberBetween(start: number, end: number) {
    return this.#criteria('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberNotBetween(start: number, end: number) {
    return this.#criteria('NUMBER_NOT_BETWEEN', [start, end]);
  }

  requireNumberEqualTo(n: number) {
    return this.#criteria('NUMBER_EQUAL_TO', [n]);
  }

  requireNumberNotEqualTo(n: number) {
    return this.#criteria('NUMBER_NOT_EQUAL_TO', [n]);
  }

  requireNumberGreaterThan(n: number) {
    return this.#criteria('NUMBER_GREATER_THAN', [n]);
  }

  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.#criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  requireNumberLessThan(n: number) {
    return this.#criteria('NUMBER_LESS_THAN', [n]);
  }

  requireNumberLessThanOrEqualTo(n: number) {
    return this.#criteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  requireDate() {
    return this.#criteria('DATE_IS_VALID_DATE', []);
  }

  requireTextIsEmail() {
    return this.#criteria('TEXT_IS_VALID_EMAIL', []);
  }

  requireFormulaSatisfied(formula: string) {
    return this.#criteria('CUSTOM_FORMULA', [formula]);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]) {
    return this.#criteria(enumName(criteria), [...args]);
  }

  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.#state = { ...this.#state, allowInvalid: allowInvalidData };
    return this;
  }

  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.#state = { ...this.#state, helpText };
    return this;
  }
}

function asNumber(v: CellValue | undefined): number | null {
  return typeof v === 'number' ? v : null;
}

const NUMBER_TESTS: Record<string, (n: number, a: number, b: number) => boolean> = {
  NUMBER_BETWEEN: (n, a, b) => n >= Math.min(a, b) && n <= Math.max(a, b),
  NUMBER_NOT_BETWEEN: (n, a, b) => n < Math.min(a, b) || n > Math.max(a, b),
  NUMBER_EQUAL_TO: (n, a) => n === a,
  NUMBER_NOT_EQUAL_TO: (n, a) => n !== a,
  NUMBER_GREATER_THAN: (n, a) => n > a,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: (n, a) => n >= a,
  NUMBER_LESS_THAN: (n, a) => n < a,
  NUMBER_LESS_THAN_OR_EQUAL_TO: (n, a) => n <= a,
};

/**
 * Whether a stored value satisfies a rule, for the criteria the emulator checks; others (formulas, ranges) pass.
 * Empty cells always pass, as clearing a validated cell is allowed.
 */
export function satisfies(rule: ValidationState, value: CellValue | undefined): boolean {
  if (value === undefined || value === '') return true;
  const numberTest = NUMBER_TESTS[rule.criteria];
  if (numberTest) {
    const n = asNumber(value);
    return n !== null && numberTest(n, Number(rule.values[0]), Number(rule.values[1]));
  }
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return ((rule.values[0] as unknown[]) ?? []).some(
        (x) => !(value instanceof SheetDate) && String(x) === String(value),
      );
    case 'CHECKBOX': {
      const allowed = rule.values.length === 0 ? [true, false] : rule.values;
      return allowed.some((x) => x === value || (rule.values.length === 1 && value === ''));
    }
    case 'DATE_IS_VALID_DATE':
      return value instanceof SheetDate;
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
    default:
      return true;
  }
}
