import { createGlobals, World } from '../index';
import { PROPERTY_QUOTA_ERROR } from './properties';

// Reference: https://developers.google.com/apps-script/reference/properties/properties-service
//            https://developers.google.com/apps-script/reference/properties/properties
// Guide:     https://developers.google.com/apps-script/guides/properties
// Quotas:    https://developers.google.com/apps-script/guides/services/quotas

function setUp() {
  const world = new World();
  const { PropertiesService } = createGlobals(world) as unknown as {
    PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  };
  return { world, PropertiesService };
}

describe('PropertiesService', () => {
  test('getProperty returns null for a missing key', () => {
    const { PropertiesService } = setUp();
    expect(PropertiesService.getScriptProperties().getProperty('tidak-ada')).toBeNull();
  });

  test('values are stored as strings: a number is converted (guide, "Data format")', () => {
    const { PropertiesService } = setUp();
    const props = PropertiesService.getScriptProperties();
    props.setProperty('n', 42 as unknown as string);
    props.setProperties({ flag: true as unknown as string });
    expect(props.getProperty('n')).toBe('42');
    expect(props.getProperties()).toEqual({ n: '42', flag: 'true' });
  });

  test('getProperties returns a copy, not a live view (guide, "Modifying data")', () => {
    const { PropertiesService } = setUp();
    const props = PropertiesService.getScriptProperties();
    props.setProperty('a', '1');
    const copy = props.getProperties();
    copy.a = 'changed';
    copy.b = 'added';
    expect(props.getProperties()).toEqual({ a: '1' });
  });

  test('setProperty is chainable and getKeys lists the keys', () => {
    const { PropertiesService } = setUp();
    const props = PropertiesService.getScriptProperties().setProperty('a', '1').setProperty('b', '2');
    expect(props.getKeys().sort()).toEqual(['a', 'b']);
  });

  test('setProperties with deleteAllOthers replaces the whole store', () => {
    const { PropertiesService } = setUp();
    const props = PropertiesService.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ b: '3', c: '4' });
    expect(props.getProperties()).toEqual({ a: '1', b: '3', c: '4' });
    props.setProperties({ z: '9' }, true);
    expect(props.getProperties()).toEqual({ z: '9' });
  });

  test('deleteProperty and deleteAllProperties', () => {
    const { PropertiesService } = setUp();
    const props = PropertiesService.getScriptProperties().setProperties({ a: '1', b: '2' });
    props.deleteProperty('a');
    expect(props.getProperties()).toEqual({ b: '2' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  test('script properties are shared by all users; user properties belong to one user', () => {
    const { world, PropertiesService } = setUp();
    world.run({ user: 'a@contoh.go.id' }, () => {
      PropertiesService.getScriptProperties().setProperty('shared', 'x');
      PropertiesService.getUserProperties().setProperty('mine', 'a');
    });
    world.run({ user: 'b@contoh.go.id' }, () => {
      expect(PropertiesService.getScriptProperties().getProperty('shared')).toBe('x');
      expect(PropertiesService.getUserProperties().getProperty('mine')).toBeNull();
    });
    world.run({ user: 'a@contoh.go.id' }, () => {
      expect(PropertiesService.getUserProperties().getProperty('mine')).toBe('a');
    });
  });

  test('document properties belong to the open document; null when there is no container (getDocumentProperties)', () => {
    const { world, PropertiesService } = setUp();
    world.run({ activeSpreadsheetId: 'ss-1' }, () => PropertiesService.getDocumentProperties().setProperty('k', '1'));
    world.run({ activeSpreadsheetId: 'ss-2' }, () =>
      expect(PropertiesService.getDocumentProperties().getProperty('k')).toBeNull(),
    );
    world.run({ activeSpreadsheetId: 'ss-1' }, () =>
      expect(PropertiesService.getDocumentProperties().getProperty('k')).toBe('1'),
    );
    world.run({ activeSpreadsheetId: null }, () => expect(PropertiesService.getDocumentProperties()).toBeNull());
  });

  test('a value over 9 KB is refused with the quota error and changes nothing (quotas page)', () => {
    const { PropertiesService } = setUp();
    const props = PropertiesService.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(PROPERTY_QUOTA_ERROR);
    expect(props.getProperty('big')).toBeNull();
    expect(() => props.setProperties({ small: '1', big: 'é'.repeat(5000) })).toThrow(PROPERTY_QUOTA_ERROR);
    expect(props.getProperty('small')).toBeNull();
  });

  test('a store over 500 KB in total is refused; the failed write changes nothing (quotas page)', () => {
    const { PropertiesService } = setUp();
    const props = PropertiesService.getScriptProperties();
    let written = 0;
    let error: unknown;
    try {
      for (; written < 100; written++) props.setProperty(`k${written}`, 'y'.repeat(9000));
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toBe(PROPERTY_QUOTA_ERROR);
    expect((error as Error).name).toBe('Exception');
    expect(written).toBe(56); // 56 × ~9 KB fits in 500 KB, the 57th does not
    expect(props.getProperty(`k${written}`)).toBeNull();
    props.setProperty('k0', 'small'); // overwriting counts the new size only
    expect(props.getProperty('k0')).toBe('small');
  });

  test('Properties calls are recorded with the properties cost class; getting a store is local', () => {
    const { world, PropertiesService } = setUp();
    const mark = world.calls.mark();
    PropertiesService.getScriptProperties().getProperty('a');
    expect(world.calls.since(mark).map((c) => [c.type, c.method, c.costClass])).toEqual([
      ['PropertiesService', 'getScriptProperties', 'local'],
      ['Properties', 'getProperty', 'properties'],
    ]);
  });
});
