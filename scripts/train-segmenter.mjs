#!/usr/bin/env node
// Trains the word segmenter's weights: an averaged structured perceptron (first-order Viterbi over
// join/split decisions) on the hashed gap features of src/segment/features.ts, over the
// UD Vietnamese-VTB train split. Writes data/segmenter/{model.json,weights.bin}; the data compiler
// (scripts/compile/21-segmenter.mjs) ships them. Deterministic: fixed seed, fixed order.
//
// usage: node scripts/train-segmenter.mjs [--train FILE[,FILE...]] [--dev FILE] [--epochs N] [--bits B]
//                                         [--prune Q] [--min-count C] [--no-write]
// --dev only reports the dev F1 after each epoch (for choosing the epoch count); it never trains.
// --select DEV runs the whole protocol of the shipped model: train on --train alone and score on
// DEV (the selection figure, recorded in model.json), then train again on --train + DEV and write
// those weights. The test split is never read.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const trainFiles = opt(
  "--train",
  join(root, "..", "shared", "eval", "ud-vi-vtb", "vi_vtb-ud-train.conllu"),
).split(",");
const selectFile = opt("--select", null);
const devFile = opt("--dev", selectFile);
const epochs = Number(opt("--epochs", "20"));
const bits = Number(opt("--bits", "18"));
/** Quantised weights with |q| below this are dropped (they barely move a decision). */
const prune = Number(opt("--prune", "1"));
/** Quantisation step: the averaged weights are multiplied by this and rounded. */
const scale = Number(opt("--scale", "8"));
const write = !args.includes("--no-write");
/** Loss-augmented training margin (0: the plain perceptron). */
const margin = Number(opt("--margin", "0"));

// The runtime feature code is TypeScript; bundle it (and the tokenizer) once so that training sees
// exactly the features segment() computes.
execFileSync(process.execPath, [join(root, "scripts", "compile-data.mjs")], {
  stdio: "inherit",
  env: { ...process.env, CAND_NLP_TRAINING_SEGMENTER: "1" },
});
const outDir = join(tmpdir(), `cand-nlp-train-${process.pid}`);
mkdirSync(outDir, { recursive: true });
const bundle = join(outDir, "segment-train.mjs");
await build({
  stdin: {
    contents: [
      'export { tokenize } from "./src/tokenize/index.ts";',
      'export { prepare, gapFeatures, MAX_FEATURES, FEATURE_VERSION } from "./src/segment/features.ts";',
      'export { wordTable } from "./src/segment/dictionary.ts";',
      'export { viterbi } from "./src/segment/model.ts";',
      'export { finishJoins } from "./src/segment/finish.ts";',
    ].join("\n"),
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "neutral",
  outfile: bundle,
  logLevel: "warning",
});
const lib = await import(pathToFileURL(bundle).href);
rmSync(outDir, { recursive: true, force: true });
// Put the shipped model back into src/generated (the step above wrote a null one).
process.on("exit", () => {
  try {
    execFileSync(process.execPath, [join(root, "scripts", "compile-data.mjs")], { stdio: "inherit" });
  } catch {
    // compile-data has said why (stale weights after --no-write); the exit code stays as it was
  }
});

/** Sentences of a CoNLL-U file: the `# text` line and the character spans of its words. */
function readConllu(file) {
  const out = [];
  let text = null;
  let forms = [];
  const flush = () => {
    if (text !== null) {
      const words = [];
      let at = 0;
      for (const form of forms) {
        const i = text.indexOf(form, at);
        if (i < 0) {
          words.length = 0;
          break;
        }
        words.push([i, i + form.length]);
        at = i + form.length;
      }
      if (words.length) out.push({ text, words });
    }
    text = null;
    forms = [];
  };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const header = /^#\s*text\s*=\s?(.*)$/.exec(line);
    if (header) text = header[1].normalize("NFC");
    else if (line.trim() === "") flush();
    else if (!line.startsWith("#")) {
      const cols = line.split("\t");
      if (/^\d+$/.test(cols[0])) forms.push(cols[1].normalize("NFC"));
    }
  }
  flush();
  return out;
}

const table = lib.wordTable();
const mask = (1 << bits) - 1;
const MAXF = lib.MAX_FEATURES;

/** Tokens, prepared arrays, gold joins and the masked feature ids of every linked gap. */
function instances(sentences) {
  return sentences.map(({ text, words }) => {
    const tokens = lib.tokenize(text);
    const p = lib.prepare(text, tokens, table);
    // word index of each character, to decide whether two tokens lie in one gold word
    const wordAt = new Int32Array(text.length).fill(-1);
    for (const [k, [a, b]] of words.entries()) wordAt.fill(k, a, b);
    const gold = new Uint8Array(p.n);
    const offsets = new Int32Array(p.n + 1);
    const feats = [];
    const buf = new Int32Array(MAXF);
    for (let i = 0; i < p.n; i++) {
      offsets[i] = feats.length;
      if (i === 0 || (p.link[i] & 1) === 0) continue;
      const wa = wordAt[tokens[i - 1].start];
      gold[i] = wa >= 0 && wa === wordAt[tokens[i].start] ? 1 : 0;
      const k = lib.gapFeatures(p, i, buf);
      for (let f = 0; f < k; f++) feats.push(buf[f] & mask);
    }
    offsets[p.n] = feats.length;
    return { text, words, tokens, p, gold, offsets, feats: Int32Array.from(feats) };
  });
}

