// data/segmenter/{model.json,weights.bin} → src/generated/segmenter.ts: the segmenter's learned
// weights (written by scripts/train-segmenter.mjs from UD Vietnamese-VTB train + dev, CC BY-SA 4.0),
// shipped as one base64 string that src/segment/model.ts decodes on first use. Without the files
// (a fresh checkout before training) the model is null and segment() falls back to the dictionary.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const Meta = z.object({
  bits: z.number().int().min(10).max(24),
  trans: z.array(z.number().int()).length(4),
  featureVersion: z.string().min(1),
});

export default async function compile({ root, write }) {
  const dir = join(root, "data", "segmenter");
  const metaFile = join(dir, "model.json");
  const weightsFile = join(dir, "weights.bin");
  // The trainer compiles the data before training, when the weights may be stale: it needs none.
  const training = process.env.CAND_NLP_TRAINING_SEGMENTER === "1";
  if (training || !existsSync(metaFile) || !existsSync(weightsFile)) {
    write(
      "segmenter.ts",
      "export const SEGMENTER_MODEL: { bits: number; trans: number[]; weights: string } | null = null;\n",
    );
    return;
  }
  const parsed = Meta.safeParse(JSON.parse(readFileSync(metaFile, "utf8")));
  if (!parsed.success)
    throw new Error(
      `${metaFile}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const { bits, trans, featureVersion } = parsed.data;
  // The weights only mean something for the feature set they were trained on.
  const features = readFileSync(join(root, "src", "segment", "features.ts"), "utf8");
  const current = /export const FEATURE_VERSION = "([^"]+)"/.exec(features)?.[1];
  if (current !== featureVersion)
    throw new Error(
      `${metaFile}: weights trained for features "${featureVersion}", src/segment/features.ts is "${current}": run node scripts/train-segmenter.mjs`,
    );
  const weights = readFileSync(weightsFile).toString("base64");
  write(
    "segmenter.ts",
    "/*! cand-nlp segmenter weights: derived from UD Vietnamese-VTB train + dev, CC BY-SA 4.0 (data/segmenter/README.md). */\n" +
      "export const SEGMENTER_MODEL: { bits: number; trans: number[]; weights: string } | null = " +
      `{ bits: ${bits}, trans: ${JSON.stringify(trans)}, weights: ${JSON.stringify(weights)} };\n`,
  );
}
