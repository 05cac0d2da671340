import * as z from "zod/mini";
import { ORGANIZATION_KINDS } from "../generated/entity-words.js";
import { SpanSchema } from "../span.js";

/**
 * What kind of body: police (`Công an`, `Cảnh sát`, prisons), party (`Đảng ủy`, `Tỉnh ủy`), state
 * (ministries, people's committees, departments), court, procuracy, army (including border guard
 * and coast guard), company, hospital, school, a foreign body (a foreign country in its name, an
 * embassy), or other (associations, newspapers, unions).
 */
export const OrganizationKindSchema = z.enum([...ORGANIZATION_KINDS, "other"]);
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

/** An organisation the article names, with every mention of it. */
export const OrganizationSchema = z.object({
  /** "o1", "o2", … stable within one result, in order of first mention. */
  id: z.string(),
  /** As written at its fullest mention, normalised: "CATP", "Công an huyện Nghi Lộc", "Phòng Tham mưu". */
  name: z.string(),
  /** Abbreviations spelled out, with the article's city where known: "Công an thành phố Hải Phòng". */
  expanded: z.string(),
  kind: OrganizationKindSchema,
  /** The administrative level it works at, where the name shows it. */
  level: z.nullable(z.enum(["central", "province", "district", "commune"])),
  mentions: z.array(SpanSchema),
});
export type Organization = z.infer<typeof OrganizationSchema>;
