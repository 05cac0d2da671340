/**
 * A function of a string, remembered across texts in a map bounded to `limit` entries (emptied when
 * full, so that a long-running process fed arbitrary text never grows it without end). For pure
 * functions only: news names the same bodies, places and spellings again and again, and a memo
 * must never make a record depend on the texts read before it.
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
