import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, restoreWindowState } from '../../../electron/main/window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('remembered window state', () => {
  it('restores a saved size and position that is on screen', () => {
    const saved = { x: 100, y: 50, width: 1400, height: 900, maximized: true };
    expect(restoreWindowState(saved, screen)).toEqual(saved);
  });

  it('drops a position that is on no display any more, keeping the size', () => {
    const restored = restoreWindowState({ x: 3000, y: 50, width: 1400, height: 900 }, screen);
    expect(restored).toMatchObject({ x: undefined, y: undefined, width: 1400, height: 900 });
  });

  it.each([undefined, null, 'garbage', { width: 'big' }, { width: 10, height: 10 }])(
    'falls back to the default for %j',
    (raw) => {
      expect(restoreWindowState(raw, screen)).toEqual(DEFAULT_WINDOW_STATE);
    },
  );
});
