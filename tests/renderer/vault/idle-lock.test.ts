// The README promises a lock after 2 minutes with the window hidden, whatever the idle setting:
// watchIdle driven with a fake clock and a page whose visibility the test sets.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const page = vi.hoisted(() => {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const storage = new Map<string, string>();
  return {
    window: new EventTarget(),
    document,
    localStorage: { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value) },
    setVisibility(state: DocumentVisibilityState) {
      document.visibilityState = state;
      document.dispatchEvent(new Event('visibilitychange'));
    },
  };
});
vi.stubGlobal('window', page.window);
vi.stubGlobal('document', page.document);
vi.stubGlobal('localStorage', page.localStorage);

const { HIDDEN_LOCK_MS, watchIdle } = await import('../../../renderer/vault/idle-lock');

const MINUTE = 60_000;
const THIRTY_MINUTES = () => 30 * MINUTE;

describe('idle lock', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    page.setVisibility('visible');
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('locks after 2 minutes with the window hidden, even with 30 minutes set for input', () => {
    expect(HIDDEN_LOCK_MS).toBe(2 * MINUTE);
    const lock = vi.fn();
    stop = watchIdle(THIRTY_MINUTES, lock);
    page.setVisibility('hidden');
    vi.advanceTimersByTime(2 * MINUTE - 2000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('starts the 2 minutes again when the window comes back before them', () => {
    const lock = vi.fn();
    stop = watchIdle(THIRTY_MINUTES, lock);
    page.setVisibility('hidden');
    vi.advanceTimersByTime(90_000);
    page.setVisibility('visible');
    page.window.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(90_000);
    page.setVisibility('hidden');
    vi.advanceTimersByTime(90_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks after the idle time without input, and input pushes it back', () => {
    const lock = vi.fn();
    stop = watchIdle(() => 5 * MINUTE, lock);
    vi.advanceTimersByTime(4 * MINUTE);
    page.window.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(4 * MINUTE);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(lock).toHaveBeenCalledTimes(1);
  });
});
