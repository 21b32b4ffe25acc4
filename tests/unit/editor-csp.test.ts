/** The editors' page's own policy (scripts/lib/editor/csp.ts): its code from this site only, and the configured host's API. */
import { describe, expect, it } from 'vitest';
import { editorCsp } from '../../scripts/lib/editor/csp';

function directive(policy: string, name: string): string[] {
  return (policy.split('; ').find((part) => part.startsWith(`${name} `)) ?? '').split(' ').slice(1);
}

describe("the editor's Content-Security-Policy", () => {
  it('runs scripts from this site only, never inline, and talks to GitHub when GitHub is the host', () => {
    const policy = editorCsp({ host: 'github', repo: 'a/b', branch: 'main', authUrl: 'https://auth.example.workers.dev' });
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'connect-src')).toEqual(expect.arrayContaining(["'self'", 'https://api.github.com']));
    // The sign-in popup answers by message: its address needs no connection.
    expect(policy).not.toContain('auth.example.workers.dev');
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
  });

  it("reaches an agency's own Forgejo and nothing of GitHub's", () => {
    const policy = editorCsp({
      host: 'gitea',
      repo: 'so/dvc',
      branch: 'main',
      authUrl: 'https://git.example.gov.vn',
      apiRoot: 'https://git.example.gov.vn/api/v1',
    });
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'blob:', 'data:', 'https://git.example.gov.vn']);
    expect(policy).not.toContain('github');
  });
});
