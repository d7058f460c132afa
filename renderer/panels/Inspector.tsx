import type { ReactNode } from 'react';
import { translate, type MessageKey } from '../../shared/i18n/messages';
import { withRole } from '../../shared/model/defaults';
import { CaseDocument } from '../../shared/model/case';
import { COUPLE_STATUSES, CoupleLink, DIRECTED_QUALITIES, DIRECTIONS, FILIATION_TYPES, PARTNERSHIPS, RELATION_QUALITIES, type CaseLink } from '../../shared/model/links';
import { Household } from '../../shared/model/household';
import { CIRCLES, FIELDS, GENDERS, INSTITUTION_CATEGORIES, PersonNode, type CaseNode, type InstitutionNode, type ProfessionalNode } from '../../shared/model/nodes';
import {
  addChild,
  allowedLinkKinds,
  changeLinkKind,
  couplesOf,
  createHousehold,
  householdOf,
  partnerIn,
  placeInNewInstitution,
  setHouseholdMembership,
  setIndexPerson,
  setInstitution,
  updateLink,
  updateNode,
} from '../../shared/model/operations';
import { CATEGORY_LABELS, FIELD_LABELS, findPreset, INSTITUTION_PRESETS, isPreset, ROLE_PRESETS, roleSuggestions } from '../../shared/model/presets';
import { PartialDate, type Id } from '../../shared/model/primitives';
import { commandTitle, execute } from '../app/commands';
import { useLocaleStore, useT, type Translate } from '../i18n';
import { editorStore, useEditor } from '../store/editor-store';
import { SharingFields } from '../synthese/SharingFields';
import { EventList } from '../timeline/DateFields';
import { PresetPicker } from './PresetPicker';
import { InterventionFields } from './InterventionFields';
import { Checkbox, Field, NumberInput, Select, TextInput } from './fields';

const apply = (update: (doc: CaseDocument) => CaseDocument) => editorStore.getState().apply(update);
const NONE = '__none__';
const NEW_PREFIX = '__new__:';
/** The dates of an intervention and a referral: a year or a month, or nothing. */
const isMonthOrEmpty = (text: string) => text === '' || /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(text);

/** Every attribute of the selection, in one panel. */
export function Inspector() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  // During a drag the document changes at every step; this panel shows nothing that moves.
  const doc = useEditor((s) => s.dragBase ?? s.doc);
  const selection = useEditor((s) => s.selection);
  const readOnly = useEditor((s) => s.readOnly);
  if (!doc) return null;
  const ids = [...selection];
  let body: ReactNode;
  if (ids.length === 0) {
    body = <CaseFields doc={doc} t={t} />;
  } else if (ids.length > 1) {
    const people = ids.filter((id) => doc.nodes.some((n) => n.id === id && n.kind === 'person'));
    body = (
      <>
        <h2>{t('inspector.multiple', { count: ids.length })}</h2>
        {people.length > 0 && (
          <button type="button" className="button" onClick={() => editorStore.getState().apply((d) => createHousehold(d, people), { select: 'created' })}>
            {t('action.createHousehold')}
          </button>
        )}
      </>
    );
  } else {
    const id = ids[0] as Id;
    const node = doc.nodes.find((n) => n.id === id);
    const link = doc.links.find((l) => l.id === id);
    const household = doc.households.find((h) => h.id === id);
    if (node) body = <NodeFields key={id} node={node} doc={doc} t={t} />;
    else if (link) body = <LinkFields key={id} link={link} doc={doc} t={t} />;
    else if (household)
      body = (
        <>
          <h2>{t('inspector.household')}</h2>
          <Field label={t('inspector.name')}>{(fid) => <TextInput id={fid} value={household.name} schema={Household.shape.name} onCommit={(name) => apply((d) => ({ ...d, households: d.households.map((h) => (h.id === id ? { ...h, name } : h)) }))} />}</Field>
          <p className="hint">{t('inspector.householdMembers', { count: household.members.length })}</p>
          <Field label={t('inspector.notes')}>{(fid) => <TextInput id={fid} multiline value={household.notes} schema={Household.shape.notes} onCommit={(notes) => apply((d) => ({ ...d, households: d.households.map((h) => (h.id === id ? { ...h, notes } : h)) }))} />}</Field>
          <SharingFields record={household} doc={doc} t={t} structureLabel={t('sharing.structure')} onChange={(patch) => apply((d) => ({ ...d, households: d.households.map((h) => (h.id === id ? { ...h, ...patch } : h)) }))} />
          <EventList subject={id} />
        </>
      );
  }
  return (
    <aside className="inspector" aria-label={t('inspector.title')} data-testid="inspector">
      {/* Read-only (the case is edited in another window): every field shows, none can change. */}
      <fieldset className="inspector-fields" disabled={readOnly}>
        {body}
        {ids.length > 0 && (
          <button type="button" className="button button-danger" onClick={() => execute('delete')} title={commandTitle('delete', t('command.delete'), locale)}>
            {t('command.delete')}
          </button>
        )}
      </fieldset>
    </aside>
  );
}

