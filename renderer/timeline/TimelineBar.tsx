import { useEffect, useMemo, useState } from 'react';
import { dayOf, formatPartialDate, type Day } from '../../shared/model/dates';
import { fadedOn, snapshotDay, snapshotsInOrder, stateOfCase, timelineSpan } from '../../shared/timeline/state';
import { useLocaleStore, useT } from '../i18n';
import { useEditor } from '../store/editor-store';
import { NOW, timelineStore, useTimeline } from './timeline-store';

const DAY_MS = 86_400_000;
const toIndex = (first: Day, day: Day) => Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS);
const toDay = (first: Day, index: number) => new Date(Date.parse(`${first}T00:00:00Z`) + index * DAY_MS).toISOString().slice(0, 10);

/**
 * The map at a date: a slider over the dates of the case. What had not begun or had ended then is
 * faded on the canvas (a style rule per faded element: the canvas itself is left as it is).
 */
export function TimelineBar({ onSnapshots }: { onSnapshots(): void }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const doc = useEditor((s) => s.dragBase ?? s.doc);
  const atDay = useTimeline((s) => s.atDay);
  const today = dayOf(new Date());
  const span = useMemo(() => (doc ? timelineSpan(doc, today) : null), [doc, today]);
  const snapshots = useMemo(() => (doc ? snapshotsInOrder(doc.snapshots) : []), [doc]);
  const faded = useMemo(() => (doc && atDay ? fadedOn(stateOfCase(doc), atDay) : null), [doc, atDay]);
  if (!doc) return null;
  const shown = atDay ?? today;
  const total = span ? toIndex(span.first, span.last) : 0;
  const latest = snapshots[snapshots.length - 1];
  return (
    <section className="timeline-bar" aria-label={t('timeline.bar')} data-testid="timeline-bar">
      {faded && faded.size > 0 && <FadeStyle ids={faded} />}
      {span ? (
        <div className="timeline-track">
          <input
            type="range"
            min={0}
            max={total}
            value={Math.min(total, Math.max(0, toIndex(span.first, shown)))}
            aria-label={t('timeline.slider')}
            data-first={span.first}
            aria-valuetext={formatPartialDate(shown, locale)}
            onChange={(e) => {
              const day = toDay(span.first, Number(e.target.value));
              timelineStore.getState().showAt(day >= today ? null : day);
            }}
          />
          <div className="timeline-marks" aria-hidden="true">
            {snapshots.map((s) => (
              <span key={s.id} className="timeline-mark" style={{ left: `${(100 * toIndex(span.first, snapshotDay(s))) / Math.max(1, total)}%` }} title={s.name} />
            ))}
          </div>
          <div className="timeline-ends" aria-hidden="true">
            <span>{formatPartialDate(span.first, locale)}</span>
            <span>{formatPartialDate(span.last, locale)}</span>
          </div>
        </div>
      ) : (
        <p className="hint timeline-empty">{t('timeline.noDates')}</p>
      )}
      <div className="timeline-status" role="status">
        <strong>{atDay ? t('timeline.mapOn', { date: formatPartialDate(atDay, locale) }) : t('timeline.today')}</strong>
        {faded && faded.size > 0 && <span className="hint">{t('timeline.faded', { count: faded.size })}</span>}
      </div>
      <div className="timeline-actions">
        {atDay && (
          <button type="button" className="tool" onClick={() => timelineStore.getState().showAt(null)}>
            {t('timeline.backToToday')}
          </button>
        )}
        <button type="button" className="tool" onClick={onSnapshots}>
          {t('snapshot.title')} ({doc.snapshots.length})
        </button>
        <button type="button" className="tool" disabled={!latest} title={latest ? undefined : t('compare.needSnapshot')} onClick={() => latest && timelineStore.getState().compare(latest.id, NOW)}>
          {t('timeline.compare')}
        </button>
        <button type="button" className="tool" onClick={() => timelineStore.getState().showPanel('indicators')}>
          {t('timeline.indicators')}
        </button>
        <button type="button" className="tool" onClick={() => timelineStore.getState().showPanel('narrative')}>
          {t('timeline.narrative')}
        </button>
        <button type="button" className="tool" aria-label={t('timeline.close')} title={t('timeline.close')} onClick={() => timelineStore.getState().toggleBar(false)}>
          ×
        </button>
      </div>
    </section>
  );
}

/**
 * Fades elements of the canvas by id, through a constructed style sheet (the CSP allows no inline
 * style element; the CSSOM is not restricted). Ids are letters, digits, - and _ only (the model
 * says so): safe in a selector.
 */
function FadeStyle({ ids }: { ids: ReadonlySet<string> }) {
  const [sheet] = useState(() => new CSSStyleSheet());
  useEffect(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [sheet]);
  useEffect(() => {
    const selectors = [...ids].flatMap((id) => [`.react-flow__node[data-id="${id}"]`, `[data-link-id="${id}"]`]);
    sheet.replaceSync(`${selectors.join(',\n')} { opacity: 0.16; transition: opacity 150ms; }`);
  }, [sheet, ids]);
  return null;
}
