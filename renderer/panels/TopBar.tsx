import type { CommandId } from '../../shared/commands/commands';
import { commandSpec } from '../../shared/commands/commands';
import { LOCALES } from '../../shared/i18n/messages';
import { CaseDocument } from '../../shared/model/case';
import { commandTitle, execute, useCommandEnabled } from '../app/commands';
import { useLocaleStore, useT } from '../i18n';
import { useSaveStatus } from '../store/autosave';
import { editorStore, useEditor } from '../store/editor-store';
import { TextInput } from './fields';

/** A toolbar button for a command of the table: its label, its key in the tooltip, greyed out when it cannot run. */
function Tool({ id, text, pressed, hint }: { id: CommandId; text?: string; pressed?: boolean; hint?: string }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const enabled = useCommandEnabled(id);
  const label = t(commandSpec(id).label);
  return (
    <button type="button" className="tool" title={hint ?? commandTitle(id, label, locale)} aria-label={text && !text.includes(label) ? label : undefined} aria-pressed={pressed} disabled={!enabled} onClick={() => execute(id)}>
      {text ?? label}
    </button>
  );
}

export function TopBar({ onExit, onHistory, historyOpen, syntheseOpen }: { onExit(): void; onHistory(): void; historyOpen: boolean; syntheseOpen: boolean }) {
  const t = useT();
  const title = useEditor((s) => s.doc?.title ?? '');
  const readOnly = useEditor((s) => s.readOnly);
  const legend = useEditor((s) => s.view.legend);
  const minimap = useEditor((s) => s.view.minimap);
  const status = useSaveStatus((s) => s.status);
  const saveError = useSaveStatus((s) => s.error);
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);

  return (
    <header className="top-bar">
      <button type="button" className="tool" onClick={onExit} title={commandTitle('open-library', t('editor.backToStart'), locale)}>
        ← {t('editor.cases')}
      </button>
      <div className="title-field" {...(readOnly ? { inert: true } : {})}>
        <TextInput id="case-title" value={title} schema={CaseDocument.shape.title} finalise={(typed, atFocus) => typed.trim() || atFocus} onCommit={(value) => editorStore.getState().apply((doc) => ({ ...doc, title: value }))} />
      </div>
      <span className={`save-status save-${status}`} role="status" title={saveError ?? undefined} data-testid="save-status">
        {t(`save.${status}`)}
      </span>
      <div className="toolbar-group" role="toolbar" aria-label={t('editor.palette')}>
        <Tool id="add-person" text={`+ ${t('command.add-person')}`} hint={t('palette.personHint')} />
        <Tool id="add-professional" text={`+ ${t('command.add-professional')}`} />
        <Tool id="add-institution" text={`+ ${t('command.add-institution')}`} />
      </div>
      <div className="toolbar-group" role="toolbar" aria-label={t('editor.edit')}>
        <Tool id="undo" />
        <Tool id="redo" />
      </div>
      <div className="toolbar-group" role="toolbar" aria-label={t('editor.view')}>
        <Tool id="organise" />
        <Tool id="fit-view" />
        <Tool id="find" />
        <Tool id="toggle-legend" pressed={legend} />
        <Tool id="toggle-minimap" pressed={minimap} />
        <Tool id="toggle-presentation" />
        <Tool id="shortcuts" text="?" />
        <Tool id="export" />
        <Tool id="toggle-synthese" pressed={syntheseOpen} />
        <button type="button" className="tool" aria-pressed={historyOpen} onClick={onHistory}>
          {t('history.title')}
        </button>
        <Tool id="lock" />
      </div>
      <select className="language-select" aria-label={t('language.label')} value={locale} onChange={(e) => setLocale(e.target.value as typeof locale)}>
        {LOCALES.map((code) => (
          <option key={code} value={code}>
            {code.toUpperCase()}
          </option>
        ))}
      </select>
    </header>
  );
}
