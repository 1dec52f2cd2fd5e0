import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { BarisLog } from './baris-log';

/**
 * Every Log row the add-in writes carries a seal: an HMAC-SHA256 of the row's fields under a key only the add-in's
 * script can read (its script properties, which the people who use the add-in cannot open). The people whose actions
 * append to the Log can type into it (an add-in writes as the person who clicks), but cannot seal what they type: a
 * row typed or changed by hand fails its seal, is left out of every decision and is reported. HMAC: RFC 2104,
 * https://www.rfc-editor.org/rfc/rfc2104; the library: https://github.com/paulmillr/noble-hashes.
 */
export const JUDUL_SEGEL = 'Segel';

/** 80 bits: short enough for a cell, far beyond guessing */
const PANJANG = 20;

export function segelBaris(kunci: string, b: BarisLog): string {
  const isi = JSON.stringify([b.waktu, b.pengguna, b.aksi, b.langkah, b.rincian, b.id]);
  return bytesToHex(hmac(sha256, utf8(kunci), utf8(isi))).slice(0, PANJANG);
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

export function segelSah(kunci: string, b: BarisLog, segel: string): boolean {
  return segel.length === PANJANG && segel === segelBaris(kunci, b);
}
