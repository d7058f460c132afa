// The "Synthèse" panel beside the map: prepare a meeting (who takes part, with what part and
// status), the family's consent, who is missing (each item selects what it is about on the
// canvas), what happens after the meeting, and the sheets (downloaded or printed in one action).
// Every change goes through the editor store: undoable and saved like any edit of the map.
import { useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { LeakError } from '../../shared/anonymise/leak-guard';
import { redactFor, type Audience } from '../../shared/anonymise/audience';
import { renderDiagramSvg } from '../../shared/render/diagram';
import type { CaseDocument } from '../../shared/model/case';
import { Consent, Meeting, MeetingAction, MEETING_KINDS, PARTICIPANT_PARTS, PARTICIPANT_STATUSES, type Participant } from '../../shared/model/meeting';
import type { Id, PartialDate } from '../../shared/model/primitives';
import { DateInput } from '../timeline/DateFields';
import {
  addAction,
  addExternalParticipant,
  addParticipants,
  clearConsent,
  createMeeting,
  currentMeeting,
  deleteMeeting,
  familyAdults,
  findMeeting,
  markHeld,
  participantName,
  removeAction,
  removeParticipant,
  setConsent,
  updateAction,
  updateMeeting,
  updateParticipant,
} from '../../shared/synthese/meetings';
import { describeMissing, whoIsMissing } from '../../shared/synthese/missing';
import type { ConsentState, SheetKind } from '../../shared/synthese/sheet-data';
import { capitalise, formatPartialDate, sheetFileName, sheetPdf, sheetSvg, type SheetRequest } from '../../shared/synthese/sheet';
import { roleLabel } from '../../shared/model/presets';
import { fitViewOptions } from '../canvas/fit-view';
import { appFontFiles } from '../export/app-fonts';
import { Checkbox, Field, Select, TextInput } from '../panels/fields';
import { useLocaleStore, useT, type Translate } from '../i18n';
import { getPlatform } from '../platform';
import { routesFor } from '../canvas/router';
import { editorStore, useEditor } from '../store/editor-store';
import { PrintPreview } from './PrintPreview';
import { sheetsToPrint } from './print';

const apply = (update: (doc: CaseDocument) => CaseDocument) => editorStore.getState().apply(update);
const NONE = '__none__';
const PRACTITIONER = '__practitioner__';

/** A date field: the one date entry of the app (parser, placeholder, message), as for interventions. */
function DateField({ label, value, onCommit }: { label: string; value: PartialDate | undefined; onCommit(value: PartialDate | undefined): void }) {
  return <Field label={label}>{(id) => <DateInput id={id} value={value} onCommit={onCommit} />}</Field>;
}

export function SynthesePanel({ onClose }: { onClose(): void }) {
  const t = useT();
  const doc = useEditor((s) => s.dragBase ?? s.doc);
  const readOnly = useEditor((s) => s.readOnly);
  const [chosen, setChosen] = useState<Id | null>(null);
  if (!doc) return null;
  const meeting = findMeeting(doc, chosen ?? undefined) ?? currentMeeting(doc);
  const create = () => {
    let created: Id | undefined;
    editorStore.getState().apply((d) => {
      const change = createMeeting(d);
      created = change.created[0];
      return change.doc;
    });
    if (created) setChosen(created);
  };
  return (
    <aside className="synthese-panel" aria-label={t('synthese.title')} data-testid="synthese-panel">
      <header className="synthese-header">
        <h2>{t('synthese.title')}</h2>
        <button type="button" className="tool" onClick={onClose} aria-label={t('synthese.close')} title={t('synthese.close')}>
          ×
        </button>
      </header>
      {/* Read-only (the case is edited in another window): everything shows, nothing changes. */}
      <fieldset className="inspector-fields" disabled={readOnly}>
      {doc.meetings.length > 1 && (
        <Field label={t('synthese.meeting')}>
          {(id) => (
            <Select
              id={id}
              value={meeting?.id ?? ''}
              options={doc.meetings.map((m) => ({ value: m.id, label: `${t(`meeting.kind.${m.kind}`)} — ${formatPartialDate(m.date, useLocaleStore.getState().locale) || t('sheet.undated')}` }))}
              onChange={setChosen}
            />
          )}
        </Field>
      )}
      {meeting ? (
        <MeetingEditor doc={doc} meeting={meeting} t={t} onNew={create} />
      ) : (
        <>
          <p className="hint">{t('synthese.prepareHint')}</p>
          <button type="button" className="button button-primary" onClick={create}>
            {t('synthese.prepare')}
          </button>
          <MissingList doc={doc} meeting={null} t={t} />
        </>
      )}
      </fieldset>
    </aside>
  );
}

function MeetingEditor({ doc, meeting, t, onNew }: { doc: CaseDocument; meeting: Meeting; t: Translate; onNew(): void }) {
  const locale = useLocaleStore((s) => s.locale);
  const set = (patch: Parameters<typeof updateMeeting>[2]) => apply((d) => updateMeeting(d, meeting.id, patch));
  // Whoever brings the situation: a professional first, but a family member or anyone of the
  // network may, and so may a participant who is not on the map.
  const named = (name: string, more: string) => [name || t('symbol.unnamed'), more].filter(Boolean).join(' — ');
  const bringers = [
    ...doc.nodes.filter((n) => n.kind === 'professional').map((n) => ({ id: n.id, label: named(n.name, n.role ? roleLabel(n.role, locale) : '') })),
    ...doc.nodes.filter((n) => n.kind === 'person').map((n) => ({ id: n.id, label: named(n.name, n.circle === 'family' ? t('sheet.familyTie') : capitalise(t(`circle.${n.circle}`))) })),
    ...meeting.participants.filter((p) => !p.nodeId).map((p) => ({ id: p.id, label: named(p.name, p.role) })),
  ];
  return (
    <>
      <details open className="synthese-section">
        <summary>{t('synthese.meeting')}</summary>
        <Field label={t('synthese.kind')}>{(id) => <Select id={id} value={meeting.kind} options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))} onChange={(kind) => set({ kind })} />}</Field>
        <div className="field-row">
          <DateField label={t('synthese.date')} value={meeting.date} onCommit={(date) => set({ date })} />
          <Field label={t('synthese.time')}>{(id) => <TextInput id={id} value={meeting.time} schema={Meeting.shape.time} placeholder="14:00" onCommit={(time) => set({ time: time.slice(0, 200) })} />}</Field>
        </div>
        <Field label={t('synthese.place')}>{(id) => <TextInput id={id} value={meeting.place} schema={Meeting.shape.place} onCommit={(place) => set({ place: place.slice(0, 200) })} />}</Field>
        <Field label={t('synthese.broughtBy')}>
          {(id) => (
            <Select
              id={id}
              value={meeting.broughtBy ?? NONE}
              options={[{ value: NONE, label: '—' }, ...bringers.map((b) => ({ value: b.id, label: b.label }))]}
              onChange={(value) => set({ broughtBy: value === NONE ? undefined : value })}
            />
          )}
        </Field>
        <Field label={t('synthese.difficulty')}>{(id) => <TextInput id={id} multiline value={meeting.difficulty} schema={Meeting.shape.difficulty} onCommit={(difficulty) => set({ difficulty: difficulty.slice(0, 50_000) })} />}</Field>
        <Field label={t('synthese.questions')}>
          {(id) => <TextInput id={id} multiline value={meeting.questions.join('\n')} schema={Meeting.shape.notes} onCommit={(text) => set({ questions: text.split('\n').map((q) => q.trim().slice(0, 2000)).filter(Boolean).slice(0, 100) })} />}
        </Field>
      </details>
      <Participants doc={doc} meeting={meeting} t={t} />
      <ConsentSection doc={doc} t={t} />
      <MissingList doc={doc} meeting={meeting} t={t} />
      <AfterMeeting doc={doc} meeting={meeting} t={t} locale={locale} />
      <Sheets doc={doc} meeting={meeting} t={t} />
      <div className="synthese-footer">
        <button type="button" className="button" onClick={onNew}>
          {t('synthese.newMeeting')}
        </button>
        <button type="button" className="button button-danger" onClick={() => apply((d) => deleteMeeting(d, meeting.id))}>
          {t('synthese.delete')}
        </button>
      </div>
    </>
  );
}

