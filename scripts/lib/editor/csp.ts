/**
 * The editors' page's own Content-Security-Policy: what Sveltia CMS needs (its documentation's
 * base policy, https://sveltiacms.app/en/docs/security), with everything it would fetch from a CDN
 * served from here instead, and the repository host's API and pictures for the configured backend.
 * No inline script: styles inline only, as the editor injects its own.
 */
import type { EditorBackend } from '../../../src/lib/content/editor-config';

/** What each host's API and avatars need, per Sveltia's documentation. */
const HOSTS: Record<EditorBackend['host'], { connect: string[]; img: string[] }> = {
  github: { connect: ['https://api.github.com', 'https://www.githubstatus.com'], img: ['https://*.githubusercontent.com'] },
  gitlab: { connect: ['https://gitlab.com', 'https://status-api.hostedstatus.com'], img: ['https://gitlab.com', 'https://secure.gravatar.com'] },
  gitea: { connect: [], img: [] },
};

function originOf(url: string | undefined): string[] {
  return url ? [new URL(url).origin] : [];
}

export function editorCsp(backend: EditorBackend): string {
  const host = HOSTS[backend.host];
  // A self-hosted GitLab, Gitea or Forgejo answers at its own address.
  const own = [...originOf(backend.apiRoot), ...(backend.host === 'github' ? [] : originOf(backend.authUrl))];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['font-src', ["'self'"]],
    ['img-src', ["'self'", 'blob:', 'data:', ...host.img, ...own]],
    ['media-src', ["'self'", 'blob:']],
    ['frame-src', ['blob:']],
    ['connect-src', ["'self'", 'blob:', 'data:', ...host.connect, ...own]],
    ['manifest-src', ["'self'", 'blob:']],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`).join('; ');
}
