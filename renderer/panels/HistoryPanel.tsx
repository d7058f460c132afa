import { useEffect, useMemo, useState } from 'react';
import type { CaseDocument } from '../../shared/model/case';
import { renderDiagramSvg } from '../../shared/render/diagram';
import { useLocaleStore, useT } from '../i18n';
import type { RevisionSummary } from '../storage/vault';
import { editorStore, useEditor } from '../store/editor-store';
import { vault } from '../vault/vault-session';
import { SnapshotTimeline } from '../timeline/SnapshotTimeline';

/** Earlier versions of the open case: look at one, bring it back (the restore is itself undoable). */
export function HistoryPanel({ onClose }: { onClose(): void }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const caseId = useEditor((s) => s.doc?.id);
  const revision = useEditor((s) => s.revision);
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [selected, setSelected] = useState<{ id: string; doc: CaseDocument } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!caseId) return;
    vault.history(caseId).then(setRevisions, (e: unknown) => setError(String(e)));
  }, [caseId, revision]);

  const preview = useMemo(() => (selected ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderDiagramSvg(selected.doc, { locale, showLegend: false }))}` : null), [selected, locale]);
  const format = (iso: string) => new Date(iso).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

  const view = async (id: string) => {
    if (!caseId) return;
    try {
      setSelected({ id, doc: await vault.loadRevision(caseId, id) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <aside className="inspector history-panel" aria-label={t('history.title')} data-testid="history">
      <h2>{t('history.title')}</h2>
      <SnapshotTimeline />
      <h3>{t('history.revisions')}</h3>
      <p className="hint">{t('history.hint')}</p>
      {error && <p className="form-error">{error}</p>}
      {revisions?.length === 0 && <p className="hint">{t('history.none')}</p>}
      <ol className="revision-list">
        {revisions?.map((r) => (
          <li key={r.id}>
            {r.damaged ? (
              <span className="revision is-damaged">{t('history.damaged', { date: format(r.createdAt) })}</span>
            ) : (
              <button type="button" className={`revision${selected?.id === r.id ? ' is-selected' : ''}`} onClick={() => void view(r.id)}>
                {format(r.createdAt)}
              </button>
            )}
          </li>
        ))}
      </ol>
      {selected && preview && (
        <div className="revision-preview">
          <img src={preview} alt={t('history.previewAlt')} />
          <p className="hint">{t('history.counts', { nodes: selected.doc.nodes.length, links: selected.doc.links.length })}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              const restored = selected.doc;
              editorStore.getState().apply((doc) => ({ ...restored, id: doc.id, createdAt: doc.createdAt }), { select: [] });
              onClose();
            }}
          >
            {t('history.restore')}
          </button>
        </div>
      )}
      <button type="button" className="button" onClick={onClose}>
        {t('shortcuts.close')}
      </button>
    </aside>
  );
}
