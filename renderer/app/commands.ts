// What each command of the table (shared/commands/commands.ts) does, and the one place where a key
// press or a menu item becomes a command. The map below is typed by CommandId: a command added to
// the table without an action here does not compile, so no menu item can fall through to nothing.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { COMMANDS, commandSpec, type CommandId, type CommandSpec, type Enablement } from '../../shared/commands/commands';
import { displayChord, matchesChord, type KeyPress } from '../../shared/commands/keys';
import type { Locale } from '../../shared/i18n/messages';
import type { NodeKind } from '../../shared/model/nodes';
import { isModalOpen } from '../dialogs/ModalDialog';
import { editorStore, useEditor, type EditorState } from '../store/editor-store';

/** What the app offers once the vault is open, on any screen. */
export interface AppActions {
  newCase(): void;
  importFile(): void;
  lock(): void;
  showAbout(): void;
  showShortcuts(): void;
}

/** What the open editor offers. */
export interface EditorActions {
  zoom(how: 'in' | 'out' | 'fit'): void;
  organise(): void;
  togglePresentation(): void;
  exitEditor(): void;
  openExport(): void;
  toggleSynthese(): void;
  toggleTimeline(): void;
  print(): void;
  addNode(kind: NodeKind): void;
  openPalette(): void;
}

export interface CommandContext {
  app: AppActions | null;
  editor: EditorActions | null;
  state: EditorState;
}

const NUDGE = 10;

type Action = (ctx: CommandContext, fine: boolean) => void;

/** Arrows move the selection; projected, they go from one person or service to the next (focus mode) and move nothing. */
const nudge = (dx: number, dy: number): Action => (ctx, fine) =>
  ctx.state.view.presentation ? focusNext(ctx, dx + dy) : ctx.state.nudgeSelection(dx * (fine ? 1 : NUDGE), dy * (fine ? 1 : NUDGE));

/** The next (or previous) person, professional or institution, in reading order: by rows, then left to right. */
function focusNext(ctx: CommandContext, step: number): void {
  const doc = ctx.state.doc;
  if (!doc) return;
  const order = doc.nodes
    .filter((n) => n.kind !== 'professional' || !n.institutionId)
    .sort((a, b) => Math.round(a.position.y / 100) - Math.round(b.position.y / 100) || a.position.x - b.position.x);
  if (!order.length) return;
  const current = order.findIndex((n) => ctx.state.selection.has(n.id));
  const next = current < 0 ? (step > 0 ? 0 : order.length - 1) : (current + step + order.length) % order.length;
  ctx.state.select([(order[next] as (typeof order)[number]).id]);
}
const single = (ctx: CommandContext) => [...ctx.state.selection][0] ?? null;

const ACTIONS: Readonly<Record<CommandId, Action>> = {
  'new-case': (ctx) => ctx.app?.newCase(),
  'open-library': (ctx) => ctx.editor?.exitEditor(),
  'import-file': (ctx) => ctx.app?.importFile(),
  export: (ctx) => ctx.editor?.openExport(),
  print: (ctx) => ctx.editor?.print(),
  lock: (ctx) => ctx.app?.lock(),
  undo: (ctx) => ctx.state.undo(),
  redo: (ctx) => ctx.state.redo(),
  cut: (ctx) => ctx.state.cutSelection(),
  copy: (ctx) => ctx.state.copySelection(),
  paste: (ctx) => ctx.state.paste(),
  delete: (ctx) => ctx.state.deleteSelection(),
  'select-all': (ctx) => ctx.state.selectAll(),
  rename: (ctx) => ctx.state.startRenaming(single(ctx)),
  link: (ctx) => ctx.state.startLinking(single(ctx)),
  find: (ctx) => ctx.state.toggleView('find', true),
  palette: (ctx) => ctx.editor?.openPalette(),
  'add-person': (ctx) => ctx.editor?.addNode('person'),
  'add-professional': (ctx) => ctx.editor?.addNode('professional'),
  'add-institution': (ctx) => ctx.editor?.addNode('institution'),
  'zoom-in': (ctx) => ctx.editor?.zoom('in'),
  'zoom-out': (ctx) => ctx.editor?.zoom('out'),
  'fit-view': (ctx) => ctx.editor?.zoom('fit'),
  organise: (ctx) => ctx.editor?.organise(),
  'toggle-legend': (ctx) => ctx.state.toggleView('legend'),
  'toggle-minimap': (ctx) => ctx.state.toggleView('minimap'),
  'toggle-synthese': (ctx) => ctx.editor?.toggleSynthese(),
  'toggle-timeline': (ctx) => ctx.editor?.toggleTimeline(),
  'toggle-presentation': (ctx) => ctx.editor?.togglePresentation(),
  'nudge-left': nudge(-1, 0),
  'nudge-right': nudge(1, 0),
  'nudge-up': nudge(0, -1),
  'nudge-down': nudge(0, 1),
  escape: (ctx) => {
    const { state } = ctx;
    if (state.linkingFrom) state.startLinking(null);
    else if (state.view.find) state.toggleView('find', false);
    // Projected: the focus first, then the presentation. The clicked node keeps the keyboard focus,
    // and React Flow selects a focused node on Échap: let it go, or the next Échap selects it again.
    else if (state.view.presentation && state.selection.size > 0) {
      state.select([]);
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused.closest('.react-flow__node')) focused.blur();
    }
    else if (state.view.presentation) ctx.editor?.togglePresentation();
    else state.select([]);
  },
  shortcuts: (ctx) => ctx.app?.showShortcuts(),
  about: (ctx) => ctx.app?.showAbout(),
};

