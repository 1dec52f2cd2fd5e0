import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { BarisLog } from './baris-log';

/**
 * Every Log row the add-in writes carries a seal: an HMAC-SHA256 of the row's fields and of its place in the Log (the
 * sheet row it was written to) under a key only the add-in's script can read (its script properties, which the people
 * who use the add-in cannot open). The people whose actions append to the Log can type into it (an add-in writes as
 * the person who clicks), but cannot seal what they type: a row typed or changed by hand fails its seal, is left out of
 * every decision and is reported; a row deleted or emptied shows as a gap in the places of the rows after it (see
 * periksa-segel.ts). HMAC: RFC 2104, https://www.rfc-editor.org/rfc/rfc2104; the library:
 * https://github.com/paulmillr/noble-hashes.
 */
export const JUDUL_SEGEL = 'Segel';

/** 80 bits: short enough for a cell, far beyond guessing */
const PANJANG = 20;

function hmacTeks(kunci: string, isi: unknown[]): string {
  return bytesToHex(hmac(sha256, utf8(kunci), utf8(JSON.stringify(isi)))).slice(0, PANJANG);
}

const bidang = (b: BarisLog): unknown[] => [b.waktu, b.pengguna, b.aksi, b.langkah, b.rincian, b.id];

/** The seal of a row written as the Log's `tempat`-th sheet row (the header is row 1, the first Log row 2). */
export function segelBaris(kunci: string, b: BarisLog, tempat: number): string {
  return hmacTeks(kunci, [tempat, ...bidang(b)]);
}

/** A seal written before seals named their place: still read in the Logs of cycles started then. */
export function segelTanpaTempat(kunci: string, b: BarisLog): string {
  return hmacTeks(kunci, bidang(b));
}

/**
 * UTF-8 bytes of a text (RFC 3629). Apps Script's V8 runtime has no TextEncoder, which the library's own helper
 * needs, so the code points are encoded here.
 */
function utf8(teks: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of teks) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(bytes);
}

export const bentukSegelSah = (segel: string): boolean => segel.length === PANJANG;
