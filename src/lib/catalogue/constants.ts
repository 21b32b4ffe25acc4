/**
 * The catalogue's fixed vocabularies (tiers, methods, levels, modes, units) without zod, so code
 * that ships to the browser (the search island) can use them without bundling the schema library.
 * schema.ts re-exports everything here: import from either.
 */

/** National procedure code, "1.001193": one digit, a dot, six digits. */
export const PROCEDURE_CODE = /^\d\.\d{6}$/;

/** Government tiers that carry out procedures. `huyen` (district) exists only in pre-2025 data. */
export const TIERS = ['tinh', 'xa', 'huyen', 'bo', 'khac'] as const;
export type Tier = (typeof TIERS)[number];

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