function CaseFields({ doc, t }: { doc: CaseDocument; t: Translate }) {
  return (
    <>
      <h2>{t('inspector.case')}</h2>
      <p className="hint">{t('inspector.caseHint')}</p>
      <Field label={t('inspector.caseNotes')}>{(id) => <TextInput id={id} multiline value={doc.notes} schema={CaseDocument.shape.notes} onCommit={(notes) => apply((d) => ({ ...d, notes }))} />}</Field>
      <SharingFields record={doc} doc={doc} t={t} onChange={(patch) => apply((d) => ({ ...d, ...patch }))} />
    </>
  );
}

function NodeFields({ node, doc, t }: { node: CaseNode; doc: CaseDocument; t: Translate }) {
  const common = (
    <>
      <Field label={t('inspector.name')}>{(id) => <TextInput id={id} value={node.name} schema={PersonNode.shape.name} onCommit={(name) => apply((d) => updateNode(d, node.id, { name }))} />}</Field>
    </>
  );
  const notes = <Field label={t('inspector.notes')}>{(id) => <TextInput id={id} multiline value={node.notes} schema={PersonNode.shape.notes} placeholder={t('inspector.notesHint')} onCommit={(value) => apply((d) => updateNode(d, node.id, { notes: value }))} />}</Field>;
  const pinned = <Checkbox label={t('inspector.pinned')} checked={node.pinned} onChange={(value) => apply((d) => updateNode(d, node.id, { pinned: value }))} />;
  const sharing = <SharingFields record={node} doc={doc} t={t} structureLabel={t('sharing.structure')} onChange={(patch) => apply((d) => updateNode(d, node.id, patch))} />;
  if (node.kind === 'person') return (<><h2>{t('inspector.person')}</h2>{common}<PersonFields node={node} doc={doc} t={t} />{pinned}{notes}{sharing}<EventList subject={node.id} /></>);
  if (node.kind === 'professional') return (<><h2>{t('inspector.professional')}</h2>{common}<ProfessionalFields node={node} doc={doc} t={t} />{pinned}{notes}{sharing}</>);
  return (<><h2>{t('inspector.institution')}</h2>{common}<InstitutionFields node={node} t={t} />{pinned}{notes}{sharing}</>);
}

function PersonFields({ node, doc, t }: { node: PersonNode; doc: CaseDocument; t: Translate }) {
  const household = householdOf(doc, node.id);
  const set = (patch: Partial<PersonNode>) => apply((d) => updateNode<'person'>(d, node.id, patch));
  return (
    <>
      <Field label={t('inspector.gender')}>{(id) => <Select id={id} value={node.gender} options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))} onChange={(gender) => set({ gender })} />}</Field>
      <div className="field-row">
        <Field label={t('inspector.age')}>{(id) => <NumberInput id={id} value={node.age} min={0} max={130} onCommit={(age) => set({ age })} />}</Field>
        <Field label={t('inspector.birthYear')}>{(id) => <NumberInput id={id} value={node.birthYear} min={1800} max={2200} onCommit={(birthYear) => set({ birthYear })} />}</Field>
      </div>
      <Checkbox label={t('inspector.index')} checked={node.index} onChange={(value) => apply((d) => setIndexPerson(d, node.id, value))} />
      <Checkbox label={t('inspector.deceased')} checked={node.deceased} onChange={(deceased) => set({ deceased })} />
      {node.deceased && (
        <div className="field-row">
          <Field label={t('inspector.deathYear')}>{(id) => <NumberInput id={id} value={node.deathYear} min={1800} max={2200} onCommit={(deathYear) => set({ deathYear })} />}</Field>
          <Field label={t('inspector.ageAtDeath')}>{(id) => <NumberInput id={id} value={node.ageAtDeath} min={0} max={130} onCommit={(ageAtDeath) => set({ ageAtDeath })} />}</Field>
        </div>
      )}
      {couplesOf(doc, node.id).map((couple) => {
        const partner = doc.nodes.find((n) => n.id === partnerIn(couple, node.id));
        return (
          <Field key={couple.id} label={t('inspector.coupleWith', { name: partner?.name || t('symbol.unnamed') })}>
            {(id) => <Select id={id} value={couple.status} options={COUPLE_STATUSES.map((v) => ({ value: v, label: t(`couple.${v}`) }))} onChange={(status) => apply((d) => updateLink(d, couple.id, { status }))} />}
          </Field>
        );
      })}
      <Field label={t('inspector.circle')}>{(id) => <Select id={id} value={node.circle} options={CIRCLES.map((c) => ({ value: c, label: t(`circle.${c}`) }))} onChange={(circle) => set({ circle })} />}</Field>
      <Field label={t('inspector.household')}>
        {(id) => (
          <Select
            id={id}
            value={household?.id ?? NONE}
            options={[{ value: NONE, label: t('inspector.noHousehold') }, ...doc.households.map((h) => ({ value: h.id, label: h.name || t('household.unnamed') })), { value: `${NEW_PREFIX}household`, label: t('inspector.newHousehold') }]}
            onChange={(value) =>
              value.startsWith(NEW_PREFIX)
                ? editorStore.getState().apply((d) => createHousehold(d, [node.id]))
                : apply((d) => setHouseholdMembership(d, node.id, value === NONE ? null : value))
            }
          />
        )}
      </Field>
    </>
  );
}

