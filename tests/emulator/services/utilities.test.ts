import { World } from '../core/world';
import { FakeBlob } from './blob';
import { FakeUtilities, MAX_SLEEP_MS, seedUuids } from './utilities';

function setUp(start = Date.UTC(2026, 7, 12, 1, 0, 0)) {
  const world = new World(start);
  const Utilities = world.expose('Utilities', new FakeUtilities(world));
  return { world, Utilities };
}

describe('Utilities.formatDate (Java SimpleDateFormat, English names)', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String): "Formats
  // date according to specification described in Java SE
  // SimpleDateFormat class"; names are English whatever the locale.
  const { Utilities } = setUp();
  const at = (iso: string) => new Date(iso);

  it('formats a long Indonesian office date pattern in Asia/Jakarta and in UTC', () => {
    const d = at('2026-08-12T01:00:00Z');
    expect(Utilities.formatDate(d, 'Asia/Jakarta', 'EEEE, d MMMM yyyy HH:mm')).toBe('Wednesday, 12 August 2026 08:00');
    expect(Utilities.formatDate(d, 'UTC', 'EEEE, d MMMM yyyy HH:mm')).toBe('Wednesday, 12 August 2026 01:00');
  });

  it('crosses the day boundary by zone: 17:30 UTC is already the next day in Jakarta', () => {
    const d = at('2026-08-11T17:30:00Z');
    expect(Utilities.formatDate(d, 'Asia/Jakarta', 'EEE dd/MM/yy HH:mm')).toBe('Wed 12/08/26 00:30');
    expect(Utilities.formatDate(d, 'UTC', 'EEE dd/MM/yy HH:mm')).toBe('Tue 11/08/26 17:30');
    expect(Utilities.formatDate(at('2026-12-31T17:00:00Z'), 'Asia/Jakarta', 'yyyy-MM-dd')).toBe('2027-01-01');
  });

  it('keeps quoted text literal, including the ISO "Z" suffix and the doubled quote escape', () => {
    const d = at('2026-08-12T01:02:03.045Z');
    expect(Utilities.formatDate(d, 'UTC', "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe('2026-08-12T01:02:03Z');
    expect(Utilities.formatDate(d, 'Asia/Jakarta', "h 'o''clock' a, ''yy")).toBe("8 o'clock AM, '26");
    expect(Utilities.formatDate(d, 'UTC', 'ss.SSS S')).toBe('03.045 45');
  });

  it('formats 12-hour clocks, short month names and single-letter fields', () => {
    const d = at('2026-08-11T17:30:00Z'); // 00:30 in Jakarta
    expect(Utilities.formatDate(d, 'Asia/Jakarta', 'hh:mm a, MMM M d, D')).toBe('12:30 AM, Aug 8 12, 224');
    expect(Utilities.formatDate(d, 'UTC', 'h:mm a k K')).toBe('5:30 PM 17 5');
  });

  it('prints offsets with Z and X', () => {
    const d = at('2026-08-12T01:00:00Z');
    expect(Utilities.formatDate(d, 'Asia/Jakarta', 'Z|X|XX|XXX')).toBe('+0700|+07|+0700|+07:00');
    expect(Utilities.formatDate(d, 'UTC', 'X')).toBe('Z');
    expect(Utilities.formatDate(d, 'GMT+07:00', 'HH:mm Z')).toBe('08:00 +0700');
  });

  it('counts US weeks: the week of 28 December 2025 is week 1 of 2026', () => {
    expect(Utilities.formatDate(at('2025-12-28T05:00:00Z'), 'UTC', 'YYYY-ww yyyy')).toBe('2026-01 2025');
  });

  it('falls back to GMT for an unknown zone id, as Java TimeZone.getTimeZone does', () => {
    expect(Utilities.formatDate(at('2026-08-12T01:00:00Z'), 'Jakarta/Nowhere', 'HH:mm')).toBe('01:00');
  });

  it('throws Java errors for a bad pattern and the signature error for a non-Date', () => {
    const d = at('2026-08-12T01:00:00Z');
    expect(() => Utilities.formatDate(d, 'UTC', 'yyyy bb')).toThrow("Illegal pattern character 'b'");
    expect(() => Utilities.formatDate(d, 'UTC', "yyyy 'open")).toThrow('Unterminated quote');
    expect(() => Utilities.formatDate('2026-08-12' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('Utilities.parseDate', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#parseDate(String,String,String)
  const { Utilities } = setUp();

  it('reads a wall time in a zone back to the same instant formatDate printed', () => {
    const d = Utilities.parseDate('12 August 2026 08:00', 'Asia/Jakarta', 'd MMMM yyyy HH:mm');
    expect(d.toISOString()).toBe('2026-08-12T01:00:00.000Z');
    expect(Utilities.parseDate('2026-08-12 12:30 AM', 'UTC', 'yyyy-MM-dd hh:mm a').toISOString()).toBe(
      '2026-08-12T00:30:00.000Z',
    );
  });

  it('refuses text that does not match the pattern', () => {
    expect(() => Utilities.parseDate('12-08-2026', 'UTC', 'yyyy/MM/dd')).toThrow('Unparseable date: "12-08-2026"');
  });
});

describe('Utilities.computeDigest and HMAC return Java signed bytes', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String):
  // "Returns Byte[]" — Java bytes, -128..127.
  const { Utilities } = setUp();

  it('MD5 of "hello" is 5d41402a... as signed bytes', () => {
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'hello')).toEqual([
      93, 65, 64, 42, -68, 75, 42, 118, -71, 113, -99, -111, 16, 23, -59, -110,
    ]);
  });

  it('SHA_256 of "abc" is the FIPS 180-2 vector ba7816bf...', () => {
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc')).toEqual([
      -70, 120, 22, -65, -113, 1, -49, -22, 65, 65, 64, -34, 93, -82, 34, 35, -80, 3, 97, -93, -106, 23, 122, -100, -76,
      16, -1, 97, -14, 0, 21, -83,
    ]);
  });

  it('encodes non-ASCII text as UTF-8 when the charset is UTF_8', () => {
    const digest = Utilities.computeDigest(
      Utilities.DigestAlgorithm.SHA_1,
      'Pengukuran Kinerja – WIB',
      Utilities.Charset.UTF_8,
    );
    expect(digest).toEqual([
      -45, -95, 81, 35, 21, -18, 93, 37, -97, -18, -121, -111, 84, -29, -23, -92, -87, 124, 60, 123,
    ]);
  });

  it('digests a byte[] the same as the string it encodes', () => {
    const bytes = Utilities.newBlob('hello').getBytes();
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_512, bytes)).toEqual(
      Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_512, 'hello'),
    );
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_512, 'hello')).toHaveLength(64);
  });

  it('computeHmacSha256Signature matches RFC 4231 test case 2', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String)
    expect(Utilities.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe')).toEqual([
      91, -36, -63, 70, -65, 96, 117, 78, 106, 4, 36, 38, 8, -107, 117, -57, 90, 0, 63, 8, -99, 39, 57, -125, -99, -20,
      88, -71, 100, -20, 56, 67,
    ]);
  });
});

