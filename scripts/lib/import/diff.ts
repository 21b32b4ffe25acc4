/**
 * Step 6, diff: what the new catalogue adds, removes and changes compared with the one it replaces,
 * by code. The previous file is read as plain JSON, so even one written by an older import (or by
 * hand, against the rules) can be compared.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Catalogue } from '../../../src/lib/catalogue/schema';

export interface PreviousCatalogue {
  /** Code → the procedure in canonical JSON (sorted keys), for comparison. */
  procedures: Map<string, string>;
  /** How many procedures have each section of the detail page. */
  withSection: Record<SectionShareField, number>;
}

/** The sections whose share the import guards: a drop means an export lost its detail. */
export const SECTION_SHARE_FIELDS = ['documents', 'steps', 'result', 'legalBasis'] as const;
export type SectionShareField = (typeof SECTION_SHARE_FIELDS)[number];

/** Whether a procedure (as written in a catalogue file) has the section. Documents as text count. */
export function hasSection(procedure: unknown, field: SectionShareField): boolean {
  const record = (procedure ?? {}) as Record<string, unknown>;
  const value = record[field];
  const present = Array.isArray(value) ? value.length > 0 : value !== undefined;
  return present || (field === 'documents' && typeof record['documentsText'] === 'string');
}

export function countSections(procedures: readonly unknown[]): Record<SectionShareField, number> {
  return Object.fromEntries(
    SECTION_SHARE_FIELDS.map((field) => [field, procedures.filter((p) => hasSection(p, field)).length]),
  ) as Record<SectionShareField, number>;
}

export interface CatalogueDiff {
  previousCount: number;
  /** Procedures with each section, before and after. */
  sectionsBefore: Record<SectionShareField, number>;
  sectionsAfter: Record<SectionShareField, number>;
  added: string[];
  removed: string[];
  changed: string[];
}

/** JSON with object keys sorted at every level: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function previousOf(data: unknown): PreviousCatalogue | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const list = (data as { procedures?: unknown }).procedures;
  if (!Array.isArray(list)) return undefined;
  const procedures = new Map<string, string>();
  for (const item of list) {
    const code = (item as { code?: unknown } | null)?.code;
    if (typeof code === 'string') procedures.set(code, canonicalJson(item));
  }
  return { procedures, withSection: countSections(list) };
}

export type PreviousRead = { previous?: PreviousCatalogue; problem?: string };

/** The catalogue at `path` before this run; nothing when there is none or it cannot be read. */
export function readPreviousCatalogue(path: string): PreviousRead {
  if (!existsSync(path)) return {};
  try {
    const previous = previousOf(JSON.parse(readFileSync(path, 'utf8')));
    if (previous) return { previous };
    return { problem: `${path} không có danh sách «procedures»; không so sánh được với danh mục cũ.` };
  } catch (error) {
    return {
      problem: `không đọc được danh mục cũ ${path} (${error instanceof Error ? error.message : String(error)}); không so sánh được.`,
    };
  }
}

export function diffCatalogues(previous: PreviousCatalogue | undefined, next: Catalogue): CatalogueDiff {
  const before = previous?.procedures ?? new Map<string, string>();
  const after = new Map(next.procedures.map((procedure) => [procedure.code, canonicalJson(procedure)]));
  const sorted = (codes: Iterable<string>) => [...codes].sort();
  return {
    previousCount: before.size,
    sectionsBefore: previous?.withSection ?? countSections([]),
    sectionsAfter: countSections(next.procedures),
    added: sorted([...after.keys()].filter((code) => !before.has(code))),
    removed: sorted([...before.keys()].filter((code) => !after.has(code))),
    changed: sorted(
      [...after]
        .filter(([code, text]) => before.has(code) && before.get(code) !== text)
        .map(([code]) => code),
    ),
  };
}
