// The Web Worker: the package's browser bundle (globalThis.candNlp) is prepended to this file when
// the playground is built, and the whole is started from a Blob URL (file:// pages cannot load
// worker scripts by URL). One message in, one result out; the page keeps only the newest.
self.onmessage = (event) => {
  const { id, text, publishedAt } = event.data;
  const started = performance.now();
  try {
    const options = publishedAt ? { publishedAt } : undefined;
    const article = candNlp.extract(text, options);
    // Ranks and titles have their own spans (article.persons carries only their values).
    const ranks = candNlp.findRanks(text);
    const titles = candNlp.findTitles(text);
    self.postMessage({ id, article, ranks, titles, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