describe('Utilities base64', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(Byte) and
  // #base64Decode(String): decode returns Byte[] (signed).
  const { Utilities } = setUp();

  it('round-trips text and bytes', () => {
    const encoded = Utilities.base64Encode('Halo, Dunia! é');
    expect(encoded).toBe('SGFsbywgRHVuaWEhIMOp');
    expect(Utilities.newBlob(Utilities.base64Decode(encoded)).getDataAsString()).toBe('Halo, Dunia! é');
    expect(Utilities.base64Encode([-1, -2])).toBe('//4=');
    expect(Utilities.base64Decode('//4=')).toEqual([-1, -2]);
  });

  it('encodes with US_ASCII as Java does: unmappable characters become ?', () => {
    expect(Utilities.base64Encode('é!', Utilities.Charset.US_ASCII)).toBe('PyE=');
  });

  it('uses - and _ in the web-safe alphabet and decodes it back', () => {
    expect(Utilities.base64EncodeWebSafe([-1, -2])).toBe('__4=');
    expect(Utilities.base64DecodeWebSafe('__4=')).toEqual([-1, -2]);
  });

  it('refuses a string that is not base64', () => {
    expect(() => Utilities.base64Decode('not base64!')).toThrow('Could not decode string.');
  });
});

describe('Utilities.getUuid', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#getUuid(): "Get a UUID as a string"; the
  // emulator gives RFC 4122 version 4 ids from a seeded generator.
  it('has the version 4 layout and differs on each call', () => {
    const { Utilities } = setUp();
    const a = Utilities.getUuid();
    const b = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
  });

  it('is reproducible: the same seed gives the same sequence', () => {
    const one = setUp();
    const two = setUp();
    seedUuids(one.world, 7);
    seedUuids(two.world, 7);
    expect([one.Utilities.getUuid(), one.Utilities.getUuid()]).toEqual([
      two.Utilities.getUuid(),
      two.Utilities.getUuid(),
    ]);
  });
});

describe('Utilities.sleep', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer): "The maximum allowed
  // value is 300000 (or 5 minutes)."
  it('advances the world clock instead of waiting', () => {
    const { world, Utilities } = setUp();
    const before = world.clock.now();
    Utilities.sleep(1500);
    expect(world.clock.now() - before).toBe(1500);
    Utilities.sleep(MAX_SLEEP_MS);
    expect(world.clock.now() - before).toBe(1500 + 300000);
  });

  it('refuses more than 5 minutes and leaves the clock alone', () => {
    const { world, Utilities } = setUp();
    const before = world.clock.now();
    expect(() => Utilities.sleep(300001)).toThrow(/milliseconds/);
    expect(world.clock.now()).toBe(before);
  });
});

describe('Utilities.newBlob', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(String,String,String)
  it('keeps data, content type and name; bytes are signed', () => {
    const { Utilities } = setUp();
    const blob = Utilities.newBlob('é', 'text/plain', 'catatan.txt');
    expect(blob).toBeInstanceOf(FakeBlob);
    expect(blob.getBytes()).toEqual([-61, -87]);
    expect(blob.getDataAsString()).toBe('é');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('catatan.txt');
    expect(blob.setName('lain.txt').getName()).toBe('lain.txt');
    expect(Utilities.newBlob([104, 105]).getName()).toBeNull();
  });
});

describe('Utilities in the call log', () => {
  it('records every call as local (no round trip), allowed without authorisation', () => {
    const { world, Utilities } = setUp();
    world.run({ authMode: 'NONE' }, () => Utilities.formatDate(new Date(0), 'UTC', 'yyyy'));
    expect(world.calls.count({ service: 'Utilities', costClass: 'local' })).toBe(1);
    expect(world.calls.count({ costClass: 'read' }) + world.calls.count({ costClass: 'write' })).toBe(0);
  });

  it('does not hand the host world to the script through a property', () => {
    const { Utilities } = setUp();
    expect((Utilities as unknown as Record<string, unknown>).world).toBeUndefined();
    expect(Object.keys(Utilities)).toEqual(['typeName', 'Charset', 'DigestAlgorithm', 'MacAlgorithm']);
  });
});
