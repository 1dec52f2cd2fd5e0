import { Fake, IN_SCRIPT_ENGINE } from '../core/fake';
import type { FakeOf } from '../core/fake-types';

/**
 * Apps Script hands bytes to scripts as Java byte[]: numbers from -128 to 127.
 * https://developers.google.com/apps-script/reference/base/blob#getBytes()
 */
export function toSignedBytes(data: Uint8Array): number[] {
  return Array.from(data, (b) => (b > 127 ? b - 256 : b));
}

/** A script's byte[] (signed or not) as raw bytes. */
function fromBytes(bytes: readonly number[]): Buffer {
  return Buffer.from(bytes.map((b) => b & 0xff));
}

/** Names Apps Script accepts for a text charset: the Utilities.Charset enum names or Java charset names. */
function encodingOf(charset: string | undefined): 'utf8' | 'ascii' | 'latin1' {
  const name = (charset ?? 'UTF-8').toUpperCase().replace(/_/g, '-');
  if (name === 'UTF-8' || name === 'UTF8') return 'utf8';
  if (name === 'US-ASCII' || name === 'ASCII') return 'ascii';
  if (name === 'ISO-8859-1' || name === 'LATIN1') return 'latin1';
  throw new Error(`Unsupported charset: ${charset}`);
}

/** A string encoded as Java's String.getBytes(charset) would: unmappable characters become '?'. */
export function encodeText(text: string, charset?: string): Buffer {
  const encoding = encodingOf(charset);
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const highest = encoding === 'ascii' ? 0x7f : 0xff;
  return Buffer.from(Array.from(text, (c) => (c.charCodeAt(0) > highest ? 0x3f : c.charCodeAt(0))));
}

/** String or byte[] argument, as the Utilities methods that take either. */
export function bytesOf(data: string | readonly number[], charset?: string): Buffer {
  return typeof data === 'string' ? encodeText(data, charset) : fromBytes(data);
}

/**
 * A minimal Blob: bytes, a content type and a name. Everything runs inside the script engine (cost 'local').
 * https://developers.google.com/apps-script/reference/base/blob
 */
export class FakeBlob extends Fake implements FakeOf<GoogleAppsScript.Base.Blob> {
  readonly typeName = 'Blob';
  static override readonly calls = IN_SCRIPT_ENGINE;
  #data: Buffer;
  #contentType: string | null;
  #name: string | null;

  constructor(data: Uint8Array, contentType: string | null = null, name: string | null = null) {
    super();
    this.#data = Buffer.from(data);
    this.#contentType = contentType;
    this.#name = name;
  }

  /** The raw bytes, for other fakes (Drive, Mail) that store or send the blob. */
  rawBytes(): Buffer {
    return Buffer.from(this.#data);
  }

  getBytes(): number[] {
    return toSignedBytes(this.#data);
  }

  setBytes(data: number[]): FakeBlob {
    this.#data = fromBytes(data);
    return this;
  }

  getDataAsString(charset?: string): string {
    return this.#data.toString(encodingOf(charset));
  }

  setDataFromString(text: string, charset?: string): FakeBlob {
    this.#data = encodeText(text, charset);
    return this;
  }

  getContentType(): string | null {
    return this.#contentType;
  }

  setContentType(contentType: string | null): FakeBlob {
    this.#contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.#name;
  }

  setName(name: string): FakeBlob {
    this.#name = name;
    return this;
  }

  isGoogleType(): boolean {
    return false;
  }

  copyBlob(): FakeBlob {
    return new FakeBlob(this.#data, this.#contentType, this.#name);
  }

  getBlob(): FakeBlob {
    return this;
  }
}
