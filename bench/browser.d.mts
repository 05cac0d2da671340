export function articleOfSize(articles: readonly string[], size: number): string;
export function benchBrowser(articles: readonly string[], options?: { runs?: number }): Promise<void>;
