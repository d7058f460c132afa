import { useMemo, useState } from 'react';
import { linkBetween } from '../../shared/model/operations';
import type { Id } from '../../shared/model/primitives';
import { useT } from '../i18n';
import { choiceFieldAria, choiceStep, movedChoice, optionId } from '../panels/choice-field';
import { foldForSearch } from '../panels/FindBox';
import { editorStore, useEditor } from '../store/editor-store';

/** At most this many elements are listed: the picker is read at a glance. */
const SHOWN = 8;
const TARGETS = 'link-targets';

/** Ends the link started with L or "Relier à…" on `to`, and selects the new link. */
export function finishLinking(to: Id): void {
  const store = editorStore.getState();
  const from = store.linkingFrom;
  if (!from || from === to) return;
  store.startLinking(null);
  store.apply((doc) => linkBetween(doc, from, to), { select: 'created' });
}

/**
 * While a link waits for its other end: a click on the element, or, from the keyboard, its name
 * typed (or ↓ ↑ / Tab through the elements) and Entrée. Échap cancels.
 */
export function LinkPicker() {
  const t = useT();
  const doc = useEditor((s) => s.doc);
  const from = useEditor((s) => s.linkingFrom);
  const [query, setQuery] = useState('');
  const [browsing, setBrowsing] = useState(false);
  const [active, setActive] = useState(0);
  const targets = useMemo(() => {
    const wanted = foldForSearch(query.trim());
    if (!doc || !from) return [];
    // "mo" finds Monique before Enzo Moreau, and Enzo Moreau before Service d'AEMO.
    const rank = (name: string) => {
      const folded = foldForSearch(name);
      return folded.startsWith(wanted) ? 0 : folded.split(/\s+/u).some((word) => word.startsWith(wanted)) ? 1 : 2;
    };
    return doc.nodes
      .filter((n) => n.id !== from && n.name && foldForSearch(n.name).includes(wanted))
      .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name))
      .slice(0, SHOWN);
  }, [doc, from, query]);
  const listed = browsing || query.trim() !== '';
  const chosen = Math.min(active, Math.max(targets.length - 1, 0));
  return (
    <div className="linking-banner">
      <span role="status">{t('editor.linkingHint')}</span>
      <input
        autoFocus
        {...choiceFieldAria(TARGETS, listed ? targets.length : 0, chosen)}
        className="link-picker-input"
        aria-label={t('link.pickerLabel')}
        placeholder={t('link.pickerLabel')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          // Tab browses too: the picker is where the keyboard is until Entrée or Échap.
          const step = event.key === 'Tab' ? (event.shiftKey ? -1 : 1) : choiceStep(event.key);
          if (step !== 0) {
            event.preventDefault();
            if (listed) setActive(movedChoice(chosen, step, targets.length));
            setBrowsing(true);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            const target = listed ? targets[chosen] : undefined;
            if (target) finishLinking(target.id);
          } else if (event.key === 'Escape') {
            event.stopPropagation();
            editorStore.getState().startLinking(null);
          }
        }}
      />
      {listed && (
        <ul id={TARGETS} role="listbox" aria-label={t('link.targets')} className="link-picker-targets">
          {targets.length === 0 && <li className="hint">{t('link.noTarget')}</li>}
          {targets.map((node, index) => (
            <li
              key={node.id}
              id={optionId(TARGETS, index)}
              role="option"
              aria-selected={index === chosen}
              className={index === chosen ? 'is-active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => finishLinking(node.id)}
            >
              {node.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
