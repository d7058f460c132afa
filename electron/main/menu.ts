import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, type CommandId, type CommandSpec, type MenuName } from '../../shared/commands/commands';
import { accelerator } from '../../shared/commands/keys';
import { translate } from '../../shared/i18n/messages';
import type { Locale } from '../../shared/ipc/contract';

const MENUS: readonly MenuName[] = ['file', 'edit', 'insert', 'view', 'help'];

/**
 * The application menu, read from the command table (shared/commands/commands.ts). Every item
 * is handled by the renderer, which also listens to the keyboard (the web mode has no menu): the
 * accelerators are shown here but not registered (`registerAccelerator: false`), so each shortcut
 * runs exactly once.
 */
export function buildMenuTemplate(
  locale: Locale,
  send: (command: CommandId) => void,
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const item = (spec: CommandSpec & { id: CommandId }): MenuItemConstructorOptions => {
    const key = isMac ? (spec.macKey ?? spec.keys[0]) : spec.keys[0];
    return {
      id: spec.id,
      label: translate(locale, spec.label),
      ...(key ? { accelerator: accelerator(key), registerAccelerator: false } : {}),
      click: () => send(spec.id),
    };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: translate(locale, 'menu.quit'), accelerator: 'CmdOrCtrl+Q' };

  const submenu = (name: MenuName): MenuItemConstructorOptions[] => {
    const groups = new Map<number, MenuItemConstructorOptions[]>();
    for (const spec of COMMANDS as readonly (CommandSpec & { id: CommandId })[]) {
      if (spec.menu?.name !== name) continue;
      groups.set(spec.menu.group, [...(groups.get(spec.menu.group) ?? []), item(spec)]);
    }
    const items = [...groups.entries()].sort(([a], [b]) => a - b).flatMap(([, group], i) => (i === 0 ? group : [separator, ...group]));
    if (name === 'file' && !isMac) items.push(separator, quit);
    if (name === 'view') items.push(separator, { role: 'togglefullscreen', label: translate(locale, 'menu.fullscreen') });
    return items;
  };

  const template: MenuItemConstructorOptions[] = MENUS.map((name) => ({ label: translate(locale, `menu.${name}`), submenu: submenu(name) }));

  if (isMac) {
    const appItems = (COMMANDS as readonly (CommandSpec & { id: CommandId })[]).filter((spec) => spec.appMenu).map(item);
    template.unshift({
      label: 'Maillage',
      submenu: [...appItems, separator, { role: 'hide' }, { role: 'hideOthers' }, separator, { role: 'quit', label: translate(locale, 'menu.quit') }],
    });
  }
  return template;
}
