import { createGlobals, World } from '..';
import type { ExecutionOptions } from '../core/world';

/** The person the conformance tests run as. */
const OWNER = 'sakip.sekretaris@contoh.go.id';

/** The Apps Script globals the conformance tests call, typed as the real services (as the product's code sees them). */
export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Drive: GoogleAppsScript.Drive;
  Docs: GoogleAppsScript.Docs;
  Sheets: GoogleAppsScript.Sheets;
  MailApp: GoogleAppsScript.Mail.MailApp;
  CalendarApp: GoogleAppsScript.Calendar.CalendarApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
}

/**
 * A fresh emulated world with every service behind its recording proxy, and `run` for one execution as OWNER (or as
 * told): what a conformance test calls is what a script would call.
 */
export function scriptWorld() {
  const world = new World(Date.UTC(2026, 7, 12, 1, 0, 0));
  const services = createGlobals(world) as unknown as Services;
  const run = <T>(fn: (s: Services) => T, options: ExecutionOptions = {}): T =>
    world.run({ user: OWNER, ...options }, () => fn(services));
  return { world, services, run };
}
