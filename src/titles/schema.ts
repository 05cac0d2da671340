import * as z from "zod/mini";
import { SpanSchema } from "../span.js";

/** A position held by a person, with the organisation it belongs to as written. */
export const TitleSchema = z.object({
  /** As written, normalised: "Phó Giám đốc", "Trưởng phòng", "Phó Trưởng CAQ" (the unit then is also the organisation). */
  position: z.string(),
  /** "pho_giam_doc" when the position is in data/titles.tsv. */
  positionId: z.nullable(z.string()),
  /** As written: "CATP", "Phòng Tham mưu", "UBND quận Kiến An". */
  organization: z.nullable(z.string()),
  /** The organisation with its abbreviations spelled out: "Công an thành phố Hải Phòng". */
  organizationExpanded: z.nullable(z.string()),
  /** "nguyên Phó trưởng phòng …": a post the person held before, not now. */
  former: z.boolean(),
});
export type Title = z.infer<typeof TitleSchema>;

/** A title in the text: the span covers the position and its organisation. */
export const TitleMentionSchema = z.extend(SpanSchema, {
  title: TitleSchema,
  /** Head, deputy, member or other, from data/titles.tsv (null for an unknown position). */
  headOrDeputy: z.nullable(z.enum(["head", "deputy", "member", "other"])),
  /** English name of the position, from data/titles.tsv. */
  english: z.nullable(z.string()),
});
export type TitleMention = z.infer<typeof TitleMentionSchema>;
