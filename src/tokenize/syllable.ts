import { foldDiacritics } from "../text/tone.js";

/**
 * Could these letters be one Vietnamese syllable? Used to tell an ALL-CAPS headline word
 * (`HẢI`, `NGUYỄN`, `BỘ`) from an abbreviation (`ANTQ`, `UBND`, `CSGT`, `TP`): a syllable is an
 * optional onset, a vowel nucleus of one to three vowels, and an optional coda. Phonotactics,
 * not a vocabulary: a handful of fixed letter groups of the orthography.
 */
const ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr"];
const SINGLE_ONSETS = "bcdghklmnprstvx";
const VOWELS = "aeiouy";
const CODAS = ["ng", "nh", "ch", "c", "m", "n", "p", "t"];

export function isPlausibleSyllable(letters: string): boolean {
  const s = foldDiacritics(letters);
  if (s.length === 0 || s.length > 7) return false;
  let i = 0;
  const multi = ONSETS.find((o) => s.startsWith(o) && s.length > o.length);
  if (multi !== undefined) i = multi.length;
  else if (SINGLE_ONSETS.includes(s[0] ?? "")) i = 1;
  const nucleusStart = i;
  while (i < s.length && VOWELS.includes(s[i] ?? "")) i++;
  const nucleus = i - nucleusStart;
  if (nucleus === 0 || nucleus > 3) return false;
  const coda = s.slice(i);
  return coda === "" || CODAS.includes(coda);
}
