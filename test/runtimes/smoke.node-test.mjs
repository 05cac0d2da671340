// The smoke test as a node:test file, for the Node versions vitest 4 does not start on (Node 18) and
// for Node 22. scripts/test-runtimes.mjs passes Node 20's digests of the same build and the folder.
import assert from "node:assert/strict";
import test from "node:test";
import { smoke } from "./smoke.mjs";

const dir = process.env.CAND_NLP_SMOKE_DIR;
const expected = process.env.CAND_NLP_SMOKE_EXPECT;

test("cand-nlp and cand-nlp/node, imported and required, give Node 20's digests", async () => {
  assert.ok(
    dir && expected,
    "run through scripts/test-runtimes.mjs (CAND_NLP_SMOKE_DIR, CAND_NLP_SMOKE_EXPECT)",
  );
  assert.deepEqual(await smoke(dir), JSON.parse(expected));
});
