import { useId, useState } from 'react';
import { formatPartialDate, parsePartialDate } from '../../shared/model/dates';
import { textLimit } from '../../shared/model/limits';
import { MAX_SNAPSHOTS, Snapshot, takeSnapshot } from '../../shared/model/snapshot';
import { snapshotDay, snapshotsInOrder } from '../../shared/timeline/state';
import { useLocaleStore, useT } from '../i18n';
import { editorStore, useEditor } from '../store/editor-store';
import { NOW, timelineStore } from './timeline-store';

/**
 * Snapshots of the case, taken by hand (named, dated) or when a meeting is held, on a timeline in
 * the order of the dates they stand for. Taking or deleting one is a change of the case: undoable,
 * saved and encrypted with it.
 */
export function SnapshotTimeline() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const snapshots = useEditor((s) => s.doc?.snapshots);
  const meetings = useEditor((s) => s.doc?.meetings);
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const dateId = useId();
  if (!snapshots) return null;

  const take = () => {
    const trimmed = name.trim();
    if (!trimmed) return setError(t('snapshot.nameRequired'));
    const parsed = parsePartialDate(date);
    if (parsed === null) return setError(t('dates.invalid'));
    if (snapshots.length >= MAX_SNAPSHOTS) return setError(t('snapshot.tooMany', { max: MAX_SNAPSHOTS }));
    editorStore.getState().apply((doc) => takeSnapshot(doc, { name: trimmed, ...(parsed ? { date: parsed } : {}) }).doc);
    setName('');
    setDate('');
    setError(null);
  };
  const remove = (id: string) => editorStore.getState().apply((doc) => ({ ...doc, snapshots: doc.snapshots.filter((s) => s.id !== id) }));
  const meetingOf = (id: string | undefined) => meetings?.find((m) => m.id === id);

  return (
    <section className="snapshot-timeline" aria-labelledby={`${nameId}-title`} data-testid="snapshots">
      <h3 id={`${nameId}-title`}>{t('snapshot.title')}</h3>
      <p className="hint">{t('snapshot.hint')}</p>
      <form
        className="snapshot-form"
        onSubmit={(e) => {
          e.preventDefault();
          take();
        }}
      >
        <label htmlFor={nameId}>{t('snapshot.name')}</label>
        <input id={nameId} type="text" value={name} maxLength={textLimit(Snapshot.shape.name)} placeholder={t('snapshot.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={dateId}>{t('snapshot.date')}</label>
        <input id={dateId} type="text" value={date} placeholder={t('dates.placeholder')} onChange={(e) => setDate(e.target.value)} />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button-primary">
          {t('snapshot.take')}
        </button>
      </form>
      {snapshots.length === 0 ? (
        <p className="hint">{t('snapshot.none')}</p>
      ) : (
        <ol className="snapshot-list">
          {snapshotsInOrder(snapshots).map((s) => (
            <li key={s.id} className="snapshot-item">
              <span className="snapshot-dot" aria-hidden="true" />
              <div className="snapshot-text">
                <strong>{s.name}</strong>
                <span className="hint">
                  {formatPartialDate(s.date ?? snapshotDay(s), locale)}
                  {meetingOf(s.meetingId) ? ` · ${t('snapshot.fromMeeting')}` : ''} · {t('snapshot.counts', { nodes: s.nodes.length, links: s.links.length })}
                </span>
              </div>
              <div className="snapshot-actions">
                <button type="button" className="tool" onClick={() => timelineStore.getState().compare(s.id, NOW)}>
                  {t('snapshot.compareNow')}
                </button>
                <button type="button" className="tool" aria-label={`${t('snapshot.delete')} : ${s.name}`} title={t('snapshot.delete')} onClick={() => remove(s.id)}>
                  ×
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
