import { checkOptionNames, checkText } from "../arguments.js";
import { isSentenceStart, keysOf, tokenAt } from "../lexicon/index.js";
import { matchKey } from "../text/index.js";
import { type Token, tokenize } from "../tokenize/index.js";
import { analyzeAbbreviations } from "./abbreviations.js";
import { checkOptions, checkStyle, type ExpandOptions } from "./options.js";

const capitalizeFirst = (s: string) => (s.length === 0 ? s : (s[0] as string).toUpperCase() + s.slice(1));

/**
 * Rewrites the text with its abbreviations spelled out. `replace` puts the expansion in place of
 * the abbreviation, `append` keeps it after the expansion in parentheses. A sentence-initial
 * expansion gets a capital; elsewhere the lexicon's casing stays (`an ninh Tổ quốc`, `Công an
 * thành phố`). The definition itself (`an ninh Tổ quốc (ANTQ)`) and abbreviations whose meaning
 * the text leaves open (`BCH`) are left as written.
 * @example
 * expandAbbreviations("CATP tổ chức hội nghị bảo vệ ANTQ.")
 * // "Công an thành phố tổ chức hội nghị bảo vệ an ninh Tổ quốc."
 */
export function expandAbbreviations(text: string, options?: ExpandOptions): string {
  const input = checkText(text);
  checkOptionNames(options, ["publishedAt", "abbreviations", "exclude", "style"]);
  checkOptions(options);
  const style = checkStyle(options);
  const tokens: Token[] = tokenize(input);
  const keys = keysOf(tokens);
  const analysis = analyzeAbbreviations(input, tokens, options, keys);
  const ambiguous = new Set(analysis.abbreviations.filter((a) => a.ambiguous).map((a) => a.abbr));
  let out = "";
  let at = 0;
  for (const use of analysis.uses) {
    if (use.definition || ambiguous.has(use.abbr)) continue;
    if (use.span.start < at) continue;
    let expansion = use.expansion;
    // "phòng PC54" → "phòng Kỹ thuật hình sự", not "phòng Phòng …": the unit noun is already written.
    const before = tokenAt(tokens, use.first - 1);
    const space = expansion.indexOf(" ");
    if (
      before !== undefined &&
      space > 0 &&
      matchKey(before.normalized) === matchKey(expansion.slice(0, space))
    )
      expansion = expansion.slice(space + 1);
    if (isSentenceStart(tokens, input, use.first)) expansion = capitalizeFirst(expansion);
    // "QL2" → "quốc lộ 2": a number glued to a shortened code needs its space back. ("QK9" carries
    // its number inside the expansion and the use covers the whole code.)
    const glued = use.span.end < input.length && /[\p{L}\p{N}]/u.test(input.charAt(use.span.end));
    if (glued && style === "replace") expansion += " ";
    out +=
      input.slice(at, use.span.start) +
      (style === "append" ? `${expansion} (${use.span.text})${glued ? " " : ""}` : expansion);
    at = use.span.end;
  }
  return out + input.slice(at);
}
