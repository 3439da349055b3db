/**
 * Seeds and a seeded random number generator, so a `?seed=` link draws the same questions in every browser.
 * Not for anything secret: mulberry32 is small, fast and repeatable, which is all a question draw needs.
 */

/** What a seed may look like in a link: 1 to 16 lowercase letters and digits. */
const SEED = /^[a-z0-9]{1,16}$/;

/** The seed a link carries, or null when it has none or something else stands there. */
export function parseSeed(value: string | null | undefined): string | null {
  return typeof value === 'string' && SEED.test(value) ? value : null;
}

/** A fresh seed of eight base-36 characters. */
export function newSeed(random: () => number = Math.random): string {
  let seed = '';
  for (let index = 0; index < 8; index++) seed += Math.floor(random() * 36).toString(36);
  return seed;
}

/** FNV-1a: the seed's characters folded into 32 bits. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A generator of numbers in [0, 1) that yields the same sequence for the same seed. */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
