// "Que dire, à qui": the circulation levels of a record (an element, a link, a household) and of its
// notes, in the inspector. Defaults protect: the structure is shared with all, notes with no one.
import type { CaseDocument } from '../../shared/model/case';
import type { Id } from '../../shared/model/primitives';
import { notesSharingOf, SHARING_LEVELS, structureSharingOf, type Sharing, type SharingLevel } from '../../shared/model/sharing';
import { currentMeeting, participantName } from '../../shared/synthese/meetings';
import { Checkbox, Field, Select } from '../panels/fields';
import type { Translate } from '../i18n';

interface SharingRecord {
  sharing?: Sharing | undefined;
  notesSharing?: Sharing | undefined;
}

function LevelField({ label, sharing, doc, t, onChange }: { label: string; sharing: Sharing; doc: CaseDocument; t: Translate; onChange(sharing: Sharing): void }) {
  const meeting = currentMeeting(doc);
  // Who can be named: the participants of the current meeting, else the people of the map.
  const people: Array<{ id: Id; name: string }> = meeting
    ? meeting.participants.map((p) => ({ id: p.nodeId ?? p.id, name: participantName(doc, p) || t('symbol.unnamed') }))
    : doc.nodes.filter((n) => n.kind !== 'institution').map((n) => ({ id: n.id, name: n.name || t('symbol.unnamed') }));
  return (
    <>
      <Field label={label}>
        {(id) => <Select id={id} value={sharing.level} options={SHARING_LEVELS.map((level) => ({ value: level, label: t(`sharing.level.${level}`) }))} onChange={(level: SharingLevel) => onChange({ level, with: level === 'named' ? sharing.with : [] })} />}
      </Field>
      {sharing.level === 'named' && (
        <fieldset className="sharing-with">
          <legend>{t('sharing.with')}</legend>
          {people.map((p) => (
            <Checkbox key={p.id} label={p.name} checked={sharing.with.includes(p.id)} onChange={(on) => onChange({ level: 'named', with: on ? [...sharing.with, p.id] : sharing.with.filter((x) => x !== p.id) })} />
          ))}
        </fieldset>
      )}
    </>
  );
}

/** Both levels of a record; `structureLabel` says what the record is (element, link, household). */
export function SharingFields({ record, doc, t, structureLabel, onChange }: { record: SharingRecord; doc: CaseDocument; t: Translate; structureLabel?: string; onChange(patch: SharingRecord): void }) {
  return (
    <div className="sharing-fields" title={t('sharing.hint')}>
      {structureLabel && <LevelField label={structureLabel} sharing={structureSharingOf(record)} doc={doc} t={t} onChange={(sharing) => onChange({ sharing })} />}
      <LevelField label={t('sharing.notes')} sharing={notesSharingOf(record)} doc={doc} t={t} onChange={(notesSharing) => onChange({ notesSharing })} />
    </div>
  );
}
