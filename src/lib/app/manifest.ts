/**
 * The web app manifest: what a phone needs to put the site on its home screen ("Thêm vào màn
 * hình chính") and open it like an app, in Vietnamese.
 */
export interface AppIcon {
  /** The file name under /icons/. */
  file: string;
  size: number;
  /** "any": shown as drawn (rounded corners); "maskable": the phone cuts its own shape. */
  purpose: 'any' | 'maskable';
}

/** The usual sizes: Android's launcher (192) and splash screen (512), one for shaped icons. */
export const APP_ICONS: readonly AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
];
/** iPhones ignore the manifest's icons and read this one (<link rel="apple-touch-icon">). */
export const APPLE_TOUCH_ICON: AppIcon = { file: 'apple-touch-icon.png', size: 180, purpose: 'maskable' };

export const ICONS_PATH = '/icons/';
export const MANIFEST_PATH = '/manifest.webmanifest';

export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  themeColour: string;
  backgroundColour: string;
}

export function webAppManifest(input: ManifestInput): Record<string, unknown> {
  return {
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: 'vi',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    id: '/',
    display: 'standalone',
    theme_color: input.themeColour,
    background_color: input.backgroundColour,
    icons: APP_ICONS.map((icon) => ({
      src: `${ICONS_PATH}${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
