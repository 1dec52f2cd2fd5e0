/** The first `bita` bytes of the SHA-256 digest of a text, as lower-case hex: a short fingerprint of content. */
export function sidikSha256(teks: string, bita: number): string {
  return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, teks)
    .slice(0, bita)
    .map((b) => ((b + 256) % 256).toString(16).padStart(2, '0'))
    .join('');
}
