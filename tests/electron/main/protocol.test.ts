import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

const root = path.resolve('/srv/maillage/renderer');

describe('app:// protocol', () => {
  it('serves files of the built renderer', () => {
    expect(resolveAppPath('app://maillage/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://maillage/assets/index.js', root)).toBe(path.join(root, 'assets/index.js'));
  });

  it.each(['app://maillage/../../etc/passwd', 'app://maillage/%2e%2e/%2e%2e/etc/passwd', 'app://maillage/a/..\\..\\..\\x'])(
    'keeps %s inside the renderer folder',
    (url) => {
      const file = resolveAppPath(url, root);
      expect(file === null || file.startsWith(root + path.sep)).toBe(true);
    },
  );

  it.each([
    'app://maillage/..%2f..%2fetc%2fpasswd',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://maillage/%00index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('sends the strict CSP with every file', async () => {
    const handler = createAppProtocolHandler(root, async () => new TextEncoder().encode('<!doctype html>'));
    const response = await handler(new Request('app://maillage/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
  });

  it('answers 404 for a missing file without throwing', async () => {
    const handler = createAppProtocolHandler(root, async () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    });
    expect((await handler(new Request('app://maillage/missing.js'))).status).toBe(404);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows nothing remote: every source is self, none, or local data/blob', () => {
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(["'self'", "'none'", 'data:', 'blob:', "'wasm-unsafe-eval'"], `${name} ${value}`).toContain(value);
      }
    }
  });

  it('falls back to none and forbids inline or eval scripts, plugins and framing', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });
});
