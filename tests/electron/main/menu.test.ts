import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('application menu', () => {
  it('shows the usual accelerators without registering them (the renderer handles the keys)', () => {
    const all = items(buildMenuTemplate('fr', vi.fn(), false));
    const byId = new Map(all.filter((i) => i.id).map((i) => [i.id, i]));
    expect(byId.get('undo')).toMatchObject({ label: 'Annuler', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(byId.get('redo')?.accelerator).toBe('CmdOrCtrl+Y');
    expect(byId.get('copy')?.accelerator).toBe('CmdOrCtrl+C');
    expect(byId.get('paste')?.accelerator).toBe('CmdOrCtrl+V');
    expect(byId.get('select-all')?.accelerator).toBe('CmdOrCtrl+A');
    expect(byId.get('delete')?.accelerator).toBe('Delete');
    expect(byId.get('fit-view')?.accelerator).toBe('CmdOrCtrl+0');
  });

  it('sends the chosen command to the renderer', () => {
    const send = vi.fn();
    const undo = items(buildMenuTemplate('en', send, false)).find((i) => i.id === 'undo');
    undo?.click?.({} as never, undefined, {} as never);
    expect(send).toHaveBeenCalledWith('undo');
  });

  it('has an English version with the same items', () => {
    const fr = items(buildMenuTemplate('fr', vi.fn(), false));
    const en = items(buildMenuTemplate('en', vi.fn(), false));
    expect(en.map((i) => i.id ?? i.role ?? i.type)).toEqual(fr.map((i) => i.id ?? i.role ?? i.type));
    expect(en.find((i) => i.id === 'undo')?.label).toBe('Undo');
  });

  it('adds the application menu on macOS', () => {
    const template = buildMenuTemplate('fr', vi.fn(), true);
    expect(template[0]?.label).toBe('Maillage');
    expect(items(template).find((i) => i.id === 'redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
  });
});
