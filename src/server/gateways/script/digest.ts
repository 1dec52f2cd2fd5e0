/**
 * The first `bita` bytes of the SHA-256 digest of a text's UTF-8 bytes, as lower-case hex: a short fingerprint of
 * content. The charset is explicit because without one Apps Script hashes a string as US-ASCII, every other character
 * becoming "?", so texts differing only in "–", "÷" or "é" would share a fingerprint
 * (https://github.com/brucemcpherson/gas-fakes/blob/main/test/testutilities.js, "utilities digest").
 */
export function sidikSha256(teks: string, bita: number): string {
  return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, teks, Utilities.Charset.UTF_8)
    .slice(0, bita)
    .map((b) => ((b + 256) % 256).toString(16).padStart(2, '0'))
    .join('');
}
