/**
 * The shape of scripts/audit.config.ts: the budgets, checks and pages `npm run audit` uses.
 */

export interface Budget {
  /** Largest allowed size of the uncompressed bytes. */
  raw: number;
  /** Largest allowed size after gzip (what travels over the network). */
  gzip: number;
}

/**
 * js is all of a page's JavaScript, what loads on demand included; jsAtLoad only what the page
 * loads before anyone does anything (scripts it links and their static imports): what every
 * visitor downloads and runs, searching or not.
 */
export const RESOURCE_KINDS = ['html', 'css', 'js', 'jsAtLoad'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface BudgetRule {
  /** A URL path ("/tra-cuu/"), a prefix ending in "*" ("/thu-tuc/*"), or "/thu-tuc/<code>/" for every procedure page; "*" matches every page. */
  pages: string;
  /** Why these numbers: printed nowhere, read by the next person who changes them. */
  reason: string;
  html: Budget;
  css: Budget;
  js: Budget;
  jsAtLoad: Budget;
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface AuditConfig {
  /** First matching rule wins; keep "*" last so every page has a budget. */
  budgets: BudgetRule[];
  validity: {
    /** html-validate presets: standards conformance and accessibility, no house style. */
    extends: string[];
    /**
     * Pages generated from the catalogue (procedures, lists) are checked on an evenly spread
     * sample of this size per kind; all other pages in full.
     */
    templateSample: number;
  };
  lighthouse: {
    /** URL paths, each a different page template. */
    pages: string[];
    /**
     * Performance is measured this many times per page and the median kept, as Lighthouse's
     * documentation advises: one run varies by several points with the machine's load.
     */
    performanceRuns: number;
    /** Lowest acceptable score (0–100) per category. */
    targets: Record<LighthouseCategory, number>;
    /**
     * Categories whose target, when missed, fails the run. The others are reported as warnings:
     * performance depends on the load of the machine running the audit.
     */
    enforced: LighthouseCategory[];
    /**
     * Largest Total Blocking Time (ms, median of the performance runs) on any listed page: how long
     * the page keeps a cheap phone from answering a tap while it loads. Enforced: unlike the score,
     * it measures our own script's work, which is what a change can make worse.
     */
    totalBlockingTimeMs: number;
  };
}

/** Kilobytes (1 kB = 1,000 bytes, as Lighthouse and browsers' network panels count). */
export function kB(value: number): number {
  return value * 1000;
}

/** No bytes at all: for pages that must not ship JavaScript. */
export const NONE: Budget = { raw: 0, gzip: 0 };
