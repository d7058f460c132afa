import { z } from 'zod';

export const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(20000),
  height: z.number().int().min(480).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Reads the remembered window state. Anything unreadable falls back to the default, and a
 * position that is no longer on any display (a screen was unplugged) is dropped so the window
 * is never opened out of sight.
 */
export function restoreWindowState(raw: unknown, displays: readonly Rectangle[]): WindowState {
  const parsed = WindowState.safeParse(raw);
  if (!parsed.success) return DEFAULT_WINDOW_STATE;
  const state = parsed.data;
  if (state.x === undefined || state.y === undefined) return { ...state, x: undefined, y: undefined };
  const { x, y } = state;
  // Visible enough: the title bar's first 100 px are on some display.
  const visible = displays.some(
    (d) => x + 100 > d.x && x < d.x + d.width && y >= d.y && y < d.y + d.height,
  );
  return visible ? state : { ...state, x: undefined, y: undefined };
}
