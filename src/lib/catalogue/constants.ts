/**
 * The catalogue's fixed vocabularies (tiers, methods, levels, modes, units) without zod, so code
 * that ships to the browser (the search island) can use them without bundling the schema library.
 * schema.ts re-exports everything here: import from either.
 */

/**
 * National procedure code, "1.001193": one digit, a dot, six digits. The pattern's text serves
 * the larger patterns built on it (a page address /thu-tuc/1.001193/, a local code
 * 1.001193.000.00.00.H58).
 */
export const PROCEDURE_CODE_PATTERN = '\\d\\.\\d{6}';
export const PROCEDURE_CODE = new RegExp(`^${PROCEDURE_CODE_PATTERN}$`);

/** Government tiers that carry out procedures. `huyen` (district) exists only in pre-2025 data. */
export const TIERS = ['tinh', 'xa', 'huyen', 'bo', 'khac'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * The tiers a citizen browses and filters by on a provincial portal: the province and the commune,
 * and the district for data from before 2025. Ministries and other bodies are not a place to go.
 */
export const LOCAL_TIERS: readonly Tier[] = ['tinh', 'xa', 'huyen'];

/** The three ways to submit a dossier. The values double as URL segments. */
export const METHODS = ['truc-tuyen', 'buu-chinh', 'truc-tiep'] as const;
export type MethodKind = (typeof METHODS)[number];

/** Online service levels of Nghị định 43/2011/NĐ-CP (level 1 was information only). */
export const ONLINE_LEVELS = [2, 3, 4] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];

/** Online modes of Nghị định 42/2022/NĐ-CP: the whole procedure online, or only part of it. */
export const ONLINE_MODES = ['toan-trinh', 'mot-phan'] as const;
export type OnlineMode = (typeof ONLINE_MODES)[number];

/** Units of processing time as the national database writes them. */
export const TIME_UNITS = ['ngay-lam-viec', 'ngay', 'gio', 'thang', 'nam'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Currencies a procedure's fee is named in: đồng, and US dollars for visas and foreigners' papers. */
export const FEE_CURRENCIES = ['VND', 'USD'] as const;
