import { withMeasure } from '../../shared/model/defaults';
import { MANDATES, RELATION_QUALITIES, type InterventionLink } from '../../shared/model/links';
import { updateLink } from '../../shared/model/operations';
import { useT } from '../i18n';
import { editorStore } from '../store/editor-store';
import { InterventionDates } from '../timeline/DateFields';
import { InterventionHistory } from '../timeline/InterventionHistory';
import { Field, Select } from './fields';
import { PresetPicker } from './PresetPicker';

const NONE = '__none__';

/**
 * What an intervention is: its mandate, its measure (a preset, or typed), the quality of the
 * relationship with the person (drawn as for relations: a conflictual mediator is one link), its
 * dates, its earlier forms. The same fields under a professional and on the selected link.
 */
export function InterventionFields({ link }: { link: InterventionLink }) {
  const t = useT();
  const apply = editorStore.getState().apply;
  const set = (patch: Partial<InterventionLink>) => apply((d) => updateLink(d, link.id, patch));
  return (
    <>
      <Field label={t('inspector.mandate')}>{(id) => <Select id={id} value={link.mandate} options={MANDATES.map((v) => ({ value: v, label: t(`mandate.${v}`) }))} onChange={(mandate) => set({ mandate })} />}</Field>
      <PresetPicker
        of="measure"
        value={link.measure}
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
      <InterventionHistory link={link} />
    </>
  );
}
