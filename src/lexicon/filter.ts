/**
 * A one-sided filter over a set of keys: a bit per slot of (length, first, middle and last code
 * unit). The middle one matters: Vietnamese syllables share few first and last letters, and
 * without it about half of the lookups the filter let through found nothing.
 * A key whose slot is empty is certainly not in the set; a set bit only says "look it up". Most
 * tokens of a text begin no phrase of a given vocabulary, and this answers them without hashing.
 * Filled while a table is built (once), read-only afterwards.
 */
const SLOTS = 1 << 14;

export class KeyFilter {
  // One bit per slot (2 KB), not a byte: every stage asks several filters at every token, and
  // twenty-odd filters of 16 KB each would crowd the processor's first-level data cache.
  private readonly bits = new Uint32Array(SLOTS >>> 5);

  add(key: string): void {
    const slot = slotOf(key);
    this.bits[slot >>> 5] = (this.bits[slot >>> 5] as number) | (1 << (slot & 31));
  }

  mayHave(key: string): boolean {
    const slot = slotOf(key);
    return (((this.bits[slot >>> 5] as number) >>> (slot & 31)) & 1) === 1;
  }
}

function slotOf(key: string): number {
  const n = key.length;
  if (n === 0) return 0;
  return (
    (key.charCodeAt(0) * 31 + key.charCodeAt(n >> 1) * 131 + key.charCodeAt(n - 1) * 7 + n) & (SLOTS - 1)
  );
}