function Participants({ doc, meeting, t }: { doc: CaseDocument; meeting: Meeting; t: Translate }) {
  const [other, setOther] = useState({ name: '', role: '', institution: '', professional: true, addToMap: false });
  const present = new Set(meeting.participants.map((p) => p.nodeId));
  const addable = doc.nodes.filter((n) => n.kind !== 'institution' && !present.has(n.id));
  const select = (id: Id | undefined) => id && editorStore.getState().select([id]);
  return (
    <details open className="synthese-section">
      <summary>{t('synthese.participants', { count: meeting.participants.length })}</summary>
      <ul className="participant-list">
        {meeting.participants.map((p) => {
          const name = participantName(doc, p) || t('symbol.unnamed');
          const change = (patch: Partial<Participant>) => apply((d) => updateParticipant(d, meeting.id, p.id, patch));
          return (
            <li key={p.id} className="participant-row">
              <button type="button" className="link-button participant-name" onClick={() => select(p.nodeId)} disabled={!p.nodeId}>
                {name}
              </button>
              <select aria-label={t('synthese.status', { name })} value={p.status} onChange={(e) => change({ status: e.target.value as Participant['status'] })}>
                {PARTICIPANT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`participant.status.${s}`)}
                  </option>
                ))}
              </select>
              <select aria-label={t('synthese.part', { name })} value={p.part} onChange={(e) => change({ part: e.target.value as Participant['part'] })}>
                {PARTICIPANT_PARTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`participant.part.${s}`)}
                  </option>
                ))}
              </select>
              <label className="checkbox secrecy" title={t('synthese.secrecy', { name })}>
                <input type="checkbox" aria-label={t('synthese.secrecy', { name })} checked={p.boundBySecrecy} onChange={(e) => change({ boundBySecrecy: e.target.checked })} />
                {t('sheet.col.secrecy')}
              </label>
              <button type="button" className="tool remove" aria-label={t('synthese.remove', { name })} title={t('synthese.remove', { name })} onClick={() => apply((d) => removeParticipant(d, meeting.id, p.id))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {addable.length > 0 && (
        <select aria-label={t('synthese.addFromMap')} value="" onChange={(e) => e.target.value && apply((d) => addParticipants(d, meeting.id, [e.target.value]))}>
          <option value="">{t('synthese.addFromMap')}</option>
          {addable.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name || t('symbol.unnamed')}
            </option>
          ))}
        </select>
      )}
      <details className="synthese-other">
        <summary>{t('synthese.addOther')}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!other.name.trim()) return;
            editorStore.getState().apply((d) => addExternalParticipant(d, meeting.id, other));
            setOther({ ...other, name: '', role: '', institution: '' });
          }}
        >
          <label className="field">
            <span>{t('synthese.otherName')}</span>
            <input type="text" maxLength={200} value={other.name} onChange={(e) => setOther({ ...other, name: e.target.value })} />
          </label>
          <div className="field-row">
            <label className="field">
              <span>{t('synthese.otherRole')}</span>
              <input type="text" maxLength={200} value={other.role} onChange={(e) => setOther({ ...other, role: e.target.value })} />
            </label>
            <label className="field">
              <span>{t('synthese.otherInstitution')}</span>
              <input type="text" maxLength={200} value={other.institution} onChange={(e) => setOther({ ...other, institution: e.target.value })} />
            </label>
          </div>
          <Checkbox label={t('synthese.otherProfessional')} checked={other.professional} onChange={(professional) => setOther({ ...other, professional })} />
          <Checkbox label={t('synthese.otherToMap')} checked={other.addToMap} onChange={(addToMap) => setOther({ ...other, addToMap })} />
          <button type="submit" className="button" disabled={!other.name.trim()}>
            {t('synthese.add')}
          </button>
        </form>
      </details>
    </details>
  );
}

