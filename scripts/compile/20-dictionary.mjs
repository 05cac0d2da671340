// RDRsegmenter's word and place lists (data/rdrsegmenter/, Apache-2.0) + Viet74K's one-syllable
// entries (@vntk/dictionary, MIT, a dev dependency) + data/words.tsv → src/generated/dictionary.ts:
// the word list the segmenter matches against (lower case, NFC, canonical tone placement
// `hoà` → `hòa`, the same key `segment` computes from token.normalized), as string literals: the
// distinct syllables once, and the words as front-coded lists of syllable numbers. A string is
// the most compact form to ship and parse; the lookup table (a hash set of syllable-hash chains)
// is built from it lazily by src/segment/dictionary.ts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { z } from "zod";
import { readTsv, validateRows } from "../lib/tsv.mjs";

/** Longest list entry kept, in syllables (as long as the runtime lookahead: measured +0.001 dev F1 over 4). */
export const MAX_DICTIONARY_SYLLABLES = 6;
/** Syllable ids below this are one character; the last ID_THREE_CHAR_LEADS lead characters open three. */
const ID_ONE_CHAR = 40;
const ID_THREE_CHAR_LEADS = 2;
/** Longest domain word (data/words.tsv), in syllables; the runtime lookahead bound. */
export const MAX_DOMAIN_SYLLABLES = 6;

// The same rule as src/text/tone.ts `canonicalTone` (a compile step cannot import TypeScript):
// a syllable-final `oà oè uỳ`-type pair carries its tone on the first vowel, except after `q`.
const TONED = { a: "aàáảãạ", e: "eèéẻẽẹ", y: "yỳýỷỹỵ", o: "oòóỏõọ", u: "uùúủũụ" };
const FIRST_FOR = { a: "o", e: "o", y: "u" };
function canonicalTone(syllable) {
  const n = syllable.length;
  if (n < 2) return syllable;
  const last = syllable[n - 1];
  for (const bare of ["a", "e", "y"]) {
    const tone = TONED[bare].indexOf(last);
    if (tone <= 0) continue;
    const first = syllable[n - 2];
    if (first !== FIRST_FOR[bare]) return syllable;
    if (n >= 3 && syllable[n - 3] === "q" && first === "u") return syllable;
    return syllable.slice(0, n - 2) + TONED[first][tone] + bare;
  }
  return syllable;
}

/** NFC, lower case, canonical tone per syllable, single spaces; null when not a plain word. */
function key(entry) {
  const s = entry.normalize("NFC").toLowerCase().trim().replace(/\s+/g, " ");
  // Only letters and spaces: hyphenated loans (`a-ba-toa`) and entries with punctuation
  // (`ác (một) cái là`) can never match a run of syllable tokens.
  if (!/^\p{L}+( \p{L}+)*$/u.test(s)) return null;
  return s.split(" ").map(canonicalTone).join(" ");
}

const Row = z.object({
  word: z.string().regex(/^\p{L}+( \p{L}+){1,5}$/u, "two to six syllables separated by one space"),
  force: z.enum(["yes", "no"]),
  source: z.string().min(1),
});

/** Keys of the plain-word entries of a one-entry-per-line list, up to MAX_DICTIONARY_SYLLABLES. */
function readList(file, keep = () => true) {
  const out = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const k = key(line);
    if (k === null) continue;
    const n = k.split(" ").length;
    if (n <= MAX_DICTIONARY_SYLLABLES && keep(n)) out.push(k);
  }
  return out;
}

