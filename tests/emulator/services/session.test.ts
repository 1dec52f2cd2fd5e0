import { createGlobals, World } from '../index';

// Reference: https://developers.google.com/apps-script/reference/base/session

function setUp() {
  const world = new World();
  const { Session } = createGlobals(world) as unknown as { Session: GoogleAppsScript.Base.Session };
  return { world, Session };
}

describe('Session', () => {
  test('getActiveUser is the person running the script', () => {
    const { world, Session } = setUp();
    world.run({ user: 'kabid@contoh.go.id' }, () =>
      expect(Session.getActiveUser().getEmail()).toBe('kabid@contoh.go.id'),
    );
  });

  test('getActiveUser().getEmail() is blank when a security policy hides the user (getActiveUser)', () => {
    const { world, Session } = setUp();
    world.hiddenEmails.add('tamu@gmail.com');
    world.run({ user: 'tamu@gmail.com' }, () => expect(Session.getActiveUser().getEmail()).toBe(''));
  });

  test('getEffectiveUser is the active user unless the execution runs under another authority (getEffectiveUser)', () => {
    const { world, Session } = setUp();
    world.run({ user: 'a@contoh.go.id' }, () => expect(Session.getEffectiveUser().getEmail()).toBe('a@contoh.go.id'));
    world.run({ user: 'a@contoh.go.id', effectiveUser: 'pemilik.pemicu@contoh.go.id' }, () =>
      expect(Session.getEffectiveUser().getEmail()).toBe('pemilik.pemicu@contoh.go.id'),
    );
  });

  test('getScriptTimeZone is the project time zone; getActiveUserLocale is the user language', () => {
    const { world, Session } = setUp();
    world.scriptTimeZone = 'Asia/Makassar';
    expect(Session.getScriptTimeZone()).toBe('Asia/Makassar');
    expect(Session.getActiveUserLocale()).toBe('id');
  });

  test('getTemporaryActiveUserKey is stable per user, differs between users and does not reveal the email', () => {
    const { world, Session } = setUp();
    const keyOf = (user: string) => world.run({ user }, () => Session.getTemporaryActiveUserKey());
    const a = keyOf('a@contoh.go.id');
    expect(keyOf('a@contoh.go.id')).toBe(a);
    expect(keyOf('b@contoh.go.id')).not.toBe(a);
    expect(a).not.toContain('contoh');
  });

  test('Session calls are local', () => {
    const { world, Session } = setUp();
    const mark = world.calls.mark();
    Session.getActiveUser().getEmail();
    expect(world.calls.since(mark).map((c) => [c.type, c.costClass])).toEqual([
      ['Session', 'local'],
      ['User', 'local'],
    ]);
  });
});
