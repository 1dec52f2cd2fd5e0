import { Fake } from './fake';
import { isDate } from './realm';

/** Types of the base service, which Apps Script names without a service prefix. */
const BASE_TYPES: ReadonlySet<string> = new Set(['Blob', 'User']);

/** How Apps Script names an argument's type in its signature error: String, number, number[], DriveApp.Folder ... */
function javaTypeName(value: unknown, service: string): string {
  if (value === null || value === undefined) return 'null';
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) return 'number[]';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (value instanceof Fake) return BASE_TYPES.has(value.typeName) ? value.typeName : `${service}.${value.typeName}`;
  return 'Object';
}

/**
 * Apps Script's error for arguments that fit none of a method's overloads, e.g. "The parameters (DriveApp.Folder,
 * String) don't match the method signature for DriveApp.File.makeCopy."
 * (https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdrive.js, run on Apps Script). `owner` is the
 * service and class the method belongs to ("Utilities", "DriveApp.File"); fakes among the arguments are named with
 * the owner's service.
 */
export function signatureError(owner: string, method: string, args: readonly unknown[]): Error {
  const service = owner.split('.')[0];
  const types = args.map((a) => javaTypeName(a, service)).join(',');
  return new Error(`The parameters (${types}) don't match the method signature for ${owner}.${method}.`);
}
