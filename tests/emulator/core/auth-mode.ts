import { Fake } from './fake';
import type { AuthModeName } from './world';

/**
 * What each authorization mode lets a script call (https://developers.google.com/apps-script/reference/script/auth-mode):
 * - NONE (an add-on's onOpen in a document it has not been used in): "does not allow access to any services that
 *   require authorization": only the methods a class allows without authorisation;
 * - LIMITED (the onOpen and onEdit simple triggers): the document the script runs in, but, in the restrictions of
 *   https://developers.google.com/apps-script/guides/triggers#restrictions, simple triggers "cannot access services
 *   that require authorization" (a simple trigger "cannot send an email") and "cannot access other files";
 * - FULL (and CUSTOM_FUNCTION, not modelled apart): everything.
 */
export function authorises(authMode: AuthModeName, target: object, method: string): boolean {
  if (!(target instanceof Fake)) return authMode !== 'NONE';
  if (authMode === 'NONE') return target.allowedWithoutAuth(method);
  if (authMode === 'LIMITED') return !target.needsFullAuth(method);
  return true;
}

/**
 * The refusal as Apps Script words it: "You do not have permission to call SpreadsheetApp.openById. Required
 * permissions: https://www.googleapis.com/auth/spreadsheets" from an onEdit simple trigger
 * (https://github.com/peterherrmann/BetterLog/issues/29), "... ScriptApp.getProjectTriggers. Required permissions:
 * https://www.googleapis.com/auth/script.scriptapp" from onOpen
 * (https://github.com/diegomanuel/binance-to-google-sheets/issues/106); without the scope where the class names none.
 */
export function permissionDenied(target: object, typeName: string, method: string): string {
  const scope = target instanceof Fake ? target.scopeOf() : undefined;
  const refusal = `You do not have permission to call ${typeName}.${method}`;
  return scope ? `${refusal}. Required permissions: ${scope}` : refusal;
}
