import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import type { FakeRange } from './range';

/**
 * Several ranges of one sheet changed in one call: https://developers.google.com/apps-script/reference/spreadsheet/range-list
 * Each change is one round trip for the whole list, which is why scripts use it for scattered formatting.
 */
export class FakeRangeList extends Fake implements FakeOf<GoogleAppsScript.Spreadsheet.RangeList> {
  readonly typeName = 'RangeList';
  static override readonly calls: CallTable = { methods: { local: ['getRanges'] } };
  readonly #ranges: FakeRange[];

  constructor(ranges: FakeRange[]) {
    super();
    this.#ranges = ranges;
  }

  #each(fn: (r: FakeRange) => unknown): FakeRangeList {
    this.#ranges.forEach(fn);
    return this;
  }

  getRanges(): FakeRange[] {
    return [...this.#ranges];
  }

  setValue(value: unknown) {
    return this.#each((r) => r.setValue(value));
  }

  setFormula(formula: string) {
    return this.#each((r) => r.setFormula(formula));
  }

  setBackground(color: string | null) {
    return this.#each((r) => r.setBackground(color));
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null) {
    return this.#each((r) => r.setFontWeight(fontWeight));
  }

  setFontColor(color: string | null) {
    return this.#each((r) => r.setFontColor(color));
  }

  setNumberFormat(format: string) {
    return this.#each((r) => r.setNumberFormat(format));
  }

  setWrap(isWrapEnabled: boolean) {
    return this.#each((r) => r.setWrap(isWrapEnabled));
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null) {
    return this.#each((r) => r.setHorizontalAlignment(alignment));
  }

  setNote(note: string | null) {
    return this.#each((r) => r.setNote(note));
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null) {
    return this.#each((r) => r.setDataValidation(rule));
  }

  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown) {
    return this.#each((r) => r.insertCheckboxes(checkedValue, uncheckedValue));
  }

  clearContent() {
    return this.#each((r) => r.clearContent());
  }

  clear() {
    return this.#each((r) => r.clear());
  }

  clearFormat() {
    return this.#each((r) => r.clearFormat());
  }
}
