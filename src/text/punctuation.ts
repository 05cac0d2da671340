/**
 * Typographic punctuation folded to ASCII for matching: quotes to `"`/`'`, dashes to `-`,
 * the ellipsis character to `...`. Tokens keep the original in `text`.
 */
export function foldPunctuation(s: string): string {
  if (s.length !== 1) return s;
  switch (s) {
    case "\u201c": // “
    case "\u201d": // ”
    case "\u201e": // „
    case "\u201f":
    case "\u00ab": // «
    case "\u00bb": // »
    case "\u2033": // ″
      return '"';
    case "\u2018": // ‘
    case "\u2019": // ’
    case "\u201a":
    case "\u201b":
    case "\u2032": // ′
    case "`":
    case "\u00b4":
      return "'";
    case "\u2010":
    case "\u2011":
    case "\u2012":
    case "\u2013": // –
    case "\u2014": // —
    case "\u2015":
    case "\u2212": // −
      return "-";
    case "\u2026":
      return "...";
    default:
      return s;
  }
}
