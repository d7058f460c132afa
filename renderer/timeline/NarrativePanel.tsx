import { useId, useMemo, useState } from 'react';
import { LeakError } from '../../shared/anonymise/leak-guard';
import { formatPartialDate } from '../../shared/model/dates';
import { describeCase, type Described, type NarrativeReader } from '../../shared/narrative/describe';
import type { Narrative } from '../../shared/narrative/narrative';
import { datedSnapshot, snapshotsInOrder } from '../../shared/timeline/state';
import { useLocaleStore, useT } from '../i18n';
import { useEditor } from '../store/editor-store';
import { timelineStore } from './timeline-store';

export function NarrativeSections({ narrative }: { narrative: Narrative }) {
  return (
    <>
      {narrative.sections.map((section) => (
        <section key={section.heading}>
          <h3>{section.heading}</h3>
          {section.intro && <p>{section.intro}</p>}
          {section.list ? (
            <ul>
              {section.sentences.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          ) : (
            <p>{section.sentences.join(' ')}</p>
          )}
        </section>
      ))}
    </>
  );
}

/** The case in words: to read, to copy into a report, optionally anonymised and with what changed since a snapshot. */
export function NarrativePanel() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const doc = useEditor((s) => (s.dragBase ? null : s.doc));
  const [since, setSince] = useState('');
  const [anonymise, setAnonymise] = useState(false);
  // Who the text is for: a report for others honours the circulation levels.
  const [reader, setReader] = useState<NarrativeReader>('practitioner');
  const readerId = useId();
  // The text last copied: "copied" is said only while the text shown is that one.
  const [copied, setCopied] = useState<string | null>(null);
  const sinceId = useId();
  const told = useMemo((): Described | { error: string } | null => {
    if (!doc) return null;
    const snapshot = doc.snapshots.find((s) => s.id === since);
    try {
      return describeCase(doc, { locale, anonymise, reader, ...(snapshot ? { since: snapshot } : {}) });
    } catch (e) {
      if (e instanceof LeakError) return { error: e.leaks.map((l) => `${l.source}, ${l.where}`).join(' ; ') };
      throw e;
    }
  }, [doc, since, anonymise, reader, locale]);
  if (!doc) return null;
  return (
    <aside className="inspector narrative-panel" aria-label={t('narrative.title')} data-testid="narrative">
      <h2>{t('narrative.title')}</h2>
      <p className="hint">{t('narrative.hint')}</p>
      <div className="field">
        <label htmlFor={sinceId}>{t('narrative.since')}</label>
        <select id={sinceId} value={since} onChange={(e) => setSince(e.target.value)}>
          <option value="">{t('narrative.sinceNone')}</option>
          {snapshotsInOrder(doc.snapshots).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({formatPartialDate(s.date ?? datedSnapshot(s).day, locale)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={readerId}>{t('narrative.reader')}</label>
        <select id={readerId} value={reader} onChange={(e) => setReader(e.target.value as NarrativeReader)}>
          {(['practitioner', 'professionals', 'all'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`narrative.reader.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={anonymise} onChange={(e) => setAnonymise(e.target.checked)} /> {t('narrative.anonymise')}
      </label>
      {told && 'error' in told ? (
        <p className="form-error" role="alert">
          {t('narrative.blocked', { detail: told.error })}
        </p>
      ) : (
        told && (
          <>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void navigator.clipboard?.writeText(told.text).then(() => setCopied(told.text), () => setCopied(null))}
            >
              {t('narrative.copy')}
            </button>
            {copied === told.text && <p role="status" className="hint">{t('narrative.copied')}</p>}
            <article className="narrative-text" data-testid="narrative-text">
              <h3>{told.narrative.title}</h3>
              <NarrativeSections narrative={told.narrative} />
            </article>
          </>
        )
      )}
      <button type="button" className="button" onClick={() => timelineStore.getState().showPanel(null)}>
        {t('timeline.close')}
      </button>
    </aside>
  );
}
