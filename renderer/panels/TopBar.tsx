import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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

/**
 * One row whatever the width and the title: the tools that do not fit go, from the last, into a
 * "⋯" menu at the end of the row. Widths are measured once per language (tools keep their width).
 */
function OverflowTools({ label, items }: { label: string; items: ReadonlyArray<{ key: string; node: ReactNode }> }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const row = useRef<HTMLDivElement>(null);
  const widths = useRef(new Map<string, number>());
  const [shown, setShown] = useState(items.length);
  const [open, setOpen] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const current = useRef(items);
  useLayoutEffect(() => {
    current.current = items;
  });
  const keys = items.map((item) => item.key).join('|');

  // A new language: every tool is measured again at its new width.
  useLayoutEffect(() => {
    widths.current.clear();
    setShown(current.current.length);
  }, [locale, keys]);

  useLayoutEffect(() => {
    const element = row.current;
    const bar = element?.parentElement;
    if (!element || !bar) return;
    const fit = () => {
      for (const child of element.querySelectorAll<HTMLElement>(':scope > [data-tool]')) widths.current.set(child.dataset.tool ?? '', child.offsetWidth);
      // The room left for these tools: the bar's width less everything else in it.
      const others = [...bar.children].filter((c) => c !== element).reduce((sum, c) => sum + (c as HTMLElement).offsetWidth, 0);
      const gaps = parseFloat(getComputedStyle(bar).columnGap || '0') * bar.children.length + parseFloat(getComputedStyle(bar).paddingLeft) * 2;
      const room = bar.clientWidth - others - gaps - 12;
      const more = 40;
      let used = 0;
      let count = 0;
      const all = current.current;
      for (const item of all) {
        const width = widths.current.get(item.key) ?? 80;
        const last = count === all.length - 1;
        if (used + width + (last ? 0 : more) > room) break;
        used += width + 2;
        count += 1;
      }
      setShown(count);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(bar);
    return () => observer.disconnect();
    // Re-measured when tools come back to the row (their width is then known again).
  }, [keys, locale, shown]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!row.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  // A menu as the keyboard expects: opened, its first item has the focus; ↓ ↑ move in it; Échap
  // closes it and gives the focus back to "⋯".
  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLElement>('button:not(:disabled)') ?? [])];
  useEffect(() => {
    if (open) menuItems()[0]?.focus();
  }, [open]);
  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      moreButton.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      if (!open) {
        setOpen(true);
        return;
      }
      const all = menuItems();
      const at = all.indexOf(document.activeElement as HTMLElement);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      all[at < 0 ? 0 : (at + step + all.length) % all.length]?.focus();
    }
  };

  const hidden = items.slice(shown);
  return (
    <div className="toolbar-group" role="toolbar" aria-label={label} ref={row}>
      {items.slice(0, shown).map((item) => (
        <span key={item.key} data-tool={item.key} className="tool-slot">
          {item.node}
        </span>
      ))}
      {hidden.length > 0 && (
        <span className="toolbar-more" onKeyDown={onMenuKey}>
          <button ref={moreButton} type="button" className="tool" aria-haspopup="menu" aria-expanded={open} title={t('editor.moreTools')} aria-label={t('editor.moreTools')} onClick={() => setOpen(!open)}>
            ⋯
          </button>
          {open && (
            <div ref={menu} className="toolbar-more-menu" role="menu" aria-label={t('editor.moreTools')} onClick={() => setOpen(false)}>
              {hidden.map((item) => (
                <span key={item.key} role="none">
                  {item.node}
                </span>
              ))}
            </div>
          )}
        </span>
      )}
    </div>
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

  // In the order they leave the row for the "⋯" menu when it is narrow: the last first.
  const viewTools = [
    { key: 'organise', node: <Tool id="organise" /> },
    { key: 'fit-view', node: <Tool id="fit-view" /> },
    { key: 'find', node: <Tool id="find" /> },
    { key: 'toggle-presentation', node: <Tool id="toggle-presentation" /> },
    { key: 'export', node: <Tool id="export" /> },
    { key: 'toggle-synthese', node: <Tool id="toggle-synthese" pressed={syntheseOpen} /> },
    {
      key: 'history',
      node: (
        <button type="button" className="tool" aria-pressed={historyOpen} onClick={onHistory}>
          {t('history.title')}
        </button>
      ),
    },
    { key: 'toggle-legend', node: <Tool id="toggle-legend" pressed={legend} /> },
    { key: 'toggle-minimap', node: <Tool id="toggle-minimap" pressed={minimap} /> },
    { key: 'shortcuts', node: <Tool id="shortcuts" text="?" /> },
    { key: 'lock', node: <Tool id="lock" /> },
  ];

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
      <OverflowTools label={t('editor.view')} items={viewTools} />
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
