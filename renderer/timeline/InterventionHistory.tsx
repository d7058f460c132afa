// An intervention's earlier forms in the inspector (shared/timeline/history.ts keeps them when its
// mandate or its measure changes): each with the date it changed, to correct, or to remove when
// the change was in fact a correction of what had been typed.
import type { InterventionForm, InterventionLink } from '../../shared/model/links';
import { measureLabel } from '../../shared/model/presets';
import { updateLink } from '../../shared/model/operations';
import { useLocaleStore, useT } from '../i18n';
import { Field } from '../panels/fields';
import { editorStore } from '../store/editor-store';
import { DateInput } from './DateFields';

export function InterventionHistory({ link }: { link: InterventionLink }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const history = link.history ?? [];
  if (history.length === 0) return null;
  const setHistory = (next: InterventionForm[]) =>
    editorStore.getState().apply((d) => updateLink(d, link.id, { history: next.length ? next : undefined }));
  return (
    <section className="intervention-history" data-testid="intervention-history">
      <h3>{t('interventionHistory.title')}</h3>
      <ul>
        {history.map((form, i) => (
          <li key={`${form.changed}-${i}`}>
            <p>{[form.measure ? measureLabel(form.measure, locale) : '', t(`mandate.${form.mandate}`)].filter(Boolean).join(' · ')}</p>
            <Field label={t('interventionHistory.changed')}>
              {(id) => <DateInput id={id} value={form.changed} onCommit={(changed) => changed && setHistory(history.map((f, k) => (k === i ? { ...f, changed } : f)))} />}
            </Field>
            <button type="button" className="tool" onClick={() => setHistory(history.filter((_f, k) => k !== i))}>
              {t('interventionHistory.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