/**
 * Commands that change the case: none runs in a read-only window (the case is being edited in
 * another window, see renderer/vault/case-lock.ts); their buttons and menu items grey out.
 */
const CHANGES_THE_CASE: ReadonlySet<CommandId> = new Set<CommandId>(['undo', 'redo', 'cut', 'paste', 'delete', 'rename', 'link', 'add-person', 'add-professional', 'add-institution', 'organise', 'nudge-left', 'nudge-right', 'nudge-up', 'nudge-down']);

/** Whether command `id` can run now. */
export function canRun(id: CommandId, ctx: CommandContext): boolean {
  return isEnabled(commandSpec(id).when, ctx) && !(ctx.state.readOnly && CHANGES_THE_CASE.has(id));
}

export function isEnabled(when: Enablement, ctx: CommandContext): boolean {
  if (when === 'unlocked') return ctx.app !== null;
  const { state } = ctx;
  if (!ctx.editor || !state.doc) return false;
  switch (when) {
    case 'editor':
      return true;
    case 'selection':
      return state.selection.size > 0;
    case 'single':
      return state.selection.size === 1;
    case 'can-undo':
      return state.past.length > 0;
    case 'can-redo':
      return state.future.length > 0;
    case 'clipboard':
      return state.clipboard !== null;
  }
}

/** Runs a command if it can run now; says whether it ran. */
export function runCommand(id: CommandId, ctx: CommandContext, fine = false): boolean {
  if (!canRun(id, ctx)) return false;
  ACTIONS[id](ctx, fine);
  return true;
}

// ---------------------------------------------------------------------------------------------
// The app's context: the app and the editor register what they offer while they are on screen.

// A store, so that buttons grey out and light up as the editor comes and goes.
const actions = createStore<{ app: AppActions | null; editor: EditorActions | null }>(() => ({ app: null, editor: null }));

export function setAppActions(app: AppActions | null): void {
  actions.setState({ app });
}
export function setEditorActions(editor: EditorActions | null): void {
  actions.setState({ editor });
}

export function currentContext(state: EditorState = editorStore.getState()): CommandContext {
  return { ...actions.getState(), state };
}

/** A command from a button or the menu; nothing runs behind an open dialog. */
export function execute(id: CommandId): boolean {
  return !isModalOpen() && runCommand(id, currentContext());
}

/** Whether a command can run, kept up to date as the editor changes (for buttons). */
export function useCommandEnabled(id: CommandId): boolean {
  const available = useStore(actions);
  return useEditor((state) => canRun(id, { ...available, state }));
}

// ---------------------------------------------------------------------------------------------
// Keys

const isElement = (target: EventTarget | null): target is HTMLElement => typeof HTMLElement !== 'undefined' && target instanceof HTMLElement;

function isTyping(target: EventTarget | null): boolean {
  if (!isElement(target)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Keys a text field keeps for itself: editing, moving the caret, undoing what is typed. */
function editsText(press: KeyPress): boolean {
  if (press.ctrlKey || press.metaKey) return 'zyxcva'.includes(press.key.toLowerCase());
  return !/^(F\d+|Escape)$/.test(press.key);
}

/** Enter and Space on a button are the button's. */
function pressesButton(press: KeyPress, target: EventTarget | null): boolean {
  return (press.key === 'Enter' || press.key === ' ') && isElement(target) && !!target.closest('button, a[href], summary, [role="button"], [role="tab"], [role="menuitem"], [role="option"]');
}

/** The command a key press means, if any, and whether it was pressed with Shift (fine moves). */
export function commandForKey(press: KeyPress, target: EventTarget | null = null): { id: CommandId; fine: boolean } | null {
  if ((isTyping(target) && editsText(press)) || pressesButton(press, target)) return null;
  const spec = (COMMANDS as readonly (CommandSpec & { id: CommandId })[]).find((c) => c.keys.some((chord) => matchesChord(chord, press)));
  return spec ? { id: spec.id, fine: press.shiftKey } : null;
}

/** The window's key handler, installed once by the app. */
export function handleKeyDown(event: KeyboardEvent): void {
  // A dialog is open: its keys are its own, nothing acts behind it.
  if (isModalOpen()) return;
  const command = commandForKey(event, event.target);
  if (!command) return;
  const ran = runCommand(command.id, currentContext(), command.fine);
  // Ctrl+P, Ctrl+O... are the app's even when they cannot run now: never the browser's.
  if (ran || event.ctrlKey || event.metaKey || /^F\d+$/.test(event.key)) event.preventDefault();
}

/**
 * The lock key, seen before any field: a field that keeps its keys for itself (the name typed in
 * place stops them) must never keep the vault open. Installed in the capture phase by the app.
 */
export function handleLockKey(event: KeyboardEvent): void {
  if (isModalOpen() || commandForKey(event, event.target)?.id !== 'lock') return;
  event.preventDefault();
  event.stopPropagation();
  runCommand('lock', currentContext());
}

/** "Annuler (Ctrl+Z)": a command's name with its first key, for tooltips. */
export function commandTitle(id: CommandId, label: string, locale: Locale): string {
  const key = commandSpec(id).keys[0];
  return key ? `${label} (${displayChord(key, locale)})` : label;
}