function ProfessionalFields({ node, doc, t }: { node: ProfessionalNode; doc: CaseDocument; t: Translate }) {
  const locale = useLocaleStore((s) => s.locale);
  const institutions = doc.nodes.filter((n): n is InstitutionNode => n.kind === 'institution');
  return (
    <>
      <PresetPicker
        of="role"
        value={node.role}
        // "Autre…" from a preset starts the free text from the preset's words, ready to be edited.
        startText={() => findPreset(ROLE_PRESETS, node.role)?.short[locale] ?? ''}
        // The role vocabulary as suggestions: what the anonymiser recognises as a function.
        suggestions={roleSuggestions(locale)}
        // A role brings its field and the mandate it implies (a curatrice acts under a judge's mandate).
        onChange={(role) => apply((d) => withRole(d, node.id, role))}
      />
      <Field label={t('inspector.institution')}>
        {(id) => (
          <Select
            id={id}
            value={node.institutionId ?? NONE}
            options={[
              { value: NONE, label: t('inspector.noInstitution') },
              ...institutions.map((i) => ({ value: i.id, label: i.name || CATEGORY_LABELS[i.category][locale] })),
              ...INSTITUTION_PRESETS.map((p) => ({ value: `${NEW_PREFIX}${p.key}`, label: t('inspector.newInstitution', { type: p.label[locale] }) })),
            ]}
            onChange={(value) => {
              if (value.startsWith(NEW_PREFIX)) {
                const preset = findPreset(INSTITUTION_PRESETS, value.slice(NEW_PREFIX.length));
                // The type from the preset, the name field open in place: "UDAF" becomes "UDAF du Nord" as it is said.
                if (preset) editorStore.getState().apply((d) => placeInNewInstitution(d, node.id, { name: preset.label[locale], type: preset.key, category: preset.category }), { select: [node.id], rename: true });
              } else {
                apply((d) => setInstitution(d, node.id, value === NONE ? null : value));
              }
            }}
          />
        )}
      </Field>
      {doc.links.map((link) => {
        if (link.kind !== 'intervention' || link.from !== node.id) return null;
        const target = doc.nodes.find((n) => n.id === link.to)?.name || doc.households.find((h) => h.id === link.to)?.name || t('household.unnamed');
        return (
          <fieldset key={link.id} className="intervention-fields">
            <legend>{t('inspector.interventionWith', { name: target })}</legend>
            <InterventionFields link={link} />
          </fieldset>
        );
      })}
      <Checkbox label={t('inspector.referent')} checked={node.referent ?? false} onChange={(referent) => apply((d) => updateNode<'professional'>(d, node.id, { referent: referent || undefined }))} />
      <Field label={t('inspector.field')}>
        {(id) => (
          <Select id={id} value={node.field ?? NONE} options={[{ value: NONE, label: '—' }, ...FIELDS.map((f) => ({ value: f, label: FIELD_LABELS[f][locale] }))]} onChange={(field) => apply((d) => updateNode<'professional'>(d, node.id, { field: field === NONE ? undefined : (field as ProfessionalNode['field']) }))} />
        )}
      </Field>
    </>
  );
}

