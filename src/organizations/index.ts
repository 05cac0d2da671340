/**
 * Organisations as entities: every body the article names (`Bộ Công an`, `Công an huyện Nghi Lộc`,
 * `CATP`), with its mentions, its name as written and spelled out, its kind and its level.
 * @module
 */
import { analyzeAbbreviations } from "../abbreviations/index.js";
import { keysOf } from "../lexicon/index.js";
import { checkExtractOptions, type ExtractOptions } from "../options.js";
import { findPersonsInTokens } from "../persons/index.js";
import { classWordMentions, findPlacesInTokens } from "../places/find.js";
import { tokenize } from "../tokenize/index.js";
import { findOrganizationsInTokens } from "./find.js";
import type { Organization } from "./schema.js";

export { type FindOrganizationsOptions, findOrganizationsInTokens } from "./find.js";
export { type KindAndLevel, kindAndLevel } from "./kinds.js";
export {
  type Organization,
  type OrganizationKind,
  OrganizationKindSchema,
  OrganizationSchema,
} from "./schema.js";

/**
 * Organisations of a text. Abbreviations are spelled out with the article's city or province
 * where it shows (`CATP` → `Công an thành phố Hải Phòng`); positions are not organisations
 * (`Bộ trưởng Bộ Công an` gives `Bộ Công an`), nor are persons' names, plates or birth years.
 * @example
 * findOrganizations("Bộ trưởng Bộ Công an làm việc với UBND quận Kiến An.")
 * // [{ id: "o1", name: "Bộ Công an", expanded: "Bộ Công an", kind: "police_unit", level: "central", … },
 * //  { id: "o2", name: "UBND quận Kiến An", expanded: "Ủy ban nhân dân quận Kiến An", kind: "state_body", level: "district", … }]
 */
export function findOrganizations(text: string, options?: ExtractOptions): Organization[] {
  const checked = checkExtractOptions(options);
  const input = typeof text === "string" ? text : String(text ?? "");
  const tokens = tokenize(input);
  const keys = keysOf(tokens);
  const analysis = analyzeAbbreviations(
    input,
    tokens,
    {
      ...(checked.publishedAt === null ? {} : { publishedAt: checked.publishedAt.slice(0, 10) }),
      ...(checked.abbreviations === undefined ? {} : { abbreviations: checked.abbreviations }),
    },
    keys,
  );
  const persons = findPersonsInTokens(input, tokens, { keys, abbreviationsByToken: analysis.byToken });
  const names = persons.flatMap((p) => p.mentions);
  // no organisation starts inside a place written with its class word ("đường Trường Chinh")
  const places = findPlacesInTokens(input, tokens, keys, {
    abbreviationsByToken: analysis.byToken,
    abbreviations: analysis.abbreviations,
    exclude: names,
  });
  return findOrganizationsInTokens(input, tokens, keys, {
    abbreviationsByToken: analysis.byToken,
    abbreviations: analysis.abbreviations,
    exclude: [...names, ...classWordMentions(places)],
  });
}
