import type { Locale, MessageKey } from '../../shared/i18n/messages';
import { ModalDialog } from '../dialogs/ModalDialog';
import { useLocaleStore, useT } from '../i18n';

// Keys as printed on French and English keyboards.
const SHORTCUTS: ReadonlyArray<readonly [Record<Locale, string>, MessageKey]> = [
  [{ fr: 'Double-clic, F2, Entrée', en: 'Double-click, F2, Enter' }, 'shortcuts.rename'],
  [{ fr: 'L', en: 'L' }, 'shortcuts.link'],
  [{ fr: 'Suppr', en: 'Delete' }, 'shortcuts.delete'],
  [{ fr: 'Ctrl+Z', en: 'Ctrl+Z' }, 'shortcuts.undo'],
  [{ fr: 'Ctrl+Maj+Z, Ctrl+Y', en: 'Ctrl+Shift+Z, Ctrl+Y' }, 'shortcuts.redo'],
  [{ fr: 'Ctrl+C, Ctrl+X, Ctrl+V', en: 'Ctrl+C, Ctrl+X, Ctrl+V' }, 'shortcuts.clipboard'],
  [{ fr: 'Ctrl+A', en: 'Ctrl+A' }, 'shortcuts.selectAll'],
  [{ fr: 'Maj+clic, Maj+glisser', en: 'Shift+click, Shift+drag' }, 'shortcuts.multiSelect'],
  [{ fr: '← → ↑ ↓ (Maj : 1 px)', en: '← → ↑ ↓ (Shift: 1 px)' }, 'shortcuts.nudge'],
  [{ fr: 'Ctrl+F', en: 'Ctrl+F' }, 'shortcuts.find'],
  [{ fr: 'Ctrl+= / Ctrl+- / Ctrl+0', en: 'Ctrl+= / Ctrl+- / Ctrl+0' }, 'shortcuts.zoom'],
  [{ fr: 'Ctrl+Maj+O', en: 'Ctrl+Shift+O' }, 'shortcuts.organise'],
  [{ fr: 'Ctrl+Maj+S', en: 'Ctrl+Shift+S' }, 'shortcuts.synthese'],
  [{ fr: 'Ctrl+Maj+L, Ctrl+Maj+M', en: 'Ctrl+Shift+L, Ctrl+Shift+M' }, 'shortcuts.panels'],
  [{ fr: 'F5', en: 'F5' }, 'shortcuts.presentation'],
  [{ fr: 'Échap', en: 'Esc' }, 'shortcuts.escape'],
];

/** The list of keyboard shortcuts (F1, or Help in the menu). */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  return (
    <ModalDialog labelledBy="shortcuts-title" onClose={onClose}>
      <div className="shortcuts-dialog">
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, label]) => (
            <tr key={label}>
              <th scope="row">
                <kbd>{keys[locale]}</kbd>
              </th>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={onClose} autoFocus>
        {t('shortcuts.close')}
      </button>
      </div>
    </ModalDialog>
  );
}