function InstitutionFields({ node, t }: { node: InstitutionNode; t: Translate }) {
  const locale = useLocaleStore((s) => s.locale);
  return (
    <>
      <Field label={t('inspector.institutionType')}>
        {(id) => (
          <Select
            id={id}
            value={isPreset(INSTITUTION_PRESETS, node.type) ? node.type : NONE}
            options={[{ value: NONE, label: '—' }, ...INSTITUTION_PRESETS.map((p) => ({ value: p.key, label: p.label[locale] }))]}
            onChange={(type) => {
              const preset = findPreset(INSTITUTION_PRESETS, type);
              apply((d) => updateNode<'institution'>(d, node.id, { type: preset?.key ?? '', ...(preset ? { category: preset.category } : {}), ...(preset && !node.name ? { name: preset.label[locale] } : {}) }));
            }}
          />
        )}
      </Field>
      <Field label={t('inspector.category')}>
        {(id) => <Select id={id} value={node.category} options={INSTITUTION_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c][locale] }))} onChange={(category) => apply((d) => updateNode<'institution'>(d, node.id, { category }))} />}
      </Field>
    </>
  );
}

function LinkFields({ link, doc, t }: { link: CaseLink; doc: CaseDocument; t: Translate }) {
  const locale = useLocaleStore((s) => s.locale);
  const set = (patch: Partial<CaseLink>) => apply((d) => updateLink(d, link.id, patch));
  const kinds = allowedLinkKinds(doc, link);
  const options = <T extends string>(values: readonly T[], prefix: string) => values.map((v) => ({ value: v, label: translate(locale, `${prefix}.${v}` as MessageKey) }));
  return (
    <>
      <h2>{t(`link.${link.kind}`)}</h2>
      {kinds.length > 1 && (
        <Field label={t('inspector.linkKind')}>{(id) => <Select id={id} value={link.kind} options={kinds.map((k) => ({ value: k, label: t(`link.${k}`) }))} onChange={(kind) => apply((d) => changeLinkKind(d, link.id, kind))} />}</Field>
      )}
      {link.kind === 'couple' && (
        <>
          <Field label={t('inspector.coupleStatus')}>{(id) => <Select id={id} value={link.status} options={options(COUPLE_STATUSES, 'couple')} onChange={(status) => set({ status })} />}</Field>
          <div className="field-row">
            <Field label={t('inspector.startYear')}>{(id) => <NumberInput id={id} value={link.startYear} min={1800} max={2200} onCommit={(startYear) => set({ startYear })} />}</Field>
            <Field label={t('inspector.endYear')}>{(id) => <NumberInput id={id} value={link.endYear} min={1800} max={2200} onCommit={(endYear) => set({ endYear })} />}</Field>
          </div>
          <button type="button" className="button" onClick={() => editorStore.getState().apply((d) => addChild(d, [link.a, link.b]), { select: 'created', rename: true })}>
            {t('action.addChild')}
          </button>
        </>
      )}
      {link.kind === 'filiation' && <Field label={t('inspector.filiationType')}>{(id) => <Select id={id} value={link.type} options={options(FILIATION_TYPES, 'filiation')} onChange={(type) => set({ type })} />}</Field>}
      {link.kind === 'relation' && (
        <>
          <Field label={t('inspector.quality')}>
            {(id) => (
              // Support and violence go from someone towards someone: from the first end, unless already said.
              <Select id={id} value={link.quality} options={options(RELATION_QUALITIES, 'relation')} onChange={(quality) => set({ quality, ...(DIRECTED_QUALITIES.has(quality) && link.direction === 'none' ? { direction: 'forward' } : {}) })} />
            )}
          </Field>
          <Field label={t('inspector.direction')}>{(id) => <Select id={id} value={link.direction} options={options(DIRECTIONS, 'direction')} onChange={(direction) => set({ direction })} />}</Field>
          <Field label={t('inspector.intensity')}>{(id) => <Select id={id} value={String(link.intensity) as '1' | '2' | '3'} options={[{ value: '1', label: '1' }, { value: '2', label: '2' }, { value: '3', label: '3' }]} onChange={(v) => set({ intensity: Number(v) })} />}</Field>
        </>
      )}
      {link.kind === 'intervention' && (
        <>
          <InterventionFields link={link} />
        </>
      )}
      {link.kind === 'partnership' && <Field label={t('inspector.formality')}>{(id) => <Select id={id} value={link.formality} options={options(PARTNERSHIPS, 'partnership')} onChange={(formality) => set({ formality })} />}</Field>}
      {link.kind === 'referral' && <Field label={t('inspector.referralDate')}>{(id) => <TextInput id={id} value={link.date ?? ''} schema={PartialDate} placeholder="2024-03" accept={isMonthOrEmpty} invalidHint={t('inspector.dateHint')} onCommit={(date) => set({ date: date || undefined })} />}</Field>}
      <Field label={t('inspector.notes')}>{(id) => <TextInput id={id} multiline value={link.notes} schema={CoupleLink.shape.notes} placeholder={t('inspector.notesHint')} onCommit={(notes) => set({ notes })} />}</Field>
      <SharingFields record={link} doc={doc} t={t} structureLabel={t('sharing.link')} onChange={(patch) => set(patch)} />
    </>
  );
}
