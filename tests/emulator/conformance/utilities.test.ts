import { pin } from './pin';
import { scriptWorld } from './world';

/** Utilities: https://developers.google.com/apps-script/reference/utilities/utilities */
const GAS_FAKES_UTILITIES = 'https://github.com/brucemcpherson/gas-fakes/blob/main/test/testutilities.js';

describe('Utilities digests and signatures', () => {
  const { run } = scriptWorld();

  pin(
    'Utilities.Utilities.computeDigest',
    GAS_FAKES_UTILITIES,
    'a string without a charset is hashed as US-ASCII: each non-ASCII character becomes one "?"',
    () => {
      run(({ Utilities: U }) => {
        const sha = U.DigestAlgorithm.SHA_256;
        expect(U.computeDigest(sha, 'Target – 60 ÷ 80')).toEqual(U.computeDigest(sha, 'Target ? 60 ? 80'));
        expect(U.computeDigest(sha, '€🙂')).toEqual(U.computeDigest(sha, '??'));
        expect(U.computeDigest(sha, '€🙂', U.Charset.UTF_8)).not.toEqual(U.computeDigest(sha, '??'));
        expect(U.computeDigest(sha, '€🙂', U.Charset.UTF_8)).toEqual(U.computeDigest(sha, U.newBlob('€🙂').getBytes()));
      });
    },
  );

  pin(
    'Utilities.Utilities.computeDigest',
    'https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)',
    'returns Java signed bytes: SHA-256 is 32 numbers from -128 to 127',
    () => {
      const digest = run(({ Utilities: U }) => U.computeDigest(U.DigestAlgorithm.SHA_256, 'rekap'));
      expect(digest).toHaveLength(32);
      expect(digest.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)).toBe(true);
      expect(digest.some((b) => b < 0)).toBe(true);
    },
  );

  pin(
    'Utilities.Utilities.computeDigest',
    GAS_FAKES_UTILITIES,
    'refuses wrong argument counts and types with the signature error, and non-numeric bytes',
    () => {
      run(({ Utilities: U }) => {
        const md5 = U.DigestAlgorithm.MD5;
        const call =
          (...args: unknown[]) =>
          () =>
            (U.computeDigest as (...a: unknown[]) => unknown)(...args);
        const signature = /^The parameters \(.*\) don't match the method signature for Utilities\.computeDigest\.$/;
        expect(call(md5, 'a', U.Charset.US_ASCII, 4)).toThrow(signature);
        expect(call('a')).toThrow(signature);
        expect(call(md5, [0, 1, 2], U.Charset.UTF_8)).toThrow(signature);
        expect(call(md5, 'a', 'fake')).toThrow(signature);
        expect(call('fake', 'a', U.Charset.US_ASCII)).toThrow(signature);
        expect(call('constructor', 'a')).toThrow(signature);
        expect(call(md5, 'a', 'toString')).toThrow(signature);
        expect(call(md5, ['1bad', '2bad'])).toThrow(/^Cannot convert /);
      });
    },
  );

  pin(
    ['Utilities.Utilities.computeHmacSha256Signature', 'Utilities.Utilities.computeHmacSignature'],
    GAS_FAKES_UTILITIES,
    'strings without a charset are US-ASCII; value and key must both be strings or both byte arrays',
    () => {
      run(({ Utilities: U }) => {
        expect(U.computeHmacSha256Signature('café', '€🙂')).toEqual(U.computeHmacSha256Signature('caf?', '??'));
        expect(U.computeHmacSha256Signature('café', 'k', U.Charset.UTF_8)).toEqual(
          U.computeHmacSha256Signature(U.newBlob('café').getBytes(), U.newBlob('k').getBytes()),
        );
        expect(U.computeHmacSignature(U.MacAlgorithm.HMAC_SHA_256, 'v', 'k')).toEqual(
          U.computeHmacSha256Signature('v', 'k'),
        );
        const call =
          (...args: unknown[]) =>
          () =>
            (U.computeHmacSha256Signature as (...a: unknown[]) => unknown)(...args);
        const signature = /^The parameters \(.*\) don't match the method signature for Utilities\./;
        expect(call('v')).toThrow(signature);
        expect(call('v', 'k', U.Charset.US_ASCII, 4)).toThrow(signature);
        expect(call([1, 2], 'k')).toThrow(signature);
        expect(call('v', [1, 2])).toThrow(signature);
        expect(call([1], [2], U.Charset.UTF_8)).toThrow(signature);
        expect(call(['x'], [2])).toThrow(/^Cannot convert /);
      });
    },
  );
});

describe('Utilities.newBlob', () => {
  const { run } = scriptWorld();

  pin(
    'Utilities.Utilities.newBlob',
    GAS_FAKES_UTILITIES,
    'a blob from a string is text/plain with no name; from bytes it has no content type; bytes are UTF-8',
    () => {
      run(({ Utilities: U }) => {
        const text = U.newBlob('Capaian 100 %');
        expect(text.getContentType()).toBe('text/plain');
        expect(text.getName()).toBeNull();
        expect(U.newBlob('x', 'text/csv').getContentType()).toBe('text/csv');
        expect(U.newBlob([104, 105]).getContentType()).toBeNull();
        expect(U.newBlob('é').getBytes()).toEqual([-61, -87]);
      });
    },
  );
});
