import { z } from "zod";
import { SpanSchema } from "../span.js";

/** A position held by a person, with the organisation it belongs to as written. */
export const TitleSchema = z.object({
  /** As written, normalised: "Phó Giám đốc", "Trưởng phòng", "Phó Trưởng CAQ" (the unit then is also the organisation). */
  position: z.string(),
  /** "pho_giam_doc" when the position is in data/titles.tsv. */
  positionId: z.string().nullable(),
  /** As written: "CATP", "Phòng Tham mưu", "UBND quận Kiến An". */
  organization: z.string().nullable(),
  /** The organisation with its abbreviations spelled out: "Công an thành phố Hải Phòng". */
  organizationExpanded: z.string().nullable(),
});
export type Title = z.infer<typeof TitleSchema>;

/** A title in the text: the span covers the position and its organisation. */
export const TitleMentionSchema = SpanSchema.extend({
  title: TitleSchema,
  /** Head, deputy, member or other, from data/titles.tsv (null for an unknown position). */
  headOrDeputy: z.enum(["head", "deputy", "member", "other"]).nullable(),
  /** English name of the position, from data/titles.tsv. */
  english: z.string().nullable(),
});
export type TitleMention = z.infer<typeof TitleMentionSchema>;
