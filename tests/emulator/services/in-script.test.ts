import { LoadedScript } from '../../harness/script';
import { World } from '../core/world';
import { logEntries } from './logging';
import { triggersOf } from './triggers';

/** Utilities, HtmlService, Logger, console and ScriptApp as a script in its own node:vm realm uses them. */
const CODE = `
function tanggal() {
  return Utilities.formatDate(new Date(Date.UTC(2026, 7, 12, 1)), 'Asia/Jakarta', 'EEEE, d MMMM yyyy HH:mm');
}
function sidikJari() {
  var d = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'hello');
  return [d instanceof Array, d[0], d[4]];
}
function judulPanel() { return 'Panel <SAKIP>'; }
function halaman() {
  var t = HtmlService.createTemplateFromFile('Templat');
  t.baris = ['a', 'b'];
  return t.evaluate().getContent();
}
function catat() {
  Logger.log('unit %s', 'A');
  console.warn('baris %d', 3);
  return Logger.getLog();
}
function onOpen(e) {
  return e.authMode == ScriptApp.AuthMode.NONE ? 'menu saja' : 'lengkap';
}
function pasangPemicu() {
  return ScriptApp.newTrigger('lanjutkan').timeBased().everyHours(1).create().getHandlerFunction();
}
`;

function load() {
  const world = new World();
  world.scriptFiles.set(
    'Templat',
    '<h1><?= judulPanel() ?></h1><? baris.forEach(function (b) { ?><i><?= b ?></i><? }) ?>',
  );
  const script = new LoadedScript(world, CODE);
  return { world, script };
}

describe('the services seen from the script realm', () => {
  it('formats a Date created in the script realm', () => {
    expect(load().script.call('tanggal')).toBe('Wednesday, 12 August 2026 08:00');
  });

  it('returns signed byte arrays that are Arrays of the script realm', () => {
    expect(load().script.call('sidikJari')).toEqual([true, 93, -68]);
  });

  it("evaluates a template file against the script's own functions and data", () => {
    expect(load().script.call('halaman')).toBe('<h1>Panel &lt;SAKIP&gt;</h1><i>a</i><i>b</i>');
  });

  it('logs through the Logger and console globals', () => {
    const { world, script } = load();
    expect(script.call('catat')).toBe('unit A\n');
    expect(logEntries(world).map((e) => `${e.source}:${e.level}:${e.message}`)).toEqual([
      'Logger:info:unit A',
      'console:warn:baris 3',
    ]);
  });

  it("compares the event's auth mode with ScriptApp.AuthMode in onOpen before authorisation", () => {
    const { script } = load();
    expect(script.call('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' })).toBe('menu saja');
    expect(script.call('onOpen', [{ authMode: 'FULL' }])).toBe('lengkap');
  });

  it('creates a trigger for the document the add-on runs in', () => {
    const { world, script } = load();
    expect(script.call('pasangPemicu', [], { activeSpreadsheetId: 'ss-1' })).toBe('lanjutkan');
    expect(triggersOf(world).map((t) => [t.handler, t.documentId])).toEqual([['lanjutkan', 'ss-1']]);
  });
});
