/**
 * What a reader sees of a page's layout, measured in the browser: does it scroll sideways, which
 * element sticks out, is any text cut off, where does the heading start. Shared by the browser
 * tests (tests/e2e/pages.spec.ts, tests/build/hostile-names.test.ts) and `npm run screenshots`.
 */
import type { Page } from '@playwright/test';

export interface LayoutReport {
  /** The viewport's width in CSS pixels (window.innerWidth). */
  viewportWidth: number;
  /** document.documentElement.scrollWidth: wider than the viewport means the page scrolls sideways. */
  scrollWidth: number;
  /** Top of the first <h1>, in CSS pixels from the top of the document; null when there is none. */
  h1Top: number | null;
  /**
   * Elements that reach past the viewport's edges, outermost first: the ones that refuse to
   * shrink. Content inside a box that scrolls on its own (a wide table) is not counted.
   */
  overflowing: string[];
  /** Boxes that hide part of their content (overflow: hidden or clip with more inside than shown). */
  clipped: string[];
}

/**
 * Runs in the page. Self-contained on purpose: Playwright sends the function's source to the
 * browser, so it may not use anything from this module.
 */
function measureInPage(): LayoutReport {
  const viewportWidth = window.innerWidth;
  const describe = (element: Element): string => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${element.tagName.toLowerCase()}${id}${classes}> "${text}"`;
  };
  const scrollsOnItsOwn = (style: CSSStyleDeclaration): boolean =>
    ['auto', 'scroll'].includes(style.overflowX);
  const hides = (style: CSSStyleDeclaration): boolean =>
    ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
  // Text for screen readers only is clipped to 1px on purpose.
  const screenReaderOnly = (element: Element, style: CSSStyleDeclaration): boolean =>
    element.classList.contains('visually-hidden') || style.clipPath === 'inset(50%)';

  // A text field scrolls its own text as one types: longer text than the box is not cut off.
  const typingField = (element: Element): boolean => ['INPUT', 'TEXTAREA'].includes(element.tagName);

  const overflowing: string[] = [];
  const clipped: string[] = [];
  const walk = (element: Element, insideScroller: boolean, parentOverflows: boolean): void => {
    const style = getComputedStyle(element);
    if (style.display === 'none' || screenReaderOnly(element, style)) return;
    const rect = element.getBoundingClientRect();
    const hasBox = rect.width > 0 || rect.height > 0;
    const sticksOut =
      !insideScroller && hasBox && (rect.right > viewportWidth + 0.5 || rect.left < -0.5) && rect.bottom > 0;
    if (sticksOut && !parentOverflows) overflowing.push(describe(element));
    if (
      hides(style) &&
      !typingField(element) &&
      hasBox &&
      (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
    ) {
      clipped.push(describe(element));
    }
    for (const child of element.children) {
      walk(child, insideScroller || scrollsOnItsOwn(style), sticksOut || parentOverflows);
    }
  };
  walk(document.body, false, false);

  const h1 = document.querySelector('h1');
  return {
    viewportWidth,
    scrollWidth: document.documentElement.scrollWidth,
    h1Top: h1 ? Math.round(h1.getBoundingClientRect().top + window.scrollY) : null,
    overflowing,
    clipped,
  };
}

/**
 * tsx (esbuild with keepNames) wraps named inner functions in calls to a `__name` helper that
 * exists only in Node; the browser gets a do-nothing one so the same source runs under tsx,
 * Vitest and Playwright's own transform.
 */
const IN_PAGE = `(() => { const __name = (fn) => fn; return (${measureInPage.toString()})(); })()`;

export function measureLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(IN_PAGE) as Promise<LayoutReport>;
}

/** The problems a reader would notice, in words; empty when the page fits. */
export function layoutProblems(report: LayoutReport): string[] {
  const problems: string[] = [];
  if (report.scrollWidth > report.viewportWidth) {
    problems.push(`the page is ${report.scrollWidth}px wide in a ${report.viewportWidth}px viewport`);
  }
  problems.push(...report.overflowing.map((element) => `past the screen's edge: ${element}`));
  problems.push(...report.clipped.map((element) => `text cut off: ${element}`));
  return problems;
}