export default async function compile({ root, write }) {
  const words = new Set();
  // RDRsegmenter's lists (words of 2+ syllables; place and country names): where such an entry
  // lies between two treebank word boundaries it is one VTB word 95.5% of the time (Viet74K's
  // multi-syllable entries: 81.7%), which is most of what the model can learn from the dictionary.
  const rdr = join(root, "data", "rdrsegmenter");
  for (const k of readList(join(rdr, "words.txt"))) words.add(k);
  for (const k of readList(join(rdr, "places.txt"))) words.add(k);
  // RDRsegmenter lists no one-syllable words; Viet74K's tell the model which syllables are known.
  const require = createRequire(join(root, "package.json"));
  const dictFile = join(dirname(require.resolve("@vntk/dictionary/package.json")), "data", "Viet74K.txt");
  for (const k of readList(dictFile, (n) => n === 1)) words.add(k);
  const file = join(root, "data", "words.tsv");
  const rows = validateRows(file, readTsv(file), Row);
  const forced = new Set();
  for (const r of rows) {
    const k = key(r.word);
    if (k === null) throw new Error(`${file}: not a plain word: ${r.word}`);
    if (forced.has(k)) throw new Error(`${file}: duplicate word ${r.word}`);
    words.add(k);
    if (r.force === "yes") forced.add(k);
  }
  const list = [...words].sort();
  // Syllables are shipped once, most frequent first, and words as lists of syllable numbers, each
  // written in 1-3 printable ASCII characters (frequent syllables get one). Compared with plain
  // text this is 10% smaller gzipped, stays ASCII in the bundle (esbuild escapes non-ASCII in
  // string literals), and the runtime hashes each syllable once instead of once per word.
  const freq = new Map();
  for (const w of list) for (const syl of w.split(" ")) freq.set(syl, (freq.get(syl) ?? 0) + 1);
  const vocab = [...freq.keys()].sort((x, y) => freq.get(y) - freq.get(x) || (x < y ? -1 : x > y ? 1 : 0));
  const idOf = new Map(vocab.map((syl, i) => [syl, i]));
  const ALPHABET = [];
  for (let c = 0x21; c < 0x7f; c++) if (c !== 0x22 && c !== 0x5c) ALPHABET.push(String.fromCharCode(c));
  const A = ALPHABET.length;
  const ONE = ID_ONE_CHAR;
  const TWO_LEADS = A - ONE - ID_THREE_CHAR_LEADS;
  if (vocab.length > ONE + TWO_LEADS * A + ID_THREE_CHAR_LEADS * A * A)
    throw new Error("too many syllables for the id code");
  const encodeId = (i) => {
    if (i < ONE) return ALPHABET[i];
    let r = i - ONE;
    if (r < TWO_LEADS * A) return ALPHABET[ONE + Math.floor(r / A)] + ALPHABET[r % A];
    r -= TWO_LEADS * A;
    return (
      ALPHABET[ONE + TWO_LEADS + Math.floor(r / (A * A))] + ALPHABET[Math.floor(r / A) % A] + ALPHABET[r % A]
    );
  };
  // Front coding by syllables: each line starts with how many leading syllables it shares with
  // the line before (one digit), then the ids of the rest. The runtime extends each shared
  // prefix's key instead of recomputing it.
  const frontCode = (sorted) => {
    const coded = [];
    let prev = [];
    for (const w of sorted) {
      const syl = w.split(" ");
      let shared = 0;
      while (shared < prev.length && shared < syl.length - 1 && prev[shared] === syl[shared]) shared++;
      coded.push(
        String(shared) +
          syl
            .slice(shared)
            .map((x) => encodeId(idOf.get(x)))
            .join(""),
      );
      prev = syl;
    }
    return coded.join("\n");
  };
  // Distinct keys the runtime table will hold (words and their syllable prefixes), to size it
  // without a counting pass.
  const keys = new Set();
  for (const w of list) {
    const syl = w.split(" ");
    for (let k = 1; k <= syl.length; k++) keys.add(syl.slice(0, k).join(" "));
  }
  write(
    "dictionary.ts",
    // a legal comment (`/*!`): esbuild keeps it in dist/, so the notice travels with the lists
    "/*! cand-nlp segmenter dictionary: RDRsegmenter word lists (github.com/datquocnguyen/RDRsegmenter), " +
      "Copyright (C) 2017-2019 Dat Quoc Nguyen, Apache License 2.0 (data/rdrsegmenter/NOTICE); " +
      "Viet74K one-syllable entries, Copyright (c) 2017 VNTK, MIT. */\n" +
      `/** RDRsegmenter (Apache-2.0) + Viet74K one-syllable entries (MIT) + data/words.tsv: the ${vocab.length} distinct syllables (lower case, canonical tone), space-separated. */\n` +
      `export const DICTIONARY_SYLLABLES: string = ${JSON.stringify(vocab.join(" "))};\n` +
      `/** The ${list.length} words: one per line, the number of leading syllables shared with the line\n` +
      " * before (one digit), then the other syllables' numbers in the id code of src/segment/dictionary.ts. */\n" +
      `export const DICTIONARY_WORDS: string = ${JSON.stringify(frontCode(list))};\n` +
      `export const DICTIONARY_KEYS = ${keys.size};\n` +
      "/** data/words.tsv rows with force=yes (ranks, titles): always one word. Same coding. */\n" +
      `export const FORCED_WORDS: string = ${JSON.stringify(frontCode([...forced].sort()))};\n` +
      `export const MAX_WORD_SYLLABLES = ${MAX_DOMAIN_SYLLABLES};\n` +
      `export const ID_ONE_CHAR = ${ID_ONE_CHAR};\n` +
      `export const ID_THREE_CHAR_LEADS = ${ID_THREE_CHAR_LEADS};\n`,
  );
}
