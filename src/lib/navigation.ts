/**
 * The portal's sections and their stable URLs. Schools print these addresses, so a path here
 * must never change once published; add a redirect in the server config if one ever has to.
 */
import { PROCEDURE_CODE_PATTERN } from './catalogue/constants';

export type SectionId =
  'explainers' | 'guides' | 'postal' | 'catalogue' | 'events' | 'news' | 'search' | 'stats' | 'schools';

/** URL path of each section, always with the trailing slash the server uses. */
export const SECTION_PATHS: Record<SectionId, string> = {
  explainers: '/chinh-quyen-dien-tu/',
  guides: '/huong-dan/',
  postal: '/buu-chinh-cong-ich/',
  catalogue: '/thu-tuc/',
  events: '/su-kien/',
  news: '/tin-tuc/',
  search: '/tra-cuu/',
  stats: '/thong-ke/',
  schools: '/truong-hoc/',
};

/** Sections in the header, in the order a citizen needs them. */
export const MAIN_NAV: readonly SectionId[] = ['catalogue', 'guides', 'postal', 'explainers', 'news'];

/** The URL of one entry inside a Markdown section. */
export function entryPath(section: SectionId, slug: string): string {
  return `${SECTION_PATHS[section]}${slug}/`;
}

/** The page of one procedure, by its national code: /thu-tuc/1.001193/ */
export function procedurePath(code: string): string {
  return `${SECTION_PATHS.catalogue}${code}/`;
}

const PROCEDURE_PAGE = new RegExp(`^${SECTION_PATHS.catalogue}(${PROCEDURE_CODE_PATTERN})/$`);

/** The code of the procedure a path is the page of ("/thu-tuc/1.001193/" → "1.001193"), if it is one. */
export function procedureCodeOfPath(path: string): string | undefined {
  return PROCEDURE_PAGE.exec(path)?.[1];
}

/** Addresses of the catalogue's browse lists. Segments are ASCII slugs or the schema's enum values. */
export const browsePaths = {
  group: (groupId: string) => `${SECTION_PATHS.catalogue}nhom/${groupId}/`,
  field: (groupId: string, fieldSlug: string) => `${SECTION_PATHS.catalogue}nhom/${groupId}/${fieldSlug}/`,
  agencies: `${SECTION_PATHS.catalogue}co-quan/`,
  agency: (agencySlug: string) => `${SECTION_PATHS.catalogue}co-quan/${agencySlug}/`,
  tier: (tier: string) => `${SECTION_PATHS.catalogue}cap/${tier}/`,
  method: (method: string) => `${SECTION_PATHS.catalogue}cach-nop/${method}/`,
  /** Procedures that accept dossiers online only. */
  onlineOnly: `${SECTION_PATHS.catalogue}chi-truc-tuyen/`,
  level: (level: string) => `${SECTION_PATHS.catalogue}muc-do/${level}/`,
} as const;

const GROUP_PAGE = new RegExp(`^${browsePaths.group('([a-z0-9-]+)')}$`);

/** The topic group a path is the page of ("/thu-tuc/nhom/tu-phap/" → "tu-phap"), if it is one. */
export function groupIdOfPath(path: string): string | undefined {
  return GROUP_PAGE.exec(path)?.[1];
}

/** Guides that procedure pages point to. A test checks that each one exists in content/. */
export const GUIDE_PATHS = {
  postal: entryPath('postal', 'nop-ho-so-nhan-ket-qua-qua-buu-dien'),
  onlineLevels: entryPath('guides', 'cac-muc-do-dich-vu-cong-truc-tuyen'),
  level: (level: 2 | 3 | 4) => entryPath('guides', `dich-vu-cong-muc-do-${level}`),
  onlineModes: entryPath('guides', 'toan-trinh-va-mot-phan'),
} as const;

/**
 * The guide that applies to a procedure offered online: the guide of its level when a source
 * states one, the "toàn trình / một phần" guide when only the mode is stated, else the overview.
 */
export function levelGuidePath(procedure: {
  onlineLevel?: 2 | 3 | 4 | undefined;
  onlineMode?: string | undefined;
}): string {
  if (procedure.onlineLevel !== undefined) return GUIDE_PATHS.level(procedure.onlineLevel);
  if (procedure.onlineMode !== undefined) return GUIDE_PATHS.onlineModes;
  return GUIDE_PATHS.onlineLevels;
}

/** Standalone pages (giới thiệu, trường học …) are served at the site root. */
export function pagePath(slug: string): string {
  return `/${slug}/`;
}

/**
 * The help page's section on where to report a mistake. The id is the one Markdown gives the
 * heading "## Báo sai sót trên trang này" in content/pages/ho-tro.md; a site test checks it is there.
 */
export const REPORT_MISTAKE_HELP = `${pagePath('ho-tro')}#báo-sai-sót-trên-trang-này`;

export interface Crumb {
  label: string;
  /** Omitted on the current page, which is not a link. */
  href?: string;
}

/**
 * Breadcrumbs from the home page down to the current page. The last crumb is the current page
 * and carries no link.
 */
export function breadcrumbs(homeLabel: string, trail: readonly Crumb[], current: string): Crumb[] {
  return [{ label: homeLabel, href: '/' }, ...trail, { label: current }];
}

/** Whether a nav link should be marked as the current section for the page at `pathname`. */
export function isInSection(pathname: string, sectionPath: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return path === sectionPath || path.startsWith(sectionPath);
}

/**
 * The editors' web editor (Sveltia CMS): an application of its own beside the site, never part of
 * a citizen's page, the sitemap, the search or the offline worker.
 */
export const EDITOR_PATH = '/quan-tri/';
