import { createHash, createHmac } from 'node:crypto';
import { IN_SCRIPT_ENGINE } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { isDate } from '../core/realm';
import { signatureError } from '../core/signature';
import { FakeService } from '../core/service';
import type { World } from '../core/world';
import { bytesOf, FakeBlob, toSignedBytes } from './blob';
import { formatDate, parseDate } from './date-format';

type U = GoogleAppsScript.Utilities.Utilities;
type Charset = GoogleAppsScript.Utilities.Charset;
type Digest = GoogleAppsScript.Utilities.DigestAlgorithm;
type Mac = GoogleAppsScript.Utilities.MacAlgorithm;
type TextOrBytes = string | number[];

/**
 * Enums are their names as strings in the emulator: `String(Utilities.Charset.UTF_8)` is "UTF_8" in Apps Script too.
 * https://developers.google.com/apps-script/reference/utilities/charset
 */
const CHARSET = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
/** https://developers.google.com/apps-script/reference/utilities/digest-algorithm */
const DIGEST = { MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' };
/** https://developers.google.com/apps-script/reference/utilities/mac-algorithm */
const MAC = {
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
};

const NODE_HASH: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** node:crypto's name for a DigestAlgorithm (MD2 has none). */
function nodeHashOf(algorithm: string): string | undefined {
  return Object.keys(NODE_HASH).includes(algorithm) ? NODE_HASH[algorithm] : undefined;
}

/** Utilities.sleep: "The maximum allowed value is 300000 (or 5 minutes)." */
export const MAX_SLEEP_MS = 300000;

const UTILITIES_ERRORS = {
  /** Java's Base64 decoder refusing the input. */
  decode: 'Could not decode string.',
  /** Wording not confirmed against Apps Script; the limit itself is documented. */
  sleepTooLong: (ms: number) => `Invalid argument: milliseconds (${ms}); the maximum is ${MAX_SLEEP_MS}.`,
} as const;

function charsetName(charset: GoogleAppsScript.Utilities.Charset | undefined): string | undefined {
  return charset === undefined ? undefined : String(charset);
}

/** Java's conversion of a script array element to a byte: numbers only. */
function assertBytes(values: readonly unknown[]): void {
  for (const v of values) if (typeof v !== 'number') throw new Error(`Cannot convert ${String(v)} to byte.`);
}

/**
 * The text-or-bytes overloads of the digest and signature methods: `count` strings then an optional Charset, or
 * `count` byte arrays and nothing else.
 */
function textOrBytesArguments(args: readonly unknown[], count: number): boolean {
  const data = args.slice(0, count);
  const rest = args.slice(count);
  if (data.length === count && data.every((a) => typeof a === 'string'))
    return rest.length === 0 || (rest.length === 1 && Object.keys(CHARSET).includes(String(rest[0])));
  if (data.length === count && data.every(Array.isArray) && rest.length === 0) {
    for (const a of data) assertBytes(a as unknown[]);
    return true;
  }
  return false;
}

/** The bytes a digest or signature method hashes: a string in the charset given, US-ASCII by default. */
function scriptBytes(data: TextOrBytes, charset?: Charset): Buffer {
  return bytesOf(data, charsetName(charset) ?? CHARSET.US_ASCII);
}

/** Deterministic random bytes for getUuid, so a run is reproducible (mulberry32). */
class SeededBytes {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % 256;
  }
}

function uuidStore(world: World): { rng: SeededBytes } {
  return world.store('utilities.uuid', () => ({ rng: new SeededBytes(20260812) }));
}

/** Restarts the world's uuid sequence from a seed. */
export function seedUuids(world: World, seed: number): void {
  uuidStore(world).rng = new SeededBytes(seed);
}

/**
 * Utilities: everything runs inside the script engine (cost 'local') and works without authorisation.
 * https://developers.google.com/apps-script/reference/utilities/utilities
 */
export class FakeUtilities extends FakeService implements FakeOf<U> {
  readonly typeName = 'Utilities';
  readonly Charset = CHARSET as unknown as U['Charset'];
  readonly DigestAlgorithm = DIGEST as unknown as U['DigestAlgorithm'];
  readonly MacAlgorithm = MAC as unknown as U['MacAlgorithm'];
  static override readonly calls = IN_SCRIPT_ENGINE;

