import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { Locale } from '../../shared/ipc/contract';

type Label = Readonly<Record<Locale, string>>;

const L = {
  file: { fr: 'Fichier', en: 'File' },
  edit: { fr: 'Édition', en: 'Edit' },
  view: { fr: 'Affichage', en: 'View' },
  help: { fr: 'Aide', en: 'Help' },
  'new-case': { fr: 'Nouvelle situation', en: 'New case' },
  'open-library': { fr: 'Bibliothèque des situations', en: 'Case library' },
  'import-file': { fr: 'Importer…', en: 'Import…' },
  export: { fr: 'Exporter…', en: 'Export…' },
  print: { fr: 'Imprimer…', en: 'Print…' },
  lock: { fr: 'Verrouiller', en: 'Lock' },
  quit: { fr: 'Quitter', en: 'Quit' },
  undo: { fr: 'Annuler', en: 'Undo' },
  redo: { fr: 'Rétablir', en: 'Redo' },
  cut: { fr: 'Couper', en: 'Cut' },
  copy: { fr: 'Copier', en: 'Copy' },
  paste: { fr: 'Coller', en: 'Paste' },
  'select-all': { fr: 'Tout sélectionner', en: 'Select all' },
  delete: { fr: 'Supprimer', en: 'Delete' },
  find: { fr: 'Rechercher une personne…', en: 'Find a person…' },
  'zoom-in': { fr: 'Zoom avant', en: 'Zoom in' },
  'zoom-out': { fr: 'Zoom arrière', en: 'Zoom out' },
  'fit-view': { fr: 'Tout afficher', en: 'Fit to window' },
  organise: { fr: 'Organiser', en: 'Arrange' },
  'toggle-legend': { fr: 'Légende', en: 'Legend' },
  'toggle-minimap': { fr: 'Mini-carte', en: 'Minimap' },
  'toggle-presentation': { fr: 'Mode présentation', en: 'Presentation mode' },
  fullscreen: { fr: 'Plein écran', en: 'Full screen' },
  shortcuts: { fr: 'Raccourcis clavier', en: 'Keyboard shortcuts' },
  about: { fr: 'À propos de Maillage', en: 'About Maillage' },
} as const satisfies Record<string, Label>;

/**
 * The application menu. Items that act on the document are handled by the renderer, which also
 * listens to the keyboard (the web mode has no menu): the accelerators are shown here but not
 * registered (`registerAccelerator: false`), so each shortcut runs exactly once.
 */
export function buildMenuTemplate(
  locale: Locale,
  send: (command: MenuCommand) => void,
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const command = (id: MenuCommand & keyof typeof L, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label: L[id][locale],
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => send(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const template: MenuItemConstructorOptions[] = [
    {
      label: L.file[locale],
      submenu: [
        command('new-case', 'CmdOrCtrl+N'),
        command('open-library', 'CmdOrCtrl+O'),
        separator,
        command('import-file', 'CmdOrCtrl+I'),
        command('export', 'CmdOrCtrl+E'),
        command('print', 'CmdOrCtrl+P'),
        separator,
        command('lock', 'CmdOrCtrl+L'),
        ...(isMac ? [] : [separator, { role: 'quit' as const, label: L.quit[locale], accelerator: 'CmdOrCtrl+Q' }]),
      ],
    },
    {
      label: L.edit[locale],
      submenu: [
        command('undo', 'CmdOrCtrl+Z'),
        command('redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
        separator,
        command('cut', 'CmdOrCtrl+X'),
        command('copy', 'CmdOrCtrl+C'),
        command('paste', 'CmdOrCtrl+V'),
        command('delete', 'Delete'),
        command('select-all', 'CmdOrCtrl+A'),
        separator,
        command('find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: L.view[locale],
      submenu: [
        command('zoom-in', 'CmdOrCtrl+='),
        command('zoom-out', 'CmdOrCtrl+-'),
        command('fit-view', 'CmdOrCtrl+0'),
        separator,
        command('organise', 'CmdOrCtrl+Shift+O'),
        command('toggle-legend', 'CmdOrCtrl+Shift+L'),
        command('toggle-minimap', 'CmdOrCtrl+Shift+M'),
        separator,
        command('toggle-presentation', 'F5'),
        { role: 'togglefullscreen', label: L.fullscreen[locale] },
      ],
    },
    {
      label: L.help[locale],
      submenu: [command('shortcuts', 'F1'), separator, command('about')],
    },
  ];

  if (isMac) {
    template.unshift({
      label: 'Maillage',
      submenu: [command('about'), separator, { role: 'hide' }, { role: 'hideOthers' }, separator, { role: 'quit', label: L.quit[locale] }],
    });
  }
  return template;
}