function consentStateOf(doc: CaseDocument, personId: Id): ConsentState {
  const c = doc.consents.find((x) => x.personId === personId);
  if (!c) return 'none';
  if (c.withdrawn) return 'withdrawn';
  return c.agreed ? (c.form ?? 'oral') : 'refused';
}

const CONSENT_CHOICES: readonly ConsentState[] = ['none', 'oral', 'written', 'refused', 'withdrawn'];

function ConsentSection({ doc, t }: { doc: CaseDocument; t: Translate }) {
  const adults = familyAdults(doc);
  const choose = (personId: Id, state: ConsentState) =>
    apply((d) => {
      if (state === 'none') return clearConsent(d, personId);
      if (state === 'withdrawn') return setConsent(d, personId, { withdrawn: true });
      if (state === 'refused') return setConsent(d, personId, { agreed: false, withdrawn: false, form: undefined });
      return setConsent(d, personId, { agreed: true, withdrawn: false, form: state });
    });
  return (
    <details open className="synthese-section">
      <summary>{t('consent.title')}</summary>
      {adults.length === 0 && <p className="hint">{t('consent.noAdult')}</p>}
      {adults.map((a) => {
        const state = consentStateOf(doc, a.id);
        const consent = doc.consents.find((c) => c.personId === a.id);
        return (
          <div key={a.id} className="consent-row">
            <Field label={t('consent.of', { name: a.name || t('symbol.unnamed') })}>
              {(id) => <Select id={id} value={state} options={CONSENT_CHOICES.map((s) => ({ value: s, label: t(`consent.state.${s}`) }))} onChange={(s) => choose(a.id, s)} />}
            </Field>
            {consent && (
              <div className="field-row">
                <DateField label={t('consent.dateOf', { name: a.name })} value={consent.date} onCommit={(date) => apply((d) => setConsent(d, a.id, { date }))} />
                <Field label={t('consent.limitsOf', { name: a.name })}>{(id) => <TextInput id={id} value={consent.limits} schema={Consent.shape.limits} onCommit={(limits) => apply((d) => setConsent(d, a.id, { limits: limits.slice(0, 50_000) }))} />}</Field>
              </div>
            )}
          </div>
        );
      })}
    </details>
  );
}

