// Walks the command table: every command has a name in both languages, its keys run it and
// nothing else, the desktop menu shows and sends it, and firing it does something a user would see
// (no command falls through to nothing, as "Nouveau", "Importer" and "À propos" once did).
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { COMMANDS, MENU_COMMAND_IDS, shortcutRows, type CommandId, type CommandSpec } from '../../../shared/commands/commands';
import { displayChord, type KeyPress } from '../../../shared/commands/keys';
import { laurentExample } from '../../../shared/examples/laurent';
import { MESSAGES } from '../../../shared/i18n/messages';
import { updateNode } from '../../../shared/model/operations';
import { commandForKey, runCommand, type AppActions, type CommandContext, type EditorActions } from '../../../renderer/app/commands';
import { createEditorStore } from '../../../renderer/store/editor-store';

const specs = COMMANDS as readonly (CommandSpec & { id: CommandId })[];

/** A key press as the browser reports it for a chord of the table. */
function press(chord: string): KeyPress {
  const parts = chord.split('+');
  const key = parts[parts.length - 1] ?? '';
  return {
    key: key === 'Plus' ? '+' : key.length === 1 && parts.includes('Shift') ? key.toUpperCase() : key.length === 1 ? key.toLowerCase() : key,
    ctrlKey: parts.includes('Mod'),
    metaKey: false,
    shiftKey: parts.includes('Shift'),
    altKey: false,
  };
}

/** An editor with the worked example: Léa selected, one step to undo and one to redo. */
function editorContext(id: CommandId) {
  const store = createEditorStore();
  store.getState().open(laurentExample());
  const lea = store.getState().doc?.nodes.find((n) => n.name === 'Léa Moreau');
  if (!lea) throw new Error('the example changed');
  store.getState().apply((doc) => updateNode(doc, lea.id, { notes: 'a' }));
  store.getState().apply((doc) => updateNode(doc, lea.id, { notes: 'b' }));
  store.getState().undo();
  store.getState().select([lea.id]);
  if (id === 'paste') store.getState().copySelection();
  const calls: string[] = [];
  const record = <T extends object>(name: string): T =>
    new Proxy({} as T, { get: (_target, method: string) => (method === 'flow' ? record(`${name}.flow`) : (...args: unknown[]) => void calls.push(`${name}.${method}(${args.join(',')})`)) });
  const app = record<AppActions>('app');
  const editor = record<EditorActions>('editor');
  const ctx = (): CommandContext => ({ app, editor, state: store.getState() });
  return { store, calls, ctx };
}

/** What a user could notice of the editor: the case, the selection, the history, the views... */
function visible(state: ReturnType<ReturnType<typeof createEditorStore>['getState']>) {
  return { doc: state.doc, selection: [...state.selection], past: state.past.length, future: state.future.length, renaming: state.renaming, linking: state.linkingFrom, clipboard: state.clipboard, view: state.view };
}

describe('the command table', () => {
  it('names every command in both languages, and has no id twice', () => {
    expect(new Set(specs.map((c) => c.id)).size).toBe(specs.length);
    for (const spec of specs) {
      expect(MESSAGES.fr[spec.label], spec.id).toBeTruthy();
      expect(MESSAGES.en[spec.label], spec.id).toBeTruthy();
    }
  });

  it.each(specs.map((c) => [c.id, c] as const))('fires %s and it does something', (id, spec) => {
    const { store, calls, ctx } = editorContext(id);
    const before = visible(store.getState());
    expect(runCommand(id, ctx(), false), `${id} refused to run`).toBe(true);
    const after = visible(store.getState());
    const changed = JSON.stringify(after) !== JSON.stringify(before) || after.doc !== before.doc || after.clipboard !== before.clipboard;
    expect(changed || calls.length > 0, `${id} did nothing`).toBe(true);
    // Each key of the command runs this command and no other.
    for (const chord of spec.keys) expect(commandForKey(press(chord))?.id, chord).toBe(id);
  });

  it('refuses what cannot run now instead of doing nothing silently', () => {
    const { store, ctx } = editorContext('undo');
    store.getState().select([]);
    expect(runCommand('delete', ctx())).toBe(false);
    expect(runCommand('rename', ctx())).toBe(false);
    // Without an open vault, only the screens' own buttons act.
    expect(runCommand('new-case', { ...ctx(), app: null })).toBe(false);
    expect(runCommand('organise', { ...ctx(), editor: null })).toBe(false);
  });

  it('gives no two commands the same key', () => {
    const chords = specs.flatMap((c) => c.keys.map((k) => k.toLowerCase()));
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('puts every menu command in the desktop menu, with its key and label, and the menu sends it', () => {
    for (const locale of ['fr', 'en'] as const) {
      const send = vi.fn();
      const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
        template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
      const menu = items(buildMenuTemplate(locale, send, false));
      for (const id of MENU_COMMAND_IDS) {
        const spec = specs.find((c) => c.id === id) as CommandSpec;
        const item = menu.find((i) => i.id === id);
        expect(item?.label, id).toBe(MESSAGES[locale][spec.label]);
        if (spec.keys[0]) expect(item?.accelerator, id).toBe(spec.keys[0].replace(/^Mod/, 'CmdOrCtrl'));
        item?.click?.({} as never, undefined, {} as never);
        expect(send).toHaveBeenLastCalledWith(id);
      }
      expect(menu.filter((i) => i.id).map((i) => i.id)).toEqual(MENU_COMMAND_IDS);
    }
  });

  it('lists every command that has a key in the shortcuts list (F1), with that key', () => {
    const rows = shortcutRows('fr');
    for (const spec of specs) {
      if (spec.keys.length === 0) continue;
      const row = rows.find((r) => r.help === spec.help);
      expect(row?.keys, spec.id).toContain(displayChord(spec.keys[0] as string, 'fr'));
    }
    expect(rows.find((r) => r.help === 'command.redo')?.keys).toBe('Ctrl+Y, Ctrl+Maj+Z');
  });
});
