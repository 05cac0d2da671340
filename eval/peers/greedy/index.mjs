// Baseline for `npm run eval`: greedy longest match over the same word list as segment(),
// exposed as `segment` so that the shared scorer can load it like the package itself.
import { segmentGreedy } from "../../../dist/index.js";

export const segment = segmentGreedy;
