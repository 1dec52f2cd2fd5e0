import type { World } from './core/world';
import { FakeDocsAdvanced } from './document/docs-advanced';
import { FakeDocumentApp } from './document/document-app';
import { FakeDriveAdvanced } from './drive/drive-advanced';
import { FakeDriveApp } from './drive/drive-app';
import { MIME_TYPES } from './drive/enums';
import { FakeCacheService } from './services/cache';
import { FakeCalendarApp } from './services/calendar';
import { FakeHtmlService } from './services/html';
import { FakeLockService } from './services/lock';
import { FakeConsole, FakeLogger } from './services/logging';
import { FakeMailApp } from './services/mail';
import { FakePropertiesService } from './services/properties';
import { FakeScriptApp } from './services/script';
import { FakeSession } from './services/session';
import { FakeUtilities } from './services/utilities';
import { FakeSheetsAdvanced } from './spreadsheet/sheets-advanced';
import { FakeSpreadsheetApp } from './spreadsheet/spreadsheet-app';

/**
 * The global objects a script sees, each behind the world's recording proxy. Each service module adds its entry.
 * The order does not matter; names are the Apps Script global names.
 */
const SERVICES: [name: string, create: (world: World) => object][] = [
  ['PropertiesService', (world) => new FakePropertiesService(world)],
  ['CacheService', (world) => new FakeCacheService(world)],
  ['LockService', (world) => new FakeLockService(world)],
  ['Session', (world) => new FakeSession(world)],
  ['Utilities', (world) => new FakeUtilities(world)],
  ['HtmlService', (world) => new FakeHtmlService(world)],
  ['Logger', (world) => new FakeLogger(world)],
  ['console', (world) => new FakeConsole(world)],
  ['ScriptApp', (world) => new FakeScriptApp(world)],
  ['MailApp', (world) => new FakeMailApp(world)],
  ['CalendarApp', (world) => new FakeCalendarApp(world)],
  ['SpreadsheetApp', (world) => new FakeSpreadsheetApp(world)],
  // the Sheets advanced service (v4), enabled beside Drive and Docs in appsscript.json
  ['Sheets', (world) => new FakeSheetsAdvanced(world)],
  ['DriveApp', (world) => new FakeDriveApp(world)],
  // the Drive advanced service (v3): dependencies.enabledAdvancedServices in appsscript.json
  ['Drive', (world) => new FakeDriveAdvanced(world)],
  ['DocumentApp', (world) => new FakeDocumentApp(world)],
  // the Docs advanced service (v1), enabled beside Drive in appsscript.json
  ['Docs', (world) => new FakeDocsAdvanced(world)],
  ['MimeType', () => ({ ...MIME_TYPES })],
];

export function createGlobals(world: World): Record<string, object> {
  const globals: Record<string, object> = {};
  for (const [name, create] of SERVICES) globals[name] = world.expose(name, create(world));
  return globals;
}

export { World } from './core/world';
