export const root: string;
export function browserBundle(options?: {
  entry?: string;
  minify?: boolean;
  globalName?: string;
}): Promise<string>;
