/**
 * Addresses of the "Tài liệu tuyên truyền" kit. Radio stations and schools print and keep these,
 * so, like the sections in ../navigation.ts, a path here must never change once published.
 */

/** The kit's own page. */
export const KIT_PATH = '/tai-lieu-tuyen-truyen/';

/** The kinds of material, each a Markdown collection, with the folder of its pages. */
export const KIT_FOLDERS = {
  radio: 'phat-thanh',
  posters: 'ap-phich',
  articles: 'bai-viet',
  lessons: 'bai-hoc',
} as const;

export type KitKind = keyof typeof KIT_FOLDERS;

export const KIT_KINDS = Object.keys(KIT_FOLDERS) as KitKind[];

/** The page of one item: /tai-lieu-tuyen-truyen/phat-thanh/dich-vu-cong-truc-tuyen/ */
export function kitItemPath(kind: KitKind, slug: string): string {
  return `${KIT_PATH}${KIT_FOLDERS[kind]}/${slug}/`;
}

/** The plain-text download of a radio script: /tai-lieu-tuyen-truyen/phat-thanh/<slug>.txt */
export function radioTextPath(slug: string): string {
  return `${KIT_PATH}${KIT_FOLDERS.radio}/${slug}.txt`;
}
