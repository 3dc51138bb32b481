import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256, sha256Text } from '../../src/domain/seal/sha256';

const node = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256 (plain TypeScript)', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Text('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Text('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with Node for any text, across block boundaries and split updates (surrogates included)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 150 }), { maxLength: 6 }), (pieces) => {
        const h = sha256();
        for (const p of pieces) h.update(p);
        expect(h.hex()).toBe(node(pieces.join('')));
      }),
      { numRuns: 400 },
    );
  });

  it('hashes a million characters as Node does', () => {
    const text = 'Åtgärd 😀 '.repeat(100_000);
    expect(sha256Text(text)).toBe(node(text));
  });
});
