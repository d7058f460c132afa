// Redaction for an audience: what each participant of a meeting may know, and the guard against
// what was withheld from them.
import { describe, expect, it } from 'vitest';
import { guardFor, mayKnow, redactFor } from '../../../shared/anonymise/audience';
import { findLeaksSync, LeakError } from '../../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../../shared/anonymise/sensitive';
import { utf8 } from '../../../shared/crypto/bytes';
import { laurentExample } from '../../../shared/examples/laurent';
import type { CaseDocument } from '../../../shared/model/case';
import type { Meeting, Participant } from '../../../shared/model/meeting';
import { updateNode } from '../../../shared/model/operations';
import { renderDiagramSvg } from '../../../shared/render/diagram';
import { createMeeting } from '../../../shared/synthese/meetings';

const NOTE = 'Léa évoque des cauchemars depuis la rentrée';

function prepared(): { doc: CaseDocument; meeting: Meeting; who: (name: string) => Participant } {
  let doc = laurentExample();
  const id = (name: string) => doc.nodes.find((n) => n.name === name)?.id ?? '';
  doc = updateNode(doc, id('Nadia Haddad'), { notes: NOTE, notesSharing: { level: 'professionals', with: [] } });
  doc = updateNode(doc, id('Juge Bernard'), { sharing: { level: 'none', with: [] } });
  doc = updateNode(doc, id('David Petit'), { notes: 'Ancien suivi au CSAPA de Roubaix' });
  doc = createMeeting(doc, { date: '2026-11-20' }).doc;
  const meeting = doc.meetings[0] as Meeting;
  const who = (name: string) => meeting.participants.find((p) => p.nodeId === id(name)) as Participant;
  return { doc, meeting, who };
}

const svgOf = (doc: CaseDocument) => utf8(renderDiagramSvg(doc, { locale: 'fr', title: doc.title }));

