// The one table of commands. The desktop menu (electron/main/menu.ts), the key handler
// (renderer/app/commands.ts), the shortcuts list (F1), the command palette and every tooltip read
// it, so that a key, a menu item and its label cannot disagree. Each command's action is in
// renderer/app/commands.ts, in a map typed by CommandId: a command without an action does not compile.
import type { Locale, MessageKey } from '../i18n/messages';
import { displayChord, type Chord } from './keys';

/** When a command can run; the renderer evaluates it, the menu and the palette grey out the rest. */
export type Enablement =
  /** Any screen once the vault is open. */
  | 'unlocked'
  /** A case is open in the editor. */
  | 'editor'
  /** At least one element is selected. */
  | 'selection'
  /** Exactly one element is selected. */
  | 'single'
  | 'can-undo'
  | 'can-redo'
  | 'clipboard';

export type MenuName = 'file' | 'edit' | 'insert' | 'view' | 'help';

export interface CommandSpec {
  readonly id: string;
  /** The command's name in the menu, the palette and tooltips. */
  readonly label: MessageKey;
  /** Every key that runs it; the first is the one shown. */
  readonly keys: readonly Chord[];
  /** Where it sits in the desktop menu: which menu, and which group of it (groups are separated). */
  readonly menu?: { readonly name: MenuName; readonly group: number };
  readonly when: Enablement;
  /** The line of the shortcuts list (F1); commands that share one are listed together. */
  readonly help?: MessageKey;
  /** Shown in the menu on macOS instead of the first key. */
  readonly macKey?: Chord;
  /** Also listed on macOS's application menu. */
  readonly appMenu?: boolean;
}

