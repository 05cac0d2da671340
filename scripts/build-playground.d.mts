export function buildPlayground(options?: {
  outDir?: string;
}): Promise<{ file: string; bytes: number; workerBytes: number }>;