function MissingList({ doc, meeting, t }: { doc: CaseDocument; meeting: Meeting | null; t: Translate }) {
  const locale = useLocaleStore((s) => s.locale);
  const flow = useReactFlow();
  const items = whoIsMissing(doc, meeting);
  const show = (nodeIds: Id[], linkIds: Id[]) => {
    editorStore.getState().select([...nodeIds, ...linkIds]);
    // Clear of the legend, as every fit is (it covered the people shown).
    void flow.fitView(fitViewOptions(0.4, { nodes: nodeIds.map((id) => ({ id })), maxZoom: 1.2, duration: 250 }));
  };
  return (
    <details open className="synthese-section" data-testid="missing-list">
      <summary>{t('missing.title')} ({items.length})</summary>
      {items.length === 0 && <p className="hint">{t('missing.none')}</p>}
      <ul className="missing-list">
        {items.map((item) => (
          <li key={item.key} className={`missing-item missing-${item.rule}`}>
            <button type="button" className="link-button" onClick={() => show(item.nodeIds, item.linkIds)}>
              {describeMissing(doc, item, locale)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

function AfterMeeting({ doc, meeting, t, locale }: { doc: CaseDocument; meeting: Meeting; t: Translate; locale: 'fr' | 'en' }) {
  const owners = doc.nodes.filter((n) => n.kind !== 'institution');
  return (
    <details open={!!meeting.heldAt} className="synthese-section">
      <summary>{t('synthese.after')}</summary>
      {meeting.heldAt ? (
        <p className="hint">{t('synthese.heldOn', { date: new Date(meeting.heldAt).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB') })}</p>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => apply((d) => markHeld(d, meeting.id, t('synthese.snapshotName', { kind: t(`meeting.kind.${meeting.kind}`), date: formatPartialDate(meeting.date, locale) || new Date().toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB') })))}
        >
          {t('synthese.markHeld')}
        </button>
      )}
      <Field label={t('synthese.decisions')}>{(id) => <TextInput id={id} multiline value={meeting.decisions} schema={Meeting.shape.decisions} onCommit={(decisions) => apply((d) => updateMeeting(d, meeting.id, { decisions: decisions.slice(0, 50_000) }))} />}</Field>
      <fieldset className="actions-fields">
        <legend>{t('synthese.actions')}</legend>
        {meeting.actions.map((a, i) => {
          const n = i + 1;
          const change = (patch: Parameters<typeof updateAction>[3]) => apply((d) => updateAction(d, meeting.id, a.id, patch));
          return (
            <div key={a.id} className="action-row">
              <Field label={t('synthese.actionText', { n })}>{(id) => <TextInput id={id} value={a.text} schema={MeetingAction.shape.text} onCommit={(text) => change({ text: text.slice(0, 2000) })} />}</Field>
              <div className="field-row">
                <Field label={t('synthese.actionOwner', { n })}>
                  {(id) => <Select id={id} value={a.ownerId ?? NONE} options={[{ value: NONE, label: '—' }, ...owners.map((o) => ({ value: o.id, label: o.name || t('symbol.unnamed') }))]} onChange={(v) => change({ ownerId: v === NONE ? undefined : v })} />}
                </Field>
                <DateField label={t('synthese.actionDue', { n })} value={a.due} onCommit={(due) => change({ due })} />
              </div>
              <div className="action-tools">
                <Checkbox label={t('synthese.actionDone', { n })} checked={a.done} onChange={(done) => change({ done })} />
                <button type="button" className="tool remove" aria-label={t('synthese.remove', { name: `${n}` })} onClick={() => apply((d) => removeAction(d, meeting.id, a.id))}>
                  ×
                </button>
              </div>
            </div>
          );
        })}
        <button type="button" className="button" onClick={() => editorStore.getState().apply((d) => addAction(d, meeting.id))}>
          {t('synthese.addAction')}
        </button>
      </fieldset>
      <DateField label={t('synthese.nextMeeting')} value={meeting.nextMeeting} onCommit={(nextMeeting) => apply((d) => updateMeeting(d, meeting.id, { nextMeeting }))} />
      <fieldset className="recipients">
        <legend>{t('synthese.recipients')}</legend>
        {meeting.participants.map((p) => (
          <Checkbox
            key={p.id}
            label={participantName(doc, p) || t('symbol.unnamed')}
            checked={meeting.reportRecipients.includes(p.id)}
            onChange={(on) => apply((d) => updateMeeting(d, meeting.id, { reportRecipients: on ? [...meeting.reportRecipients, p.id] : meeting.reportRecipients.filter((id) => id !== p.id) }))}
          />
        ))}
      </fieldset>
    </details>
  );
}

function Sheets({ doc, meeting, t }: { doc: CaseDocument; meeting: Meeting; t: Translate }) {
  const locale = useLocaleStore((s) => s.locale);
  const [reader, setReader] = useState<string>(PRACTITIONER);
  const [kind, setKind] = useState<SheetKind>('preparation');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [printing, setPrinting] = useState<{ pages: string[]; sheets: number } | null>(null);
  const audienceOf = (participantId: string): Audience => (participantId === PRACTITIONER ? { kind: 'practitioner' } : { kind: 'participant', meetingId: meeting.id, participantId });
  const nameOf = (participantId: string) => {
    const p = meeting.participants.find((x) => x.id === participantId);
    return p ? participantName(doc, p) : t('synthese.practitioner');
  };
  // The network is drawn with its links routed, as on the canvas (libavoid is loaded with it).
  const request = (participantId: string, sheetKind: SheetKind = kind): SheetRequest => ({ kind: sheetKind, meetingId: meeting.id, audience: audienceOf(participantId), locale, route: routesFor });
  const explain = (error: unknown, participantId: string) =>
    setMessage({ error: true, text: error instanceof LeakError ? t('synthese.blocked', { text: error.leaks[0]?.text ?? '', name: nameOf(participantId) }) : error instanceof Error ? error.message : String(error) });

  const download = async (format: 'pdf' | 'svg') => {
    setBusy(true);
    setMessage(null);
    const index = meeting.participants.findIndex((p) => p.id === reader) + 1;
    try {
      const name = await getPlatform().saveFile({
        suggestedName: sheetFileName(kind, audienceOf(reader), format, locale, index),
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
        data: async () => {
          const started = performance.now();
          const bytes = format === 'pdf' ? await sheetPdf(doc, request(reader), appFontFiles) : sheetSvg(doc, request(reader));
          performance.measure(`maillage:sheet:${format}`, { start: started, end: performance.now() });
          return bytes;
        },
      });
      if (name) setMessage({ error: false, text: t('synthese.saved', { name }) });
    } catch (error) {
      explain(error, reader);
    }
    setBusy(false);
  };

  // One action prints one sheet per reader: each participant's preparation sheet, or after the
  // meeting each recipient's compte rendu.
  const printFor = (sheetKind: SheetKind, readers: readonly Participant[]) => {
    setMessage(null);
    let current = '';
    try {
      const pages = readers.flatMap((p) => {
        current = p.id;
        return sheetsToPrint([request(p.id, sheetKind)], doc);
      });
      setPrinting({ pages, sheets: readers.length });
    } catch (error) {
      explain(error, current);
    }
  };
  const recipients = meeting.participants.filter((p) => meeting.reportRecipients.includes(p.id));

  return (
    <details open className="synthese-section" data-testid="sheets">
      <summary>{t('synthese.sheets')}</summary>
      <Field label={t('synthese.sheetFor')}>
        {(id) => <Select id={id} value={reader} options={[{ value: PRACTITIONER, label: t('synthese.practitioner') }, ...meeting.participants.map((p) => ({ value: p.id, label: participantName(doc, p) || t('symbol.unnamed') }))]} onChange={setReader} />}
      </Field>
      <Field label={t('synthese.sheetKind')}>
        {(id) => <Select<string> id={id} value={kind} options={[{ value: 'preparation', label: t('synthese.preparation') }, { value: 'report', label: t('synthese.report') }]} onChange={(value) => setKind(value === 'report' ? 'report' : 'preparation')} />}
      </Field>
      <ReaderPreview doc={doc} audience={audienceOf(reader)} name={nameOf(reader)} t={t} />
      <div className="sheet-buttons">
        <button type="button" className="button" disabled={busy} onClick={() => void download('pdf')}>
          {t('synthese.download', { format: 'PDF' })}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void download('svg')}>
          {t('synthese.download', { format: 'SVG' })}
        </button>
      </div>
      <button type="button" className="button button-primary" disabled={meeting.participants.length === 0} onClick={() => printFor('preparation', meeting.participants)}>
        {t('synthese.printAll', { count: meeting.participants.length })}
      </button>
      {recipients.length > 0 && (
        <button type="button" className="button" onClick={() => printFor('report', recipients)}>
          {t('synthese.printReports', { count: recipients.length })}
        </button>
      )}
      {message && (
        <p className={message.error ? 'form-error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {printing && <PrintPreview pages={printing.pages} sheets={printing.sheets} t={t} onClose={() => setPrinting(null)} />}
    </details>
  );
}

/**
 * The map as the chosen reader may know it: what they may not know is gone or generalised (the
 * same redaction as their sheet). Worked out only while open: it is redone at every edit.
 */
function ReaderPreview({ doc, audience, name, t }: { doc: CaseDocument; audience: Audience; name: string; t: Translate }) {
  const locale = useLocaleStore((s) => s.locale);
  const [open, setOpen] = useState(false);
  const key = audience.kind === 'participant' ? audience.participantId : audience.kind;
  const src = useMemo(() => {
    if (!open) return null;
    try {
      const redacted = redactFor(doc, audience, { locale }).doc;
      const routes = routesFor(redacted);
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderDiagramSvg(redacted, { locale, showLegend: false, ...(routes ? { routes } : {}) }))}`;
    } catch {
      return null;
    }
    // The audience is keyed by its reader: a new object each render must not recompute.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, doc, key, locale]);
  return (
    <details className="reader-preview" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('synthese.preview', { name })}</summary>
      {src && <img src={src} alt={t('synthese.preview', { name })} />}
    </details>
  );
}
