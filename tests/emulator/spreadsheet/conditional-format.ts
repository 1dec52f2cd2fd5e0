import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import type { World } from '../core/world';
import { fakeArg } from './arguments';
import { BooleanCriteria } from './enums';
import type { ConditionalRuleState } from './model';
import { FakeRange } from './range';

/**
 * Conditional format rules (boolean conditions only):
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 * Rules are value objects; Sheet.setConditionalFormatRules stores them. A rule remembers the spreadsheet its ranges
 * belong to so getRanges() can hand Ranges back.
 */
interface RuleData {
  state: ConditionalRuleState;
  world: World | null;
  spreadsheetId: string | null;
  sheetId: number | null;
}

function criteriaEnum(name: string): GoogleAppsScript.Spreadsheet.BooleanCriteria {
  return BooleanCriteria[name as keyof (typeof GoogleAppsScript.Spreadsheet)['BooleanCriteria']];
}

function copyData(d: RuleData): RuleData {
  return { ...d, state: { ...d.state, ranges: [...d.state.ranges], values: [...d.state.values] } };
}

function rangesOf(d: RuleData): FakeRange[] {
  const { world, spreadsheetId, sheetId } = d;
  if (!world || spreadsheetId === null || sheetId === null) return [];
  return d.state.ranges.map((g) => new FakeRange(world, spreadsheetId, sheetId, g));
}

export class FakeBooleanCondition extends Fake implements FakeOf<GoogleAppsScript.Spreadsheet.BooleanCondition> {
  readonly typeName = 'BooleanCondition';
  static override readonly calls: CallTable = { cost: 'local' };
  readonly #state: ConditionalRuleState;

  constructor(state: ConditionalRuleState) {
    super();
    this.#state = state;
  }

  getCriteriaType() {
    return criteriaEnum(this.#state.criteria);
  }

  getCriteriaValues(): unknown[] {
    return [...this.#state.values];
  }

  getBackground(): string | null {
    return this.#state.background;
  }

  getFontColor(): string | null {
    return this.#state.fontColor;
  }

  getBold(): boolean | null {
    return this.#state.bold;
  }
}

export class FakeConditionalFormatRule
  extends Fake
  implements FakeOf<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>
{
  readonly typeName = 'ConditionalFormatRule';
  static override readonly calls: CallTable = { cost: 'local' };
  readonly #data: RuleData;

  constructor(data: RuleData) {
    super();
    this.#data = data;
  }

  static dataOf(rule: FakeConditionalFormatRule): RuleData {
    return rule.#data;
  }

  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(copyData(this.#data));
  }

  getBooleanCondition(): FakeBooleanCondition {
    return new FakeBooleanCondition(this.#data.state);
  }

  getGradientCondition(): null {
    return null;
  }

  getRanges(): FakeRange[] {
    return rangesOf(this.#data);
  }
}

export class FakeConditionalFormatRuleBuilder
  extends Fake
  implements FakeOf<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>
{
  readonly typeName = 'ConditionalFormatRuleBuilder';
  static override readonly calls: CallTable = { cost: 'local' };
  readonly #data: RuleData;

  constructor(
    data: RuleData = {
      state: { ranges: [], criteria: '', values: [], background: null, fontColor: null, bold: null },
      world: null,
      spreadsheetId: null,
      sheetId: null,
    },
  ) {
    super();
    this.#data = data;
  }

  #when(criteria: string, values: unknown[]): FakeConditionalFormatRuleBuilder {
    this.#data.state.criteria = criteria;
    this.#data.state.values = values;
    return this;
  }

  build(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule(copyData(this.#data));
  }

  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(copyData(this.#data));
  }

  getBooleanCondition(): FakeBooleanCondition {
    return new FakeBooleanCondition(this.#data.state);
  }

  getRanges(): FakeRange[] {
    return rangesOf(this.#data);
  }

  setBackground(color: string | null) {
    this.#data.state.background = color;
    return this;
  }

  setFontColor(color: string | null) {
    this.#data.state.fontColor = color;
    return this;
  }

  setBold(bold: boolean | null) {
    this.#data.state.bold = bold;
    return this;
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]) {
    const fakes = ranges.map((r) => fakeArg(r, FakeRange, 'ranges'));
    const first = fakes[0];
    this.#data.state.ranges = fakes.map((r) => FakeRange.gridOf(r));
    if (first) Object.assign(this.#data, FakeRange.locationOf(first));
    return this;
  }

  whenCellEmpty() {
    return this.#when('CELL_EMPTY', []);
  }

  whenCellNotEmpty() {
    return this.#when('CELL_NOT_EMPTY', []);
  }

  whenNumberBetween(start: number, end: number) {
    return this.#when('NUMBER_BETWEEN', [start, end]);
  }

  whenNumberEqualTo(n: number) {
    return this.#when('NUMBER_EQUAL_TO', [n]);
  }

  whenNumberGreaterThan(n: number) {
    return this.#when('NUMBER_GREATER_THAN', [n]);
  }

  whenNumberGreaterThanOrEqualTo(n: number) {
    return this.#when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  whenNumberLessThan(n: number) {
    return this.#when('NUMBER_LESS_THAN', [n]);
  }

  whenNumberLessThanOrEqualTo(n: number) {
    return this.#when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  whenTextEqualTo(text: string) {
    return this.#when('TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string) {
    return this.#when('TEXT_CONTAINS', [text]);
  }

  whenFormulaSatisfied(formula: string) {
    return this.#when('CUSTOM_FORMULA', [formula]);
  }
}
