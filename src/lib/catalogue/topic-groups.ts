/**
 * content/catalogue/nhom-linh-vuc.json: the citizen-facing topic groups (nhóm lĩnh vực) shown
 * above the official fields, in the order citizens see them, and the fields each group holds. The
 * file is copied unchanged from its MIT source (see nhom-linh-vuc.LICENSE.md); fields it lacks are
 * placed by editors in nhom-linh-vuc-bo-sung.json, which the import reads too.
 */
import { z } from 'zod';

const groupId = z.string().regex(/^[a-z0-9-]+$/);

/** One topic group, in the file's own words. */
export const topicGroupSchema = z.object({
  /** Stable id, used in addresses: /thu-tuc/nhom/tu-phap/. */
  id: groupId,
  /** Full name: "Tư pháp - Hộ tịch". */
  ten: z.string().trim().min(1),
  /** Short name for lists and filters: "Tư pháp, Hộ tịch". */
  tenNgan: z.string().trim().min(1),
  /** Picture file name in the source project; not used by the site. */
  hinh: z.string().optional(),
});

export const topicGroupFileSchema = z.object({
  /** The groups, in the order shown to citizens. */
  nhom: z.array(topicGroupSchema).min(1),
  /** Field name as the national data writes it → group id. */
  linh_vuc: z.record(groupId),
});

export type TopicGroup = z.infer<typeof topicGroupSchema>;
export type TopicGroupFile = z.infer<typeof topicGroupFileSchema>;

export class TopicGroupFileError extends Error {
  override readonly name = 'TopicGroupFileError';
}

/** Reads the file's text; fails naming the file when it is not JSON or not of the file's shape. */
export function parseTopicGroupFile(text: string, file: string): TopicGroupFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new TopicGroupFileError(`${file}: not valid JSON (${(error as Error).message}).`);
  }
  const parsed = topicGroupFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TopicGroupFileError(
      `${file}: not of the shape { "nhom": [{ "id", "ten", "tenNgan" }…], "linh_vuc": { … } } (${issue?.path.join('.')}: ${issue?.message}).`,
    );
  }
  return parsed.data;
}

/** Group id → short name, for lists and search filters. */
export function groupShortNames(groups: readonly TopicGroup[]): Map<string, string> {
  return new Map(groups.map((group) => [group.id, group.tenNgan]));
}