describe('redaction for a participant', () => {
  it('the family sees the structure shared with all, no notes, nothing "ne pas partager"', () => {
    const { doc, meeting, who } = prepared();
    const family = redactFor(doc, { kind: 'participant', meetingId: meeting.id, participantId: who('Sophie Laurent').id }, { locale: 'fr' });
    expect(family.doc.nodes.map((n) => n.name)).not.toContain('Juge Bernard');
    expect(family.doc.nodes.find((n) => n.name === 'Nadia Haddad')?.notes).toBe('');
    expect(family.doc.nodes.find((n) => n.name === 'David Petit')?.notes).toBe('');
    // The judge's referral to the educator goes with the judge.
    expect(family.doc.links.some((l) => l.kind === 'referral')).toBe(false);
    expect(family.doc.notes).toBe('');
    expect(family.doc.meetings).toHaveLength(1);
    // What was withheld is what the guard looks for; what they may see is not.
    const withheld = family.withheld.map((s) => s.text.toLowerCase());
    expect(withheld).toContain('bernard');
    expect(withheld).toContain('cauchemars depuis la');
    expect(withheld).toContain('roubaix');
    expect(withheld).not.toContain('léa');
    expect(withheld).not.toContain('juge');
    // Their diagram passes the guard; the practitioner's full diagram would not.
    expect(() => guardFor(family, svgOf(family.doc))).not.toThrow();
    expect(() => guardFor(family, svgOf(doc))).toThrow(LeakError);
  });

  it('a professional bound by secrecy reads the note shared with professionals, not the one shared with no one', () => {
    const { doc, meeting, who } = prepared();
    const as = redactFor(doc, { kind: 'participant', meetingId: meeting.id, participantId: who('Claire Dubois').id }, { locale: 'fr' });
    expect(as.doc.nodes.find((n) => n.name === 'Nadia Haddad')?.notes).toBe(NOTE);
    expect(as.doc.nodes.find((n) => n.name === 'David Petit')?.notes).toBe('');
    expect(as.doc.nodes.map((n) => n.name)).not.toContain('Juge Bernard');
    const withheld = as.withheld.map((s) => s.text.toLowerCase());
    expect(withheld).not.toContain('cauchemars depuis la');
    expect(withheld).toContain('roubaix');
    expect(findLeaksSync(utf8(NOTE), as.withheld)).toEqual([]);
  });

  it('a withheld institution leaves its professional standing alone where they were drawn', () => {
    const { doc, meeting, who } = prepared();
    const cmp = doc.nodes.find((n) => n.name === 'CMP');
    if (!cmp) throw new Error('fixture');
    const hidden = updateNode(doc, cmp.id, { sharing: { level: 'professionals', with: [] } });
    const family = redactFor(hidden, { kind: 'participant', meetingId: meeting.id, participantId: who('Sophie Laurent').id }, { locale: 'fr' });
    const psy = family.doc.nodes.find((n) => n.name === 'Nadia Haddad');
    expect(psy?.kind === 'professional' ? psy.institutionId : 'not a professional').toBeUndefined();
    expect(psy?.position).toEqual({ x: cmp.position.x + 24, y: cmp.position.y + 40 });
    // "CMP" names a kind of service: a preset word, not a secret.
    expect(family.doc.nodes.some((n) => n.id === cmp.id)).toBe(false);
  });

  it('named people: by element or by participant id', () => {
    const { who } = prepared();
    const sophie = who('Sophie Laurent');
    expect(mayKnow({ level: 'named', with: [sophie.nodeId as string] }, sophie)).toBe(true);
    expect(mayKnow({ level: 'named', with: [sophie.id] }, sophie)).toBe(true);
    expect(mayKnow({ level: 'named', with: ['someone-else'] }, sophie)).toBe(false);
    expect(mayKnow({ level: 'professionals', with: [] }, sophie)).toBe(false);
    expect(mayKnow({ level: 'professionals', with: [] }, who('Claire Dubois'))).toBe(true);
  });

  it('the meeting: people they may not know and the practitioner’s notes are not in their copy', () => {
    const base = prepared();
    const judge = base.doc.nodes.find((n) => n.name === 'Juge Bernard');
    if (!judge) throw new Error('fixture');
    const doc = { ...base.doc, meetings: [{ ...base.meeting, broughtBy: judge.id, notes: 'Ne pas évoquer la plainte de Julien', actions: [{ id: 'a1', text: 'Rappeler', ownerId: judge.id, done: false }] }] };
    const family = redactFor(doc, { kind: 'participant', meetingId: base.meeting.id, participantId: base.who('Sophie Laurent').id }, { locale: 'fr' });
    const meeting = family.doc.meetings[0] as Meeting;
    expect(meeting.broughtBy).toBeUndefined();
    expect(meeting.notes).toBe('');
    expect(meeting.actions[0]?.ownerId).toBeUndefined();
    expect(family.withheld.map((s) => s.text.toLowerCase())).toContain('la plainte de');
  });

  it('training is the audience that may know no identity: the anonymiser, then the guard', () => {
    const { doc } = prepared();
    const training = redactFor(doc, { kind: 'training' }, { locale: 'fr' });
    // A meeting keeps who takes part and how, nothing typed, no date, no original id.
    expect(training.doc.meetings).toHaveLength(doc.meetings.length);
    for (const [i, m] of training.doc.meetings.entries()) {
      expect(m).toMatchObject({ place: '', time: '', difficulty: '', questions: [], decisions: '', actions: [], notes: '' });
      expect(m.date).toBeUndefined();
      expect(m.id).not.toBe(doc.meetings[i]?.id);
      expect(m.participants).toHaveLength(doc.meetings[i]?.participants.length ?? 0);
    }
    expect(training.doc.nodes.some((n) => n.name.includes('Laurent'))).toBe(false);
    // Every name, service, place and date of the case is looked for.
    const withheld = new Set(training.withheld.map((s) => s.text));
    for (const s of sensitiveStrings(doc).filter((x) => x.source !== 'notes')) expect(withheld.has(s.text), s.text).toBe(true);
    expect(() => guardFor(training, svgOf(training.doc))).not.toThrow();
    expect(() => guardFor(training, svgOf(doc))).toThrow(LeakError);
  });

  it('the practitioner’s own copy is the case itself', () => {
    const { doc } = prepared();
    const own = redactFor(doc, { kind: 'practitioner' }, { locale: 'fr' });
    expect(own.doc).toBe(doc);
    expect(own.withheld).toEqual([]);
  });
});
