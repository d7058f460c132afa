import { useState } from 'react';
import { withMeasure } from '../../shared/model/defaults';
import { InterventionLink, MANDATES, RELATION_QUALITIES } from '../../shared/model/links';
import { updateLink } from '../../shared/model/operations';
import { isPreset, MEASURE_PRESETS } from '../../shared/model/presets';
import { useLocaleStore, useT } from '../i18n';
import { editorStore } from '../store/editor-store';
import { InterventionDates } from '../timeline/DateFields';
import { Field, Select, TextInput } from './fields';

const NONE = '__none__';
const OTHER = '__other__';

/**
 * What an intervention is: its mandate, its measure (a preset, or typed), the quality of the
 * relationship with the person (drawn as for relations: a conflictual mediator is one link), its
 * dates. The same fields under a professional and on the selected link.
 */
export function InterventionFields({ link }: { link: InterventionLink }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const apply = editorStore.getState().apply;
  const set = (patch: Partial<InterventionLink>) => apply((d) => updateLink(d, link.id, patch));
  // "Autre…" opens the typed measure empty: nothing is stored until something is typed.
  const [typing, setTyping] = useState(false);
  const typed = link.measure !== '' && !isPreset(MEASURE_PRESETS, link.measure);
  return (
    <>
      <Field label={t('inspector.mandate')}>{(id) => <Select id={id} value={link.mandate} options={MANDATES.map((v) => ({ value: v, label: t(`mandate.${v}`) }))} onChange={(mandate) => set({ mandate })} />}</Field>
      <Field label={t('inspector.measure')}>
        {(id) => (
          <Select
            id={id}
            value={typed || typing ? OTHER : link.measure || NONE}
            options={[{ value: NONE, label: '—' }, ...MEASURE_PRESETS.map((m) => ({ value: m.key, label: m.label[locale] })), { value: OTHER, label: t('inspector.otherMeasure') }]}
            onChange={(measure) => {
              setTyping(measure === OTHER);
              if (measure !== OTHER) apply((d) => withMeasure(d, link.id, measure === NONE ? '' : measure));
            }}
          />
        )}
      </Field>
      {(typed || typing) && <Field label={t('inspector.measureText')}>{(id) => <TextInput id={id} value={typed ? link.measure : ''} schema={InterventionLink.shape.measure} accept={(text) => text.trim() !== ''} autoFocus={typing && !typed} onCommit={(measure) => set({ measure })} />}</Field>}
      <Field label={t('inspector.quality')}>
        {(id) => (
          <Select
            id={id}
            value={link.quality ?? NONE}
            options={[{ value: NONE, label: t('inspector.noQuality') }, ...RELATION_QUALITIES.map((q) => ({ value: q, label: t(`relation.${q}`) }))]}
            onChange={(quality) => set({ quality: quality === NONE ? undefined : quality })}
          />
        )}
      </Field>
      <InterventionDates link={link} />
    </>
  );
}