export const COMMANDS = [
  // File
  { id: 'new-case', label: 'command.new-case', keys: ['Mod+N'], menu: { name: 'file', group: 0 }, when: 'unlocked', help: 'command.new-case' },
  { id: 'open-library', label: 'command.open-library', keys: ['Mod+O'], menu: { name: 'file', group: 0 }, when: 'editor', help: 'command.open-library' },
  { id: 'import-file', label: 'command.import-file', keys: ['Mod+I'], menu: { name: 'file', group: 1 }, when: 'unlocked', help: 'command.import-file' },
  { id: 'export', label: 'command.export', keys: ['Mod+E'], menu: { name: 'file', group: 1 }, when: 'editor', help: 'command.export' },
  { id: 'print', label: 'command.print', keys: ['Mod+P'], menu: { name: 'file', group: 1 }, when: 'editor', help: 'command.print' },
  { id: 'lock', label: 'command.lock', keys: ['Mod+L'], menu: { name: 'file', group: 2 }, when: 'unlocked', help: 'command.lock' },
  // Edit
  { id: 'undo', label: 'command.undo', keys: ['Mod+Z'], menu: { name: 'edit', group: 0 }, when: 'can-undo', help: 'command.undo' },
  { id: 'redo', label: 'command.redo', keys: ['Mod+Y', 'Mod+Shift+Z'], macKey: 'Mod+Shift+Z', menu: { name: 'edit', group: 0 }, when: 'can-redo', help: 'command.redo' },
  { id: 'cut', label: 'command.cut', keys: ['Mod+X'], menu: { name: 'edit', group: 1 }, when: 'selection', help: 'shortcuts.clipboard' },
  { id: 'copy', label: 'command.copy', keys: ['Mod+C'], menu: { name: 'edit', group: 1 }, when: 'selection', help: 'shortcuts.clipboard' },
  { id: 'paste', label: 'command.paste', keys: ['Mod+V'], menu: { name: 'edit', group: 1 }, when: 'clipboard', help: 'shortcuts.clipboard' },
  { id: 'delete', label: 'command.delete', keys: ['Delete', 'Backspace'], menu: { name: 'edit', group: 1 }, when: 'selection', help: 'shortcuts.delete' },
  { id: 'select-all', label: 'command.select-all', keys: ['Mod+A'], menu: { name: 'edit', group: 1 }, when: 'editor', help: 'command.select-all' },
  { id: 'rename', label: 'command.rename', keys: ['F2', 'Enter'], menu: { name: 'edit', group: 2 }, when: 'single', help: 'shortcuts.rename' },
  { id: 'link', label: 'command.link', keys: ['L'], menu: { name: 'edit', group: 2 }, when: 'single', help: 'shortcuts.link' },
  { id: 'find', label: 'command.find', keys: ['Mod+F'], menu: { name: 'edit', group: 3 }, when: 'editor', help: 'shortcuts.find' },
  { id: 'palette', label: 'command.palette', keys: ['Mod+K'], menu: { name: 'edit', group: 3 }, when: 'editor', help: 'shortcuts.palette' },
  // Insert
  { id: 'add-person', label: 'command.add-person', keys: [], menu: { name: 'insert', group: 1 }, when: 'editor' },
  { id: 'add-professional', label: 'command.add-professional', keys: [], menu: { name: 'insert', group: 1 }, when: 'editor' },
  { id: 'add-institution', label: 'command.add-institution', keys: [], menu: { name: 'insert', group: 1 }, when: 'editor' },
  // View
  { id: 'zoom-in', label: 'command.zoom-in', keys: ['Mod+=', 'Mod+Plus'], menu: { name: 'view', group: 0 }, when: 'editor', help: 'shortcuts.zoom' },
  { id: 'zoom-out', label: 'command.zoom-out', keys: ['Mod+-'], menu: { name: 'view', group: 0 }, when: 'editor', help: 'shortcuts.zoom' },
  { id: 'fit-view', label: 'command.fit-view', keys: ['Mod+0'], menu: { name: 'view', group: 0 }, when: 'editor', help: 'shortcuts.zoom' },
  { id: 'organise', label: 'command.organise', keys: ['Mod+Shift+O'], menu: { name: 'view', group: 1 }, when: 'editor', help: 'command.organise' },
  { id: 'toggle-legend', label: 'command.toggle-legend', keys: ['Mod+Shift+L'], menu: { name: 'view', group: 1 }, when: 'editor', help: 'shortcuts.panels' },
  { id: 'toggle-minimap', label: 'command.toggle-minimap', keys: ['Mod+Shift+M'], menu: { name: 'view', group: 1 }, when: 'editor', help: 'shortcuts.panels' },
  { id: 'toggle-synthese', label: 'synthese.open', keys: ['Mod+Shift+S'], menu: { name: 'view', group: 2 }, when: 'editor', help: 'shortcuts.synthese' },
  { id: 'toggle-timeline', label: 'editor.timeline', keys: ['Mod+Shift+D'], menu: { name: 'view', group: 2 }, when: 'editor', help: 'shortcuts.timeline' },
  { id: 'toggle-presentation', label: 'command.toggle-presentation', keys: ['F5'], menu: { name: 'view', group: 2 }, when: 'editor', help: 'command.toggle-presentation' },
  // Keys only
  { id: 'nudge-left', label: 'command.nudge-left', keys: ['ArrowLeft', 'Shift+ArrowLeft'], when: 'selection', help: 'shortcuts.nudge' },
  { id: 'nudge-right', label: 'command.nudge-right', keys: ['ArrowRight', 'Shift+ArrowRight'], when: 'selection', help: 'shortcuts.nudge' },
  { id: 'nudge-up', label: 'command.nudge-up', keys: ['ArrowUp', 'Shift+ArrowUp'], when: 'selection', help: 'shortcuts.nudge' },
  { id: 'nudge-down', label: 'command.nudge-down', keys: ['ArrowDown', 'Shift+ArrowDown'], when: 'selection', help: 'shortcuts.nudge' },
  { id: 'escape', label: 'command.escape', keys: ['Escape'], when: 'editor', help: 'shortcuts.escape' },
  // Help
  { id: 'shortcuts', label: 'command.shortcuts', keys: ['F1'], menu: { name: 'help', group: 0 }, when: 'unlocked', help: 'command.shortcuts' },
  { id: 'about', label: 'command.about', keys: [], menu: { name: 'help', group: 1 }, when: 'unlocked', appMenu: true },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export const COMMAND_IDS: readonly CommandId[] = COMMANDS.map((c) => c.id);

const byId = new Map<string, CommandSpec>(COMMANDS.map((c) => [c.id, c]));

export function commandSpec(id: CommandId): CommandSpec {
  return byId.get(id) as CommandSpec;
}

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && byId.has(value);
}

/** The commands the desktop menu sends (the preload lets only these through). */
export const MENU_COMMAND_IDS: readonly CommandId[] = COMMANDS.filter((c: CommandSpec) => c.menu !== undefined).map((c) => c.id);

/** Mouse gestures listed with the keys in the shortcuts list (they are not commands). */
export const GESTURES: ReadonlyArray<{ readonly keys: MessageKey; readonly help: MessageKey }> = [
  { keys: 'gesture.doubleClick', help: 'shortcuts.rename' },
  { keys: 'gesture.shiftClick', help: 'shortcuts.multiSelect' },
  { keys: 'gesture.dragDot', help: 'shortcuts.link' },
  { keys: 'gesture.escapeInField', help: 'shortcuts.escapeField' },
];

/**
 * The shortcuts list, read from the command table: one row per help line, with every key of the
 * commands on that line (only the first one of each when several commands share it).
 */
export function shortcutRows(locale: Locale): Array<{ keys: string; help: MessageKey }> {
  const rows = new Map<MessageKey, CommandSpec[]>();
  for (const spec of COMMANDS as readonly CommandSpec[]) {
    if (!spec.help || spec.keys.length === 0) continue;
    rows.set(spec.help, [...(rows.get(spec.help) ?? []), spec]);
  }
  return [...rows.entries()].map(([help, specs]) => {
    const chords = specs.length === 1 ? (specs[0]?.keys ?? []) : specs.map((s) => s.keys[0] ?? '');
    return { help, keys: chords.map((chord) => displayChord(chord, locale)).join(', ') };
  });
}
