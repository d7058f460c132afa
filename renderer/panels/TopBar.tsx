import { useReactFlow } from '@xyflow/react';
import { LOCALES } from '../../shared/i18n/messages';
import { institution, person, professional, addNode } from '../../shared/model/operations';
import type { CaseNode } from '../../shared/model/nodes';
import type { EditorCommand } from '../app/commands';
import { useLocaleStore, useT } from '../i18n';
import { useSaveStatus } from '../store/autosave';
import { editorStore, useEditor } from '../store/editor-store';
import { lockNow } from '../vault/vault-session';
import { TextInput } from './fields';

export function TopBar({ onExit, onCommand, onHistory, historyOpen, syntheseOpen }: { onExit(): void; onCommand(command: EditorCommand): void; onHistory(): void; historyOpen: boolean; syntheseOpen: boolean }) {
  const t = useT();
  const flow = useReactFlow();
  const title = useEditor((s) => s.doc?.title ?? '');
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const legend = useEditor((s) => s.view.legend);
  const minimap = useEditor((s) => s.view.minimap);
  const status = useSaveStatus((s) => s.status);
  const saveError = useSaveStatus((s) => s.error);
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);

  /** Palette: a new element in the middle of the view, named in place. */
  const place = (make: (position: { x: number; y: number }) => CaseNode) => {
    const pane = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre = pane ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 };
    editorStore.getState().apply((doc) => addNode(doc, make({ x: Math.round(centre.x - 60), y: Math.round(centre.y - 40) })), { select: 'created', rename: true });
  };

  const tool = (label: string, command: EditorCommand, shortcut: string, extra: Record<string, unknown> = {}) => (
    <button type="button" className="tool" title={`${label} (${locale === 'en' ? shortcut.replace(/Maj/g, 'Shift') : shortcut})`} aria-label={label} onClick={() => onCommand(command)} {...extra}>
      {label}
    </button>
  );

  return (
    <header className="top-bar">
      <button type="button" className="tool" onClick={onExit} title={t('editor.backToStart')}>
        ← {t('editor.cases')}
      </button>
      <div className="title-field">
        <TextInput id="case-title" value={title} onCommit={(value) => editorStore.getState().apply((doc) => ({ ...doc, title: value.trim() || doc.title }))} />
      </div>
      <span className={`save-status save-${status}`} role="status" title={saveError ?? undefined} data-testid="save-status">
        {t(`save.${status}`)}
      </span>
      <div className="toolbar-group" role="toolbar" aria-label={t('editor.palette')}>
        <button type="button" className="tool" onClick={() => place((position) => person({ position }))} title={t('palette.personHint')}>
          + {t('palette.person')}
        </button>
        <button type="button" className="tool" onClick={() => place((position) => professional({ position }))}>
          + {t('palette.professional')}
        </button>
        <button type="button" className="tool" onClick={() => place((position) => institution({ position }))}>
          + {t('palette.institution')}
        </button>
      </div>
      <div className="toolbar-group" role="toolbar" aria-label={t('editor.edit')}>
        {tool(t('editor.undo'), 'undo', 'Ctrl+Z', { disabled: !canUndo })}
        {tool(t('editor.redo'), 'redo', 'Ctrl+Maj+Z / Ctrl+Y', { disabled: !canRedo })}
      </div>
      <div className="toolbar-group" role="toolbar" aria-label={t('editor.view')}>
        {tool(t('editor.organise'), 'organise', 'Ctrl+Maj+O')}
        {tool(t('editor.fit'), 'fit-view', 'Ctrl+0')}
        {tool(t('editor.find'), 'find', 'Ctrl+F')}
        {tool(t('editor.legend'), 'toggle-legend', 'Ctrl+Maj+L', { 'aria-pressed': legend })}
        {tool(t('editor.minimap'), 'toggle-minimap', 'Ctrl+Maj+M', { 'aria-pressed': minimap })}
        {tool(t('editor.presentation'), 'toggle-presentation', 'F5')}
        {tool('?', 'shortcuts', 'F1', { 'aria-label': t('editor.shortcuts'), title: `${t('editor.shortcuts')} (F1)` })}
        {tool(t('editor.export'), 'export', 'Ctrl+E')}
        {tool(t('synthese.open'), 'toggle-synthese', 'Ctrl+Maj+S', { 'aria-pressed': syntheseOpen })}
        <button type="button" className="tool" aria-pressed={historyOpen} onClick={onHistory}>
          {t('history.title')}
        </button>
        <button type="button" className="tool" onClick={() => void lockNow('manual')} title={`${t('library.lock')} (Ctrl+L)`}>
          {t('library.lock')}
        </button>
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
