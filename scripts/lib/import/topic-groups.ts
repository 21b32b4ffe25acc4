/**
 * Step 4, topic groups: each procedure's field (lĩnh vực) is placed in one of the citizen-facing
 * groups of content/catalogue/nhom-linh-vuc.json (copied unchanged, MIT). Fields that file lacks are
 * mapped in content/catalogue/nhom-linh-vuc-bo-sung.json, which editors extend without touching
 * code; a field in neither falls to "khac" and is listed in the import's report.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { topicGroupFileSchema } from '../../../src/lib/catalogue/topic-groups';
import { DATA_FILES } from '../../../src/lib/content/data-files';
import { slugify } from '../../../src/lib/text/slug';
import { ImportFileError } from './errors';

export const OTHER_GROUP = 'khac';

const PROJECT_ROOT = new URL('../../../', import.meta.url);
export const GROUPS_FILE = fileURLToPath(new URL(DATA_FILES.topicGroups, PROJECT_ROOT));
export const EXTRA_GROUPS_FILE = fileURLToPath(new URL(DATA_FILES.extraTopicGroups, PROJECT_ROOT));

const extraGroupsSchema = z.object({ linh_vuc: z.record(z.string()) });

export interface TopicGroups {
  /** Group ids in the order of nhom-linh-vuc.json. */
  ids: string[];
  /** Group id → short name ("tenNgan"), for reports. */
  names: Map<string, string>;
  /** Field slug → group id. */
  bySlug: Map<string, string>;
}

function readJson(path: string, label: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ImportFileError(
      label,
      `Không đọc được tệp nhóm lĩnh vực (${error instanceof Error ? error.message : String(error)}).`,
      'Sửa cú pháp JSON của tệp (dấu ngoặc, dấu phẩy, ngoặc kép).',
    );
  }
}

/**
 * Builds the lookup from the two files' contents. The editors' file may add fields and may move a
 * field the original file placed elsewhere; every group it names must exist.
 */
export function topicGroupsFrom(
  groupsData: unknown,
  extraData: unknown,
  labels = { groups: 'nhom-linh-vuc.json', extra: 'nhom-linh-vuc-bo-sung.json' },
): TopicGroups {
  const groups = topicGroupFileSchema.safeParse(groupsData);
  if (!groups.success) {
    throw new ImportFileError(
      labels.groups,
      'Tệp không có dạng { "nhom": [...], "linh_vuc": {...} }.',
      'Dùng lại bản gốc của tệp.',
    );
  }
  const extra = extraGroupsSchema.safeParse(extraData);
  if (!extra.success) {
    throw new ImportFileError(
      labels.extra,
      'Tệp không có dạng { "linh_vuc": { "Tên lĩnh vực": "mã-nhóm", … } }.',
      'Mỗi dòng trong «linh_vuc» ghép một tên lĩnh vực với mã một nhóm trong nhom-linh-vuc.json.',
    );
  }
  const ids = groups.data.nhom.map((group) => group.id);
  const bySlug = new Map<string, string>();
  for (const [field, group] of Object.entries(groups.data.linh_vuc)) bySlug.set(slugify(field), group);
  for (const [field, group] of Object.entries(extra.data.linh_vuc)) {
    if (!ids.includes(group)) {
      throw new ImportFileError(
        labels.extra,
        `Lĩnh vực «${field}» được xếp vào nhóm «${group}», nhưng không có nhóm nào mang mã đó.`,
        `Dùng một trong các mã: ${ids.join(', ')}.`,
      );
    }
    bySlug.set(slugify(field), group);
  }
  const names = new Map(groups.data.nhom.map((group) => [group.id, group.tenNgan] as const));
  return { ids, names, bySlug };
}

export function loadTopicGroups(groupsFile = GROUPS_FILE, extraFile = EXTRA_GROUPS_FILE): TopicGroups {
  return topicGroupsFrom(readJson(groupsFile, groupsFile), readJson(extraFile, extraFile), {
    groups: groupsFile,
    extra: extraFile,
  });
}

export interface TopicGroupChoice {
  group: string;
  /** False when no mapping names the field: it fell to "khac" by default, not by an editor's choice. */
  mapped: boolean;
}

/** The group of a field; a list cell's "A; B" is placed by the first of its fields that is mapped. */
export function topicGroupOf(field: string, groups: TopicGroups): TopicGroupChoice {
  for (const part of [field, ...field.split(';')]) {
    const group = groups.bySlug.get(slugify(part));
    if (group) return { group, mapped: true };
  }
  return { group: OTHER_GROUP, mapped: false };
}
