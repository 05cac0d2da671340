/**
 * Places as entities: provinces, cities, districts, wards and communes, villages, roads and
 * bridges, landmarks and countries, with their mentions and the province they lie in.
 * @module
 */
import { analyzeAbbreviations } from "../abbreviations/index.js";
import { keysOf } from "../lexicon/index.js";
import { checkExtractOptions, type ExtractOptions } from "../options.js";
import { findOrganizationsInTokens } from "../organizations/find.js";
import { findPersonsInTokens } from "../persons/index.js";
import { tokenize } from "../tokenize/index.js";
import { classWordMentions, findPlacesInTokens, markInOrganization } from "./find.js";
import type { Place } from "./schema.js";

export { classWordMentions, type FindPlacesOptions, findPlacesInTokens, markInOrganization } from "./find.js";
export {
  type Place,
  type PlaceKind,
  PlaceKindSchema,
  type PlaceMention,
  PlaceMentionSchema,
  PlaceSchema,
} from "./schema.js";

/**
 * Places of a text. A place named inside an organisation (`huyện Đăk Hà` in `Công an huyện Đăk
 * Hà`) is reported with `inOrganization: true` on that mention.
 * @example
 * findPlaces("Vụ tai nạn xảy ra trên Quốc lộ 1A, đoạn qua xã Hòa Phú, huyện Chư Păh, tỉnh Gia Lai.")
 * // [{ name: "Quốc lộ 1A", kind: "road", … },
 * //  { name: "xã Hòa Phú", kind: "commune", level: "commune", province: "Gia Lai", … }, …]
 */
export function findPlaces(text: string, options?: ExtractOptions): Place[] {
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
  const places = findPlacesInTokens(input, tokens, keys, {
    abbreviationsByToken: analysis.byToken,
    abbreviations: analysis.abbreviations,
    exclude: names,
  });
  const organizations = findOrganizationsInTokens(input, tokens, keys, {
    abbreviationsByToken: analysis.byToken,
    abbreviations: analysis.abbreviations,
    exclude: [...names, ...classWordMentions(places)],
  });
  markInOrganization(
    places,
    organizations.flatMap((o) => o.mentions),
  );
  return places;
}
