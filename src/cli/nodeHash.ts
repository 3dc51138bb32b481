/** Node's SHA-256 behind the domain's Hasher interface (src/domain/seal/sha256.ts): the same digests, faster. */
import { createHash } from 'node:crypto';
import type { HashFactory, Hasher } from '../domain/seal/sha256';

export const nodeSha256: HashFactory = () => {
  const h = createHash('sha256');
  const hasher: Hasher = {
    update(text: string): Hasher {
      h.update(text, 'utf8');
      return hasher;
    },
    hex(): string {
      return h.digest('hex');
    },
  };
  return hasher;
};