function emissionsOf(inst, w) {
  const e = new Float64Array(inst.p.n);
  for (let i = 1; i < inst.p.n; i++) {
    let s = 0;
    for (let f = inst.offsets[i]; f < inst.offsets[i + 1]; f++) s += w[inst.feats[f]];
    e[i] = s;
  }
  return e;
}

/** Word spans predicted from join labels, compared with the gold spans (punctuation included). */
function scoreSpans(inst, join, acc) {
  const gold = new Set(inst.words.map(([a, b]) => `${a}:${b}`));
  const { tokens } = inst;
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1;
    while (j < tokens.length && join[j] === 1) j++;
    if (gold.has(`${tokens[i].start}:${tokens[j - 1].end}`)) acc.tp++;
    acc.pred++;
    i = j;
  }
  acc.gold += gold.size;
}
const f1 = ({ tp, pred, gold }) => (2 * tp) / (pred + gold);

/** Span F1 of the model's decisions; with `whole`, of segment() itself (ranks and titles kept
 * whole, abbreviations' full stops joined), the figure the shared scorer prints. */
function evaluate(insts, w, trans, whole = false) {
  const acc = { tp: 0, pred: 0, gold: 0 };
  for (const inst of insts) {
    const join = new Uint8Array(inst.p.n);
    lib.viterbi(inst.p, emissionsOf(inst, w), trans, join);
    if (whole) lib.finishJoins(inst.tokens, inst.p, join);
    scoreSpans(inst, join, acc);
  }
  return f1(acc);
}

// Deterministic shuffling (xorshift32) so that epochs see different orders reproducibly.
let seed = 0x2f6b9a1d;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};

const t0 = performance.now();
let train = instances(trainFiles.flatMap((file) => readConllu(file)));
let dev = devFile ? instances(readConllu(devFile)) : [];
console.error(
  `train: ${train.length} sentences; dev: ${dev.length}; features ready in ${Math.round(performance.now() - t0)} ms`,
);
{
  const acc = { tp: 0, pred: 0, gold: 0 };
  for (const inst of dev)
    scoreSpans(
      inst,
      inst.p.greedy.map((g) => g & 1),
      acc,
    );
  if (dev.length) console.error(`dev F1 greedy longest match: ${f1(acc).toFixed(4)}`);
}

// Features seen fewer than --min-count times in train are dropped (mapped to an unused slot).
// 2 gave the same dev F1 as 1 (0.9723 / 0.9715, within noise) from 18% fewer weights, but loses
// the evidence of rare syllables: `Đại tá H'Hen Niê` at the end of a text came out split.
const minCount = Number(opt("--min-count", "1"));
function dropRareFeatures() {
  if (minCount <= 1) return;
  const seen = new Uint32Array(1 << bits);
  for (const inst of train) for (const f of inst.feats) seen[f]++;
  for (const inst of train)
    for (let k = 0; k < inst.feats.length; k++) if (seen[inst.feats[k]] < minCount) inst.feats[k] = 0;
}

