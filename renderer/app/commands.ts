// One table of editor commands, run from the keyboard, the application menu (desktop) and the
// toolbar alike, so a shortcut and its menu item can never disagree.
import type { ReactFlowInstance } from '@xyflow/react';
import type { MenuCommand } from '../../shared/ipc/channels';
import { getPlatform } from '../platform';
import { editorStore } from '../store/editor-store';
import { fitViewOptions } from '../canvas/fit-view';
import type { FlowNode, LinkFlowEdge } from '../canvas/flow-model';

export interface CommandContext {
  flow: ReactFlowInstance<FlowNode, LinkFlowEdge> | null;
  organise(): void;
  togglePresentation(): void;
  exitEditor(): void;
  showShortcuts(): void;
  openExport(): void;
  toggleSynthese(): void;
}

export type EditorCommand = MenuCommand | 'toggle-synthese' | 'rename' | 'link' | 'escape' | 'nudge-left' | 'nudge-right' | 'nudge-up' | 'nudge-down';

const NUDGE = 10;

export function runCommand(command: EditorCommand, ctx: CommandContext, fine = false): boolean {
  const store = editorStore.getState();
  const single = store.selection.size === 1 ? [...store.selection][0] : undefined;
  const step = fine ? 1 : NUDGE;
  switch (command) {
    case 'undo': store.undo(); return true;
    case 'redo': store.redo(); return true;
    case 'copy': store.copySelection(); return true;
    case 'cut': store.cutSelection(); return true;
    case 'paste': store.paste(); return true;
    case 'select-all': store.selectAll(); return true;
    case 'delete': store.deleteSelection(); return true;
    case 'find': store.toggleView('find', true); return true;
    case 'zoom-in': void ctx.flow?.zoomIn({ duration: 150 }); return true;
    case 'zoom-out': void ctx.flow?.zoomOut({ duration: 150 }); return true;
    case 'fit-view': void ctx.flow?.fitView(fitViewOptions(0.15, { duration: 200 })); return true;
    case 'toggle-legend': store.toggleView('legend'); return true;
    case 'toggle-minimap': store.toggleView('minimap'); return true;
    case 'toggle-presentation': ctx.togglePresentation(); return true;
    case 'organise': ctx.organise(); return true;
    case 'open-library': ctx.exitEditor(); return true;
    case 'shortcuts': ctx.showShortcuts(); return true;
    case 'export': ctx.openExport(); return true;
    case 'toggle-synthese': ctx.toggleSynthese(); return true;
    case 'print': getPlatform().print(); return true;
    case 'rename': if (single) store.startRenaming(single); return !!single;
    case 'link': if (single) store.startLinking(single); return !!single;
    case 'nudge-left': store.nudgeSelection(-step, 0); return true;
    case 'nudge-right': store.nudgeSelection(step, 0); return true;
    case 'nudge-up': store.nudgeSelection(0, -step); return true;
    case 'nudge-down': store.nudgeSelection(0, step); return true;
    case 'escape':
      if (store.linkingFrom) store.startLinking(null);
      else if (store.view.find) store.toggleView('find', false);
      else if (store.view.presentation) ctx.togglePresentation();
      else store.select([]);
      return true;
    default:
      return false;
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The command a key press means, if any. Typing in a field keeps its own keys (undo included). */
export function commandForKey(event: KeyboardEvent): EditorCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (event.key === 'Escape') return 'escape';
  if (isTyping(event.target)) return null;
  if (mod && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (mod && key === 'c') return 'copy';
  if (mod && key === 'x') return 'cut';
  if (mod && key === 'v') return 'paste';
  if (mod && key === 'a') return 'select-all';
  if (mod && key === 'f') return 'find';
  if (mod && key === 'e') return 'export';
  if (mod && (key === '=' || key === '+')) return 'zoom-in';
  if (mod && key === '-') return 'zoom-out';
  if (mod && key === '0') return 'fit-view';
  if (mod && event.shiftKey && key === 'l') return 'toggle-legend';
  if (mod && event.shiftKey && key === 'm') return 'toggle-minimap';
  if (mod && event.shiftKey && key === 'o') return 'organise';
  if (mod && event.shiftKey && key === 's') return 'toggle-synthese';
  if (mod) return null;
  if (event.key === 'Delete' || event.key === 'Backspace') return 'delete';
  if (event.key === 'F2' || event.key === 'Enter') return 'rename';
  if (event.key === 'F5') return 'toggle-presentation';
  if (event.key === 'F1') return 'shortcuts';
  if (key === 'l' && !event.shiftKey) return 'link';
  if (event.key === 'ArrowLeft') return 'nudge-left';
  if (event.key === 'ArrowRight') return 'nudge-right';
  if (event.key === 'ArrowUp') return 'nudge-up';
  if (event.key === 'ArrowDown') return 'nudge-down';
  return null;
}
