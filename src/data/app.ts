/**
 * The installed app's manifest and icons, read once per build from the site's config, the design
 * tokens (src/styles/tokens.css) and the icon's one source picture (src/assets/app-icon.svg).
 */
import { readFileSync } from 'node:fs';
import { site } from '../config/site';
import { tokenValue } from '../lib/app/design-token';
import { renderIcon, type IconColours } from '../lib/app/icons';
import { APP_ICONS, APPLE_TOUCH_ICON, webAppManifest, type AppIcon } from '../lib/app/manifest';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');

/** The brand colour: the browser's bar, the splash screen and the icons. */
export const themeColour = tokenValue(tokens, '--color-brand');

const colours: IconColours = { background: themeColour, mark: tokenValue(tokens, '--color-on-brand') };

export function appManifest(): Record<string, unknown> {
  return webAppManifest({
    name: site.name,
    shortName: site.shortName,
    description: site.description,
    themeColour,
    backgroundColour: tokenValue(tokens, '--color-bg'),
  });
}

export const allIcons: readonly AppIcon[] = [...APP_ICONS, APPLE_TOUCH_ICON];

export function appIconPng(icon: AppIcon): Promise<Buffer> {
  return renderIcon(readFileSync('src/assets/app-icon.svg', 'utf8'), icon, colours);
}