  /** https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String) */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date) || Number.isNaN(date.getTime()) || typeof timeZone !== 'string' || typeof format !== 'string')
      throw signatureError('Utilities', 'formatDate', [date, timeZone, format]);
    return formatDate(date, timeZone, format);
  }

  /** https://developers.google.com/apps-script/reference/utilities/utilities#parseDate(String,String,String) */
  parseDate(date: string, timeZone: string, format: string): Date {
    if (typeof date !== 'string' || typeof timeZone !== 'string' || typeof format !== 'string')
      throw signatureError('Utilities', 'parseDate', [date, timeZone, format]);
    return parseDate(date, timeZone, format);
  }

  /** RFC 4122 version 4, lower case, from the world's seeded generator. */
  getUuid(): string {
    const { rng } = uuidStore(this.world);
    const b = Array.from({ length: 16 }, () => rng.next());
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** Advances the world clock; no real waiting. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || Number.isNaN(milliseconds))
      throw signatureError('Utilities', 'sleep', [milliseconds]);
    if (milliseconds > MAX_SLEEP_MS || milliseconds < 0) throw new Error(UTILITIES_ERRORS.sleepTooLong(milliseconds));
    this.world.clock.advance(Math.floor(milliseconds));
  }

  /**
   * https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
   * A string without a charset is encoded as US-ASCII, each other character becoming '?', as gas-fakes' test measured
   * on Apps Script: https://github.com/brucemcpherson/gas-fakes/blob/main/test/testutilities.js ("utilities digest").
   */
  computeDigest(...args: unknown[]): number[] {
    const [algorithm, value, charset] = args as [Digest, TextOrBytes, Charset?];
    const hash = nodeHashOf(String(algorithm));
    if (!hash || !textOrBytesArguments(args.slice(1), 1)) throw signatureError('Utilities', 'computeDigest', args);
    return toSignedBytes(createHash(hash).update(scriptBytes(value, charset)).digest());
  }

  /** Value and key are both strings (with an optional charset, US-ASCII by default) or both byte arrays. */
  computeHmacSignature(...args: unknown[]): number[] {
    const [algorithm, value, key, charset] = args as [Mac, TextOrBytes, TextOrBytes, Charset?];
    const hash = Object.keys(MAC).includes(String(algorithm))
      ? nodeHashOf(String(algorithm).replace(/^HMAC_/, ''))
      : undefined;
    if (!hash || !textOrBytesArguments(args.slice(1), 2))
      throw signatureError('Utilities', 'computeHmacSignature', args);
    return toSignedBytes(createHmac(hash, scriptBytes(key, charset)).update(scriptBytes(value, charset)).digest());
  }

  /** https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String) */
  computeHmacSha256Signature(...args: unknown[]): number[] {
    const [value, key, charset] = args as [TextOrBytes, TextOrBytes, Charset?];
    if (!textOrBytesArguments(args, 2)) throw signatureError('Utilities', 'computeHmacSha256Signature', args);
    return toSignedBytes(createHmac('sha256', scriptBytes(key, charset)).update(scriptBytes(value, charset)).digest());
  }

  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesOf(data, charsetName(charset)).toString('base64');
  }

  /** Web-safe alphabet (- and _), padding kept as Java's URL encoder keeps it. */
  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return this.base64Encode(data, charset).replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return decodeBase64(encoded, /^[A-Za-z0-9+/]*={0,2}$/);
  }

  base64DecodeWebSafe(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return decodeBase64(encoded.replace(/-/g, '+').replace(/_/g, '/'), /^[A-Za-z0-9+/]*={0,2}$/);
  }

  /**
   * https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(Byte,String,String)
   * A blob made from a string is text/plain unless told otherwise, one from bytes has no content type; neither has a
   * name (gas-fakes' test run on Apps Script, "utilities blob manipulation":
   * https://github.com/brucemcpherson/gas-fakes/blob/main/test/testutilities.js).
   */
  newBlob(data: string | number[], contentType?: string, name?: string): FakeBlob {
    const type = contentType ?? (typeof data === 'string' ? 'text/plain' : null);
    return new FakeBlob(bytesOf(data), type, name ?? null);
  }
}

function decodeBase64(encoded: string, alphabet: RegExp): number[] {
  const compact = encoded.replace(/\s/g, '');
  if (!alphabet.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) throw new Error(UTILITIES_ERRORS.decode);
  return toSignedBytes(Buffer.from(compact, 'base64'));
}
