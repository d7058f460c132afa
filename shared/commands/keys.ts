// Key chords as the command table writes them ("Mod+Shift+Z", "Delete", "F1", "L"), and the three
// things done with them: matching a key press, the Electron accelerator, the text a user reads.
import type { Locale } from '../i18n/messages';

/** "Mod" is Ctrl, or Cmd on macOS. "Plus" is the + key (a "+" would be read as a separator). */
export type Chord = string;

/** The fields of a DOM KeyboardEvent that a chord is matched against (shared/ has no DOM). */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface ParsedChord {
  mod: boolean;
  shift: boolean;
  key: string;
}

function parse(chord: Chord): ParsedChord {
  const parts = chord.split('+');
  const key = parts[parts.length - 1] ?? '';
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), key };
}

/** A key whose character already says whether Shift was held (+, =, -, 0): Shift is then not compared. */
function isCharacter(key: string): boolean {
  return key === 'Plus' || (key.length === 1 && key.toLowerCase() === key.toUpperCase());
}

export function matchesChord(chord: Chord, press: KeyPress): boolean {
  const wanted = parse(chord);
  if (press.altKey) return false;
  if (wanted.mod !== (press.ctrlKey || press.metaKey)) return false;
  if (!isCharacter(wanted.key) && wanted.shift !== press.shiftKey) return false;
  const key = wanted.key === 'Plus' ? '+' : wanted.key;
  if (key.length === 1) {
    if (press.key.toLowerCase() === key.toLowerCase()) return true;
    // Digits by their place on the keyboard: Ctrl+0 on a French keyboard types "à".
    return /^\d$/.test(key) && press.code === `Digit${key}`;
  }
  return press.key === key;
}

/** The accelerator Electron shows in the menu (never registered: the renderer handles the keys). */
export function accelerator(chord: Chord): string {
  return chord.replace(/^Mod\b/, 'CmdOrCtrl').replace(/\bArrow(Left|Right|Up|Down)$/, '$1');
}

const KEY_NAMES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  fr: { Mod: 'Ctrl', Shift: 'Maj', Delete: 'Suppr', Backspace: 'Retour arrière', Escape: 'Échap', Enter: 'Entrée', Plus: '+', ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' },
  en: { Mod: 'Ctrl', Shift: 'Shift', Delete: 'Delete', Backspace: 'Backspace', Escape: 'Esc', Enter: 'Enter', Plus: '+', ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' },
};

/** A chord as printed on the user's keyboard: "Ctrl+Maj+Z" in French, "Ctrl+Shift+Z" in English. */
export function displayChord(chord: Chord, locale: Locale): string {
  return chord
    .split('+')
    .map((part) => KEY_NAMES[locale][part] ?? part)
    .join('+');
}
