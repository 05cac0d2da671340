/**
 * A one-sided filter over a set of keys: a bit per slot of (length, first and last code unit).
 * A key whose slot is empty is certainly not in the set; a set bit only says "look it up". Most
 * tokens of a text begin no phrase of a given vocabulary, and this answers them without hashing.
 * Filled while a table is built (once), read-only afterwards.
 */
export class KeyFilter {
  private readonly bits = new Uint8Array(4096);

  add(key: string): void {
    this.bits[slotOf(key)] = 1;
  }

  mayHave(key: string): boolean {
    return this.bits[slotOf(key)] === 1;
  }
}

function slotOf(key: string): number {
  const n = key.length;
  if (n === 0) return 0;
  return (key.charCodeAt(0) * 31 + key.charCodeAt(n - 1) * 7 + n) & 4095;
}
