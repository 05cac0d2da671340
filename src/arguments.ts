/**
 * Checks of the arguments every public function receives, in one place so that each function says
 * the same thing the same way. Text is never coerced: `extract(42)` or `extract({ text })` would
 * otherwise return a well-formed article about `"42"` or `"[object Object]"`, a silent wrong answer.
 * @module
 */

/** What a value is, for a message: `a number`, `null`, `an object`, `an array`. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  const t = typeof value;
  return t === "object" ? "an object" : `a ${t}`;
}

/**
 * The text argument of a public function, which must be a string.
 * @throws TypeError naming the argument (`text must be a string, got a number`).
 */
export function checkText(value: unknown, name = "text"): string {
  if (typeof value === "string") return value;
  throw new TypeError(`${name} must be a string, got ${describeValue(value)}`);
}

/**
 * Options must be an object (or undefined/null for none) whose every key is one of `accepted`: a
 * misspelt option (`{ publishedat }`) would otherwise be ignored and change the result silently.
 * @throws TypeError naming the unknown key and the accepted ones.
 */
export function checkOptionNames(options: unknown, accepted: readonly string[], name = "options"): void {
  if (options === undefined || options === null) return;
  if (typeof options !== "object" || Array.isArray(options))
    throw new TypeError(`${name} must be an object, got ${describeValue(options)}`);
  for (const key of Object.keys(options)) {
    if (!accepted.includes(key))
      throw new TypeError(
        `${name}.${key} is not an option; the accepted ones are ${accepted.map((k) => `"${k}"`).join(", ")}`,
      );
  }
}
