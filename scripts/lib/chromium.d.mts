import type { BrowserContext, Page } from "playwright-core";

export const CHROMIUM: string;
export function chromiumMissing(): Promise<string | null>;
export function launchChromium(): Promise<{
  context: BrowserContext;
  page: Page;
  version: string;
  close(): Promise<void>;
}>;
