import { defineConfig } from "vitest/config";

// Two groups, run one after the other: the unit tests first (some compare the times of two input
// sizes, so they need the CPU to themselves), then the tests that build dist/ and run the built
// package in child processes, other runtimes and Chromium (test/ except the architecture rules).
const integration = ["test/**/*.test.ts"];
const unitOnly = ["test/architecture.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: "threads",
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", ...unitOnly], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: "integration", include: integration, exclude: unitOnly, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
