// What the "over time" tools show: the timeline bar and the date of the map, the comparison
// dialog, and the side panel (indicators, or the case in words). View state only: nothing here is
// saved with the case.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Day } from '../../shared/model/dates';

export type TimelinePanel = 'indicators' | 'narrative';

export interface TimelineState {
  barOpen: boolean;
  /** The date the map is shown at; null: as it is. */
  atDay: Day | null;
  /** Snapshot ids (or NOW) compared; null when the dialog is closed. */
  comparing: { from: string; to: string } | null;
  panel: TimelinePanel | null;
  toggleBar(open?: boolean): void;
  showAt(day: Day | null): void;
  compare(from: string, to: string): void;
  closeComparison(): void;
  showPanel(panel: TimelinePanel | null): void;
  reset(): void;
}

/** The case as it is, in a comparison. */
export const NOW = 'now';

export const timelineStore = createStore<TimelineState>((set, get) => ({
  barOpen: false,
  atDay: null,
  comparing: null,
  panel: null,
  toggleBar(open) {
    const barOpen = open ?? !get().barOpen;
    // Closing the bar shows the map as it is again.
    set(barOpen ? { barOpen } : { barOpen, atDay: null });
  },
  showAt(day) {
    set({ atDay: day });
  },
  compare(from, to) {
    set({ comparing: { from, to } });
  },
  closeComparison() {
    set({ comparing: null });
  },
  showPanel(panel) {
    set({ panel });
  },
  reset() {
    set({ barOpen: false, atDay: null, comparing: null, panel: null });
  },
}));

export function useTimeline<T>(selector: (state: TimelineState) => T): T {
  return useStore(timelineStore, selector);
}
