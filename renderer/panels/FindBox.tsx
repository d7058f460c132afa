import { useMemo, useState } from 'react';
import { useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { diagramIndex } from '../../shared/genogram/diagram-index';
import type { CaseDocument } from '../../shared/model/case';
import type { Id } from '../../shared/model/primitives';
import { useT } from '../i18n';
import { editorStore, useEditor } from '../store/editor-store';

/** Lower case without accents, so "lea" finds "Léa". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Selects an element and brings it to the middle of the view, close enough to read. */
export function goToElement(flow: Pick<ReactFlowInstance, 'setCenter' | 'getZoom'>, doc: CaseDocument, id: Id): void {
  const box = diagramIndex(doc).boxes.get(id);
  editorStore.getState().select([id]);
  if (box) void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(flow.getZoom(), 1), duration: 300 });
}

/** Find a person (or professional, or institution) by name, and go to them. */
export function FindBox() {
  const t = useT();
  const doc = useEditor((s) => s.doc);
  const flow = useReactFlow();
  const [query, setQuery] = useState('');
  const results = useMemo(() => {
    const q = foldForSearch(query.trim());
    if (!doc || !q) return [];
    return doc.nodes.filter((n) => foldForSearch(n.name).includes(q)).slice(0, 8);
  }, [doc, query]);

  const go = (id: string) => {
    if (!doc) return;
    editorStore.getState().toggleView('find', false);
    goToElement(flow, doc, id);
  };

  return (
    <div className="find-box" role="search">
      <input
        autoFocus
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results[0]) go(results[0].id);
        }}
      />
      {query.trim() && (
        <ul>
          {results.length === 0 && <li className="hint">{t('find.none')}</li>}
          {results.map((n) => (
            <li key={n.id}>
              <button type="button" onClick={() => go(n.id)}>
                {n.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