// Averaged perceptron with the usual lazy-average trick: avg = w - u / c. With --runs K > 1, K
// perceptrons see the sentences in different orders and their averaged weights are averaged.
const runs = Number(opt("--runs", "1"));
const size = 1 << bits;
function trainOnce(run) {
  seed = (0x2f6b9a1d + Math.imul(run, 0x9e3779b1)) | 0 || 1;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const trans = new Float64Array(4);
  const transU = new Float64Array(4);
  let c = 1;
  const order = train.map((_, k) => k);
  const averaged = () => {
    const avg = new Float64Array(size);
    for (let i = 0; i < size; i++) avg[i] = w[i] - u[i] / c;
    const avgTrans = trans.map((t, i) => t - transU[i] / c);
    return { avg, avgTrans };
  };
  let last = null;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const r = Math.floor(random() * (k + 1));
      [order[k], order[r]] = [order[r], order[k]];
    }
    let errors = 0;
    for (const k of order) {
      const inst = train[k];
      const pred = new Uint8Array(inst.p.n);
      const e = emissionsOf(inst, w);
      // loss-augmented decoding: a wrong label gets a head start of `margin`, so the weights are
      // pushed until the gold labelling wins by that margin, not merely wins
      if (margin > 0) for (let i = 1; i < inst.p.n; i++) e[i] += inst.gold[i] ? -margin : margin;
      lib.viterbi(inst.p, e, trans, pred);
      for (let i = 1; i < inst.p.n; i++) {
        if ((inst.p.link[i] & 1) === 0) continue;
        if (pred[i] !== inst.gold[i]) {
          errors++;
          const d = inst.gold[i] - pred[i];
          for (let f = inst.offsets[i]; f < inst.offsets[i + 1]; f++) {
            w[inst.feats[f]] += d;
            u[inst.feats[f]] += c * d;
          }
        }
        const g = inst.gold[i - 1] * 2 + inst.gold[i];
        const q = pred[i - 1] * 2 + pred[i];
        if (g !== q) {
          trans[g] += 1;
          transU[g] += c;
          trans[q] -= 1;
          transU[q] -= c;
        }
      }
      c++;
    }
    if (epoch === epochs || dev.length) last = averaged();
    const devF1 = dev.length ? ` dev F1 ${evaluate(dev, last.avg, last.avgTrans).toFixed(4)}` : "";
    console.error(`run ${run + 1} epoch ${epoch}: ${errors} gap errors on train;${devF1}`);
  }
  return last;
}
/** Trains (--runs perceptrons, averaged), quantises and encodes; scores dev when there is one. */
function trainModel() {
  dropRareFeatures();
  const last = trainOnce(0);
  for (let run = 1; run < runs; run++) {
    const next = trainOnce(run);
    for (let i = 0; i < size; i++) last.avg[i] += next.avg[i];
    for (let i = 0; i < 4; i++) last.avgTrans[i] += next.avgTrans[i];
  }
  if (runs > 1) {
    for (let i = 0; i < size; i++) last.avg[i] /= runs;
    for (let i = 0; i < 4; i++) last.avgTrans[i] /= runs;
    if (dev.length)
      console.error(
        `dev F1 of the ${runs}-run average: ${evaluate(dev, last.avg, last.avgTrans).toFixed(4)}`,
      );
  }

  // Quantise: q = round(w * scale) as int16, drop |q| < prune; then sparse varint encoding.
  const { avg, avgTrans } = last;
  const q = new Int16Array(size);
  let kept = 0;
  for (let i = 0; i < size; i++) {
    const v = Math.max(-32767, Math.min(32767, Math.round(avg[i] * scale)));
    if (Math.abs(v) >= prune) {
      q[i] = v;
      kept++;
    }
  }
  const qTrans = [...avgTrans].map((t) => Math.round(t * scale));
  const bytes = [];
  const varint = (v) => {
    while (v >= 128) {
      bytes.push((v & 127) | 128);
      v = Math.floor(v / 128);
    }
    bytes.push(v);
  };
  let prev = -1;
  for (let i = 0; i < size; i++) {
    if (q[i] === 0) continue;
    varint(i - prev);
    varint(q[i] < 0 ? -2 * q[i] - 1 : 2 * q[i]);
    prev = i;
  }
  let devF1 = null;
  if (dev.length) {
    const qw = Float64Array.from(q);
    devF1 = { model: evaluate(dev, qw, qTrans), segment: evaluate(dev, qw, qTrans, true) };
    console.error(
      `dev F1 after quantisation (${kept} weights, ${bytes.length} bytes): ${devF1.model.toFixed(4)}; of segment() (ranks and titles whole, abbreviations' full stops): ${devF1.segment.toFixed(4)}`,
    );
  }
  return { q, qTrans, kept, bytes, devF1 };
}

let selection = null;
if (selectFile) {
  const selected = trainModel();
  selection = {
    trainedOn: trainFiles.map((file) => basename(file)).join(" + "),
    scoredOn: basename(selectFile),
    devF1: Number(selected.devF1.model.toFixed(4)),
    devF1Segment: Number(selected.devF1.segment.toFixed(4)),
  };
  console.error(`selection: ${JSON.stringify(selection)}; now training on train + ${basename(selectFile)}`);
  train = train.concat(dev);
  dev = [];
}
const { qTrans, kept, bytes } = trainModel();
const trainedOn = selectFile ? [...trainFiles, selectFile] : trainFiles;
if (write) {
  const dir = join(root, "data", "segmenter");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "weights.bin"), Uint8Array.from(bytes));
  const meta = {
    bits,
    trans: qTrans,
    featureVersion: lib.FEATURE_VERSION,
    epochs,
    scale,
    prune,
    minCount,
    weights: kept,
    trainedOn: `UD Vietnamese-VTB ${trainedOn.map((file) => basename(file)).join(" + ")} (CC BY-SA 4.0)`,
    ...(selection ? { selection } : {}),
  };
  writeFileSync(join(dir, "model.json"), `${JSON.stringify(meta, null, 2)}\n`);
  console.error(
    `wrote data/segmenter/weights.bin (${bytes.length} bytes, ${kept} weights) in ${Math.round(performance.now() - t0)} ms`,
  );
}
