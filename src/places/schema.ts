import * as z from "zod/mini";
import { SpanSchema } from "../span.js";

/**
 * What kind of place: an administrative unit (`province`, `city`, `district`, `commune` for wards,
 * communes and townships), a `village` (thôn, ấp, bản, tổ dân phố), a `road` (roads, streets,
 * bridges, passes, tunnels), a `landmark` (buildings, markets, airports, rivers, industrial parks)
 * or a `country`.
 */
export const PlaceKindSchema = z.enum([
  "province",
  "city",
  "district",
  "commune",
  "village",
  "road",
  "landmark",
  "country",
]);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

/**
 * One mention of a place. `inOrganization` is true when the mention is part of an organisation's
 * name (`huyện Đăk Hà` in `Công an huyện Đăk Hà`): the text names the unit there, not a location,
 * so a reader of event locations should not take it as where something happened.
 */
export const PlaceMentionSchema = z.extend(SpanSchema, {
  inOrganization: z.boolean(),
});
export type PlaceMention = z.infer<typeof PlaceMentionSchema>;

/** A place the article names, with every mention of it. */
export const PlaceSchema = z.object({
  /** "l1", "l2", … stable within one result, in order of first mention. */
  id: z.string(),
  /** As written at its fullest mention, normalised: "huyện Đăk Hà", "Quốc lộ 1A", "TP.HCM", "Hà Nội". */
  name: z.string(),
  /** The proper name without its class word: "Đăk Hà", "1A", "Hồ Chí Minh". */
  shortName: z.string(),
  kind: PlaceKindSchema,
  /** For administrative units: "province" (provinces and centrally-run cities), "district", "commune"; null otherwise. */
  level: z.nullable(z.enum(["province", "district", "commune"])),
  /** The province-level unit it belongs to, when the text ("xã A, huyện B, tỉnh C") or the data tells. */
  province: z.nullable(z.string()),
  /** True for a country other than Việt Nam. */
  foreign: z.boolean(),
  mentions: z.array(PlaceMentionSchema),
});
export type Place = z.infer<typeof PlaceSchema>;
