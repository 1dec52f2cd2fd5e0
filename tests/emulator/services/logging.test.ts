import { World } from '../core/world';
import { FakeConsole, FakeLogger, logEntries } from './logging';

function setUp() {
  const world = new World(Date.UTC(2026, 7, 12, 1, 0, 0));
  return {
    world,
    Logger: world.expose('Logger', new FakeLogger(world)),
    console: world.expose('console', new FakeConsole(world)),
  };
}

describe('Logger', () => {
  // https://developers.google.com/apps-script/reference/base/logger#log(String,Object...): "The string can include
  // multiple %s placeholders, which are replaced with corresponding values from the list of arguments, converted to
  // strings."
  it('replaces each %s with the next value, converted to a string', () => {
    const { world, Logger } = setUp();
    Logger.log('Unit %s: %s indikator, valid=%s', 'Sekretariat', 12, true);
    expect(logEntries(world).map((e) => e.message)).toEqual(['Unit Sekretariat: 12 indikator, valid=true']);
  });

  it('logs a single value as is, leaving a lone %s alone', () => {
    const { world, Logger } = setUp();
    Logger.log('100%s selesai');
    Logger.log(42);
    Logger.log({ unit: 'A' });
    expect(logEntries(world).map((e) => e.message)).toEqual(['100%s selesai', '42', '{"unit":"A"}']);
  });

  it('throws as Java String.format does when values run out', () => {
    const { Logger } = setUp();
    expect(() => Logger.log('%s dan %s', 'satu')).toThrow("Format specifier '%s'");
  });

  it("getLog returns this execution's messages and clear empties it; a new execution starts empty", () => {
    // https://developers.google.com/apps-script/reference/base/logger#getLog(): "Returns a complete list of messages
    // in the current log."
    const { world, Logger } = setUp();
    world.run({}, () => {
      Logger.log('satu').log('dua');
      expect(Logger.getLog()).toBe('satu\ndua\n');
      Logger.clear();
      Logger.log('tiga');
      expect(Logger.getLog()).toBe('tiga\n');
    });
    world.run({}, () => expect(Logger.getLog()).toBe(''));
    expect(logEntries(world)).toHaveLength(3);
  });
});

describe('console', () => {
  // https://developers.google.com/apps-script/guides/logging: console.log/info/warn/error write to the execution log
  // with their severity.
  it('records level, message, time and user of each call', () => {
    const { world, console } = setUp();
    world.run({ user: 'kabid@contoh.go.id' }, () => {
      console.info('mulai %s', 'siklus');
      world.clock.advance(1000);
      console.warn('baris %d kosong', 7);
      console.error('gagal');
      console.log('selesai');
    });
    expect(logEntries(world).map((e) => [e.level, e.message, e.at.toISOString(), e.user])).toEqual([
      ['info', 'mulai siklus', '2026-08-12T01:00:00.000Z', 'kabid@contoh.go.id'],
      ['warn', 'baris 7 kosong', '2026-08-12T01:00:01.000Z', 'kabid@contoh.go.id'],
      ['error', 'gagal', '2026-08-12T01:00:01.000Z', 'kabid@contoh.go.id'],
      ['log', 'selesai', '2026-08-12T01:00:01.000Z', 'kabid@contoh.go.id'],
    ]);
  });

  it('time/timeEnd measure on the world clock', () => {
    const { world, console } = setUp();
    console.time('rekap');
    world.clock.advance(2500);
    console.timeEnd('rekap');
    expect(logEntries(world).map((e) => e.message)).toEqual(['rekap: 2500ms']);
  });

  it('works before authorisation and costs nothing', () => {
    const { world, console, Logger } = setUp();
    world.run({ authMode: 'NONE' }, () => {
      console.log('a');
      Logger.log('b');
    });
    expect(world.calls.count({ costClass: 'local' })).toBe(2);
  });
});
