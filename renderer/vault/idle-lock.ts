// Locks the vault after a while without any input, and when the window stays hidden.
import { create } from 'zustand';

export const IDLE_CHOICES = [1, 2, 5, 10, 15, 30] as const;
const STORAGE_KEY = 'maillage.idleMinutes';
export const DEFAULT_IDLE_MINUTES = 5;
/** Hidden (minimised, another tab) this long also locks, whatever the idle setting. */
export const HIDDEN_LOCK_MS = 2 * 60_000;

function savedMinutes(): number {
  const value = Number(localStorage.getItem(STORAGE_KEY));
  return (IDLE_CHOICES as readonly number[]).includes(value) ? value : DEFAULT_IDLE_MINUTES;
}

export const useIdleSetting = create<{ minutes: number; setMinutes(minutes: number): void }>((set) => ({
  minutes: savedMinutes(),
  setMinutes(minutes) {
    // Not sensitive: kept in clear.
    localStorage.setItem(STORAGE_KEY, String(minutes));
    set({ minutes });
  },
}));

/**
 * Calls `lock` after `idleMs()` without keyboard or pointer input, or after HIDDEN_LOCK_MS hidden.
 * `idleMs` is read at each check so a changed setting applies at once. Returns a stop function.
 */
export function watchIdle(idleMs: () => number, lock: () => void, hiddenMs = HIDDEN_LOCK_MS): () => void {
  let lastActivity = Date.now();
  let hiddenSince: number | null = null;
  const activity = () => {
    lastActivity = Date.now();
  };
  const visibility = () => {
    hiddenSince = document.visibilityState === 'hidden' ? Date.now() : null;
  };
  const check = () => {
    const now = Date.now();
    if (now - lastActivity >= idleMs() || (hiddenSince !== null && now - hiddenSince >= hiddenMs)) {
      lastActivity = now;
      hiddenSince = null;
      lock();
    }
  };
  const events = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
  for (const name of events) window.addEventListener(name, activity, { passive: true });
  document.addEventListener('visibilitychange', visibility);
  const timer = setInterval(check, 1000);
  return () => {
    for (const name of events) window.removeEventListener(name, activity);
    document.removeEventListener('visibilitychange', visibility);
    clearInterval(timer);
  };
}
