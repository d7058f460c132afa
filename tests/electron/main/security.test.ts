import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, isAllowedExternalUrl, isTrustedSender } from '../../../electron/main/security';
import { fakeFrame, FakeWebContents, navigationEvent } from '../fake-electron';

function hardened(allowList: readonly string[] = []) {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async () => undefined);
  hardenWebContents(contents as never, openExternal, allowList);
  return { contents, openExternal };
}

describe('navigation and new windows', () => {
  it.each(['https://example.org/', 'file:///etc/passwd', 'app://maillage/other.html', 'javascript:alert(1)'])(
    'blocks navigation to %s',
    (url) => {
      const { contents, openExternal } = hardened();
      const event = navigationEvent();
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented).toBe(true);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('blocks redirects and webviews', () => {
    const { contents } = hardened();
    const redirect = navigationEvent();
    contents.emit('will-redirect', redirect, 'https://example.org/');
    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(redirect.defaultPrevented).toBe(true);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('denies window.open and opens only allow-listed links in the system browser', () => {
    const allowed = 'https://docs.example.org/maillage';
    const { contents, openExternal } = hardened([allowed]);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example.com/' } as never)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: allowed } as never)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith(allowed);
  });

  it('matches the allow-list exactly, not by prefix', () => {
    expect(isAllowedExternalUrl('https://a.example/help', ['https://a.example/help'])).toBe(true);
    expect(isAllowedExternalUrl('https://a.example/help.evil.com', ['https://a.example/help'])).toBe(false);
    expect(isAllowedExternalUrl('https://a.example/help', [])).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('trusts only the app top frame', () => {
    expect(isTrustedSender(fakeFrame('app://maillage/index.html'))).toBe(true);
    expect(isTrustedSender(fakeFrame('app://maillage/index.html', {}))).toBe(false);
    expect(isTrustedSender(fakeFrame('https://maillage/index.html'))).toBe(false);
    expect(isTrustedSender(fakeFrame('app://evil/index.html'))).toBe(false);
    expect(isTrustedSender(fakeFrame('file:///index.html'))).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});
