/**
 * Apps Script enums are objects whose toString() is their name (`String(SpreadsheetApp.ProtectionType.RANGE)` is
 * "RANGE"), compared by identity or loosely with their name. EnumValue is not a plain object, so the realm boundary
 * hands the same instance to the script every time and `a === SpreadsheetApp.ProtectionType.RANGE` holds.
 */
export class EnumValue {
  constructor(
    readonly enumName: string,
    private readonly valueName: string,
    private readonly position: number,
  ) {}

  name(): string {
    return this.valueName;
  }

  ordinal(): number {
    return this.position;
  }

  toString(): string {
    return this.valueName;
  }

  toJSON(): string {
    return this.valueName;
  }
}

/** The enum object; typed as the real @types enum so fakes type-check against it. */
function makeEnum<E>(enumName: string, names: readonly string[]): E {
  const values: Record<string, EnumValue> = {};
  names.forEach((n, i) => (values[n] = new EnumValue(enumName, n, i)));
  return Object.freeze(values) as unknown as E;
}

/** The name of an enum value handed in by a script (an EnumValue, or its name as a string). */
export function enumName(value: unknown): string {
  return String(value);
}

type S = typeof GoogleAppsScript.Spreadsheet;
type B = typeof GoogleAppsScript.Base;

export const ProtectionType = makeEnum<S['ProtectionType']>('ProtectionType', ['RANGE', 'SHEET']);
export const DeveloperMetadataVisibility = makeEnum<S['DeveloperMetadataVisibility']>('DeveloperMetadataVisibility', [
  'DOCUMENT',
  'PROJECT',
]);
export const DeveloperMetadataLocationType = makeEnum<S['DeveloperMetadataLocationType']>(
  'DeveloperMetadataLocationType',
  ['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'],
);
export const BorderStyle = makeEnum<S['BorderStyle']>('BorderStyle', [
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]);
export const DataValidationCriteria = makeEnum<S['DataValidationCriteria']>('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);
export const BooleanCriteria = makeEnum<S['BooleanCriteria']>('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);
export const Button = makeEnum<B['Button']>('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = makeEnum<B['ButtonSet']>('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
