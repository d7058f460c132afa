import { createContext, useContext } from 'react';
import type { Locale } from '../../../shared/i18n/messages';
import type { Id } from '../../../shared/model/primitives';

export interface SymbolSettings {
  locale: Locale;
  /** The year ages are given in. */
  referenceYear: number;
  /** Presentation mode: bigger labels. */
  large: boolean;
  /** The node whose name is being typed in place. */
  renaming: Id | null;
}

/**
 * What every symbol needs to draw itself, provided once by the canvas. Why a context rather than
 * a store subscription per node: hundreds of nodes each evaluating selectors on every drag step
 * cost more than the drawing itself; these values change rarely, and then every node must redraw.
 */
export const SymbolSettingsContext = createContext<SymbolSettings>({ locale: 'fr', referenceYear: new Date().getFullYear(), large: false, renaming: null });

export function useSymbolOptions(): SymbolSettings {
  return useContext(SymbolSettingsContext);
}
