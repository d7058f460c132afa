import { withMeasure } from '../../shared/model/defaults';
import { InterventionLink, MANDATES, RELATION_QUALITIES } from '../../shared/model/links';
import { updateLink } from '../../shared/model/operations';
import { MEASURE_PRESETS } from '../../shared/model/presets';
import { useLocaleStore, useT } from '../i18n';
import { editorStore } from '../store/editor-store';
import { InterventionDates } from '../timeline/DateFields';
import { Field, Select } from './fields';
import { PresetPicker } from './PresetPicker';

const NONE = '__none__';

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
  return (
    <>
      <Field label={t('inspector.mandate')}>{(id) => <Select id={id} value={link.mandate} options={MANDATES.map((v) => ({ value: v, label: t(`mandate.${v}`) }))} onChange={(mandate) => set({ mandate })} />}</Field>
      <PresetPicker
        label={t('inspector.measure')}
        textLabel={t('inspector.measureText')}
        otherLabel={t('inspector.otherMeasure')}
        options={MEASURE_PRESETS.map((m) => ({ value: m.key, label: m.label[locale] }))}
        value={link.measure}
        schema={InterventionLink.shape.measure}
        // A measure brings the mandate it is taken under (an AEMO is judicial).
        onChange={(measure) => apply((d) => withMeasure(d, link.id, measure))}
      />
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
