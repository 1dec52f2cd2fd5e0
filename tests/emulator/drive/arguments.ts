import { signatureError } from '../core/signature';
import { FakeBlob } from '../services/blob';

/**
 * The overloads DriveApp accepts for the methods whose arguments it checks, with the errors Apps Script gives
 * (gas-fakes' test run on Apps Script, "check errors are thrown":
 * https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdrive.js).
 */

function isBlobSource(value: unknown): boolean {
  return typeof (value as { getBlob?: unknown } | null)?.getBlob === 'function';
}

/** createFile(blob) or createFile(name, content[, mimeType]); a blob needs a name, a name may not be null. */
export function checkCreateFileArguments(owner: string, args: readonly unknown[]): void {
  const [first, ...rest] = args;
  if (args.length === 1 && isBlobSource(first)) {
    const blob = (first as GoogleAppsScript.Base.BlobSource).getBlob() as unknown;
    if (blob instanceof FakeBlob && blob.getName() === null)
      throw new Error('Blob object must have non-null name for this operation.');
    return;
  }
  const textual = args.length >= 2 && args.length <= 3 && rest.every((a) => typeof a === 'string');
  if (textual && first === null) throw new Error('Invalid argument: name');
  if (!textual || typeof first !== 'string') throw signatureError(owner, 'createFile', args);
}

/** makeCopy(), makeCopy(name), makeCopy(destination) or makeCopy(name, destination). */
export function checkMakeCopyArguments(owner: string, args: readonly unknown[], isFolder: (v: unknown) => boolean) {
  const [first, second] = args;
  const fits =
    args.length === 0 ||
    (args.length === 1 && (typeof first === 'string' || isFolder(first))) ||
    (args.length === 2 && typeof first === 'string' && isFolder(second));
  if (!fits) throw signatureError(owner, 'makeCopy', args);
}

/** moveTo(destination) only. */
export function checkMoveToArguments(owner: string, args: readonly unknown[], isFolder: (v: unknown) => boolean) {
  if (args.length !== 1 || !isFolder(args[0])) throw signatureError(owner, 'moveTo', args);
}
