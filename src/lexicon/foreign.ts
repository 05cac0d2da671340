import { boundedMemo } from "./memo.js";

/** A syllable Vietnamese spelling cannot form ("Robert", "Kalinak", "Toru"): tone marks aside, onset, vowels, coda. */
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** Verdicts by key: a text repeats its names, and the test normalises and runs a regex each time. */
const foreignSyllableByKey = boundedMemo(10000, (key) => {
  const bare = key
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
  return !VIETNAMESE_SYLLABLE.test(bare);
});

/** True for a lookup key (lower case) no Vietnamese syllable is spelled as ("jens", "stoltenberg"). */
export function isForeignSyllable(key: string): boolean {
  return key.length > 12 || foreignSyllableByKey(key);
}
