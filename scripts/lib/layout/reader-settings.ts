/**
 * Settings a reader changes in their own browser, applied to a Playwright page: a larger text size
 * (WCAG 2.1 SC 1.4.4) and the text-spacing overrides of SC 1.4.12. Both last until the next
 * navigation.
 */
import type { Page } from '@playwright/test';

/** Chromium's default sizes for proportional and monospace text, in CSS pixels. */
const DEFAULT_TEXT_PX = 16;
const DEFAULT_MONO_PX = 13;

/**
 * The browser's text size setting ("Font size" in Chromium's settings) at `percent` of the
 * default: text grows, the viewport does not, as when a reader enlarges text only.
 */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', {
    fontSizes: {
      standard: Math.round((DEFAULT_TEXT_PX * percent) / 100),
      fixed: Math.round((DEFAULT_MONO_PX * percent) / 100),
    },
  });
  await cdp.detach();
}

/** SC 1.4.12's test values: line height 1.5, paragraph spacing 2em, letter 0.12em, word 0.16em. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/**
 * Applies the text-spacing overrides as a reader's bookmarklet or extension would. A constructed
 * stylesheet, so the page's Content-Security-Policy (no inline styles) need not be turned off.
 */
export async function applyTextSpacing(page: Page): Promise<void> {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING_CSS);
}
