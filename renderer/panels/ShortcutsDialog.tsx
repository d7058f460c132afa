import { GESTURES, shortcutRows } from '../../shared/commands/commands';
import { ModalDialog } from '../dialogs/ModalDialog';
import { useLocaleStore, useT } from '../i18n';

/** The list of keyboard shortcuts (F1, or Help in the menu). */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const rows = [...shortcutRows(locale), ...GESTURES.map((g) => ({ keys: t(g.keys), help: g.help }))];
  return (
    <ModalDialog labelledBy="shortcuts-title" onClose={onClose}>
      <div className="shortcuts-dialog">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <dl className="shortcut-list">
          {rows.map(({ keys, help }) => (
            <div key={`${help}-${keys}`}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(help)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
