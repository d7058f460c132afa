// The sheets of a synthèse: what each reader's copy holds, and the pages they are drawn on.
import { describe, expect, it } from 'vitest';
import { nodeFontFiles } from '../../../build/cli/node-fonts';
import { findLeaksSync, LeakError } from '../../../shared/anonymise/leak-guard';
import { laurentExample } from '../../../shared/examples/laurent';
import type { CaseDocument } from '../../../shared/model/case';
import type { Meeting } from '../../../shared/model/meeting';
import { restoreCase } from '../../../shared/model/restore';
import { addPartner, updateNode } from '../../../shared/model/operations';
import { addAction, addExternalParticipant, createMeeting, removeParticipant, setConsent, updateMeeting } from '../../../shared/synthese/meetings';
import { SheetData, prepareSheet, sheetJson, sheetPages, sheetPdf, sheetSvg, sheetSvgText, wrapText, textWidth, type SheetRequest } from '../../../shared/synthese/sheet';

const NOTE = 'Léa évoque des cauchemars depuis la rentrée';
const NOW = new Date('2026-11-15T10:00:00Z');

function prepared(): { doc: CaseDocument; meeting: Meeting; participant: (name: string) => string } {
  let doc = laurentExample();
  const id = (name: string) => doc.nodes.find((n) => n.name === name)?.id ?? '';
  doc = updateNode(doc, id('Nadia Haddad'), { notes: NOTE, notesSharing: { level: 'professionals', with: [] } });
  doc = updateNode(doc, id('Juge Bernard'), { sharing: { level: 'none', with: [] } });
  doc = createMeeting(doc, { date: '2026-11-20', place: 'MDS Lille-Sud' }).doc;
  const meetingId = (doc.meetings[0] as Meeting).id;
  doc = updateMeeting(doc, meetingId, { broughtBy: id('Claire Dubois'), difficulty: 'Impayés de loyer, Enzo déscolarisé.', questions: ['Qui accompagne Mme Laurent ?'] });
  const meeting = doc.meetings[0] as Meeting;
  const participant = (name: string) => meeting.participants.find((p) => p.nodeId === id(name))?.id ?? '';
  return { doc, meeting, participant };
}

const forWhom = (meeting: Meeting, participantId: string, kind: SheetRequest['kind'] = 'preparation'): SheetRequest => ({ kind, audience: { kind: 'participant', meetingId: meeting.id, participantId }, locale: 'fr', now: NOW });
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the preparation sheet', () => {
  it('the family’s copy holds neither the note for professionals nor the element not shared; the AS’s holds the note', () => {
    const { doc, meeting, participant } = prepared();
    const family = text(sheetSvg(doc, forWhom(meeting, participant('Sophie Laurent'))));
    const as = text(sheetSvg(doc, forWhom(meeting, participant('Claire Dubois'))));
    const secrets = [{ text: NOTE, source: 'notes' as const }, { text: 'Bernard', source: 'professional' as const }];
    expect(findLeaksSync(new TextEncoder().encode(family), secrets)).toEqual([]);
    expect(family).toContain('Sophie Laurent');
    expect(family).toContain('Exemplaire de Sophie Laurent');
    expect(as).toContain(NOTE);
    expect(as).not.toContain('Bernard');
    // The practitioner's own copy has everything.
    const own = text(sheetSvg(doc, { kind: 'preparation', audience: { kind: 'practitioner' }, locale: 'fr', now: NOW }));
    expect(own).toContain('Juge Bernard');
    expect(own).toContain(NOTE);
  });

  it('says who brings the situation, the questions, who is missing, and that no consent is recorded', () => {
    const { doc, meeting, participant } = prepared();
    const { data } = prepareSheet(doc, forWhom(meeting, participant('Claire Dubois')));
    expect(data.meeting?.broughtBy).toEqual({ name: 'Claire Dubois', role: 'AS', institution: 'Conseil départemental' });
    expect(data.meeting?.questions).toEqual(['Qui accompagne Mme Laurent ?']);
    expect(data.participants.find((p) => p.name === 'Thomas Girard')).toMatchObject({ role: 'Éducateur·rice', institution: 'Service d’AEMO', mandate: 'Judiciaire (AEMO)', status: 'invited', boundBySecrecy: true });
    expect(data.participants.find((p) => p.name === 'Sophie Laurent')).toMatchObject({ part: 'family', boundBySecrecy: false });
    expect(data.missing?.map((m) => m.rule)).toContain('no-consent');
    expect(data.consent.recorded).toBe(false);
    const svg = text(sheetSvg(doc, forWhom(meeting, participant('Claire Dubois'))));
    expect(svg).toContain('Aucun consentement enregistré pour cette réunion.');
    expect(svg).toContain('Qui manque ?');

    const agreed = setConsent(doc, doc.nodes.find((n) => n.name === 'Sophie Laurent')?.id ?? '', { agreed: true, form: 'written', date: '2026-11-12', limits: 'Pas de contact avec le père' });
    const after = prepareSheet(agreed, forWhom(meeting, participant('Claire Dubois'))).data;
    expect(after.consent.recorded).toBe(true);
    expect(after.consent.adults.find((a) => a.name === 'Sophie Laurent')).toMatchObject({ state: 'written', date: '2026-11-12' });
    expect(text(sheetSvg(agreed, forWhom(meeting, participant('Claire Dubois'))))).not.toContain('Aucun consentement enregistré');
  });

  it('without a meeting: participants proposed from the map, the map’s gaps', () => {
    const doc = laurentExample();
    const { data } = prepareSheet(doc, { kind: 'preparation', audience: { kind: 'practitioner' }, locale: 'en', now: NOW });
    expect(data.meeting).toBeNull();
    expect(data.participants.map((p) => p.name)).toContain('Thomas Girard');
    expect(data.participants.map((p) => p.name)).not.toContain('Juge Bernard');
    expect(data.missing?.map((m) => m.rule)).toEqual(['no-referent', 'unknown-pair', 'isolated', 'isolated', 'isolated', 'isolated']);
    expect(text(sheetSvg(doc, { kind: 'preparation', audience: { kind: 'practitioner' }, locale: 'en', now: NOW }))).toContain('Participants proposed from the map');
  });

  it('its JSON form is valid against the published schema and passes the guard', () => {
    const { doc, meeting, participant } = prepared();
    const json = JSON.parse(text(sheetJson(doc, forWhom(meeting, participant('Sophie Laurent')))));
    expect(SheetData.safeParse(json).success).toBe(true);
    expect(JSON.stringify(json)).not.toContain('Bernard');
    expect(JSON.stringify(json)).not.toContain('cauchemars');
  });

  it('for training: anonymised, no meeting detail, names nowhere', () => {
    const { doc } = prepared();
    const svg = sheetSvg(doc, { kind: 'preparation', audience: { kind: 'training' }, locale: 'fr', now: NOW });
    expect(text(svg)).not.toContain('Laurent');
    expect(text(svg)).not.toContain('MDS Lille-Sud');
  });

  it('lays out on A4 pages: text pages in portrait, then the network', async () => {
    const { doc, meeting, participant } = prepared();
    const pages = sheetPages(prepareSheet(doc, forWhom(meeting, participant('Claire Dubois'))));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]?.page).toEqual({ pageSize: 'A4', landscape: false });
    const pdf = await sheetPdf(doc, forWhom(meeting, participant('Claire Dubois')), nodeFontFiles);
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
    // The first PDF loads its library: slow on a busy machine.
  }, 30_000);

  it('"Fonction / lien" gives each family member’s relation to the person concerned, from the relation engine', () => {
    const { doc, meeting, participant } = prepared();
    const roles = (request: SheetRequest) => Object.fromEntries(prepareSheet(doc, request).data.participants.map((p) => [p.name, p.role]));
    const own = roles({ kind: 'preparation', audience: { kind: 'practitioner' }, locale: 'fr', now: NOW });
    expect(own).toMatchObject({ 'Monique Laurent': 'Mère', 'Julien Moreau': 'Ex-conjoint', 'Sophie Laurent': 'Personne concernée', 'David Petit': 'Compagnon', 'Enzo Moreau': 'Fils aîné', 'Léa Moreau': 'Fille', 'Mme Rossi': 'Voisinage', 'Claire Dubois': 'AS' });
    expect(roles({ kind: 'preparation', audience: { kind: 'practitioner' }, locale: 'en', now: NOW })).toMatchObject({ 'Monique Laurent': 'Mother', 'Sophie Laurent': 'Index person' });
    // The family's own copy: the same words.
    expect(roles(forWhom(meeting, participant('Sophie Laurent')))).toMatchObject({ 'Monique Laurent': 'Mère', 'Noah Petit': 'Fils cadet' });
  });

  it('shows every name, function and institution of the participants whole: columns as wide as they need, long names on several lines', () => {
    const { doc: base } = prepared();
    const aemo = base.nodes.find((n) => n.name === 'Service d’AEMO')?.id ?? '';
    const doc = updateNode(base, aemo, { name: 'Service d’Action Éducative en Milieu Ouvert de Roubaix-Tourcoing' });
    const page = (sheetPages(prepareSheet(doc, { kind: 'preparation', audience: { kind: 'practitioner' }, locale: 'fr', now: NOW }))[0] as { element: Parameters<typeof textsIn>[0] }).element;
    const texts = textsIn(page);
    expect(texts.filter((t) => t.endsWith('…'))).toEqual([]);
    for (const whole of ['Conseil départemental', 'Éducateur·rice', 'Collège Jean Jaurès', 'Judiciaire (AEMO)']) expect(texts).toContain(whole);
    // The long name, on the lines of its cell, one after the other.
    const first = texts.findIndex((t) => t.startsWith('Service d’Action'));
    const last = texts.findIndex((t, i) => i >= first && t.endsWith('Roubaix-Tourcoing'));
    expect(last - first).toBeGreaterThan(0);
    expect(texts.slice(first, last + 1).join(' ')).toBe('Service d’Action Éducative en Milieu Ouvert de Roubaix-Tourcoing');
  });

  it('draws the network with the links along the routes it is given, as the canvas and every export do', () => {
    const { doc, meeting, participant } = prepared();
    // Each reader's map is routed as drawn for them (ids and labels are theirs): a detour down to y = 777.
    const route = (drawn: CaseDocument) => {
      const link = drawn.links.find((l) => l.kind === 'intervention');
      return new Map(link ? [[link.id, { points: [{ x: 10, y: 20 }, { x: 10, y: 777 }, { x: 300, y: 777 }, { x: 300, y: 40 }] }]] : []);
    };
    for (const audience of [{ kind: 'practitioner' as const }, forWhom(meeting, participant('Sophie Laurent')).audience]) {
      const svg = text(sheetSvg(doc, { kind: 'preparation', audience, locale: 'fr', now: NOW, route }));
      expect(svg, audience.kind).toMatch(/<path d="[^"]*L10 777[^"]*"/);
    }
    expect(text(sheetSvg(doc, { kind: 'preparation', audience: { kind: 'practitioner' }, locale: 'fr', now: NOW }))).not.toMatch(/L10 777/);
  });
});

describe('the compte rendu', () => {
  it('decisions, actions with owners and dates, next meeting, circulation list; each copy filtered', () => {
    const { doc: base, meeting, participant } = prepared();
    const judgeId = base.nodes.find((n) => n.name === 'Juge Bernard')?.id ?? '';
    const educId = base.nodes.find((n) => n.name === 'Thomas Girard')?.id ?? '';
    let doc = updateMeeting(base, meeting.id, { decisions: 'Orientation vers le CMPP pour Enzo.', nextMeeting: '2027-01-15', reportRecipients: [participant('Claire Dubois'), participant('Sophie Laurent')] });
    doc = addAction(doc, meeting.id, { text: 'Rencontrer le collège', ownerId: educId, due: '2026-12-01' }).doc;
    doc = addAction(doc, meeting.id, { text: 'Transmettre le jugement', ownerId: judgeId }).doc;
    const { data } = prepareSheet(doc, forWhom(meeting, participant('Sophie Laurent'), 'report'));
    expect(data.actions).toEqual([{ text: 'Rencontrer le collège', owner: 'Thomas Girard', due: '2026-12-01', done: false }, { text: 'Transmettre le jugement', done: false }]);
    expect(data.circulation.map((c) => c.name)).toEqual(['Claire Dubois', 'Sophie Laurent']);
    const svg = text(sheetSvg(doc, forWhom(meeting, participant('Sophie Laurent'), 'report')));
    expect(svg).toContain('Compte rendu');
    expect(svg).toContain('15/01/2027');
    expect(svg).not.toContain('Bernard');
  });
});

describe('text layout', () => {
  it('wraps on words within the width, and cuts a word longer than a line', () => {
    const lines = wrapText('un deux trois quatre cinq six sept huit neuf dix', 10, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(60);
    expect(lines.join(' ')).toBe('un deux trois quatre cinq six sept huit neuf dix');
    const long = wrapText('x'.repeat(100), 10, 50);
    expect(long.join('')).toBe('x'.repeat(100));
    for (const line of long) expect(textWidth(line, 10)).toBeLessThanOrEqual(50);
  });
});

describe('a person "ne pas partager" (issue #14 trial: Karima Benali, the father’s new partner)', () => {
  function withKarima(): { doc: CaseDocument; meeting: Meeting; mother: string; as: string } {
    const base = prepared();
    const julien = base.doc.nodes.find((n) => n.name === 'Julien Moreau')?.id ?? '';
    const doc = addPartner(base.doc, julien, { name: 'Karima Benali', gender: 'woman', sharing: { level: 'none', with: [] } }).doc;
    return { doc, meeting: base.meeting, mother: base.participant('Sophie Laurent'), as: base.participant('Claire Dubois') };
  }
  const blockedOn = (doc: CaseDocument, request: SheetRequest): string[] => {
    try {
      sheetSvg(doc, request);
      return [];
    } catch (error) {
      if (!(error instanceof LeakError)) throw error;
      return error.leaks.map((l) => l.text.toLowerCase());
    }
  };

  it('her surname alone, with a civility or not, in any free text of the meeting, is refused on the mother’s sheet', () => {
    const { doc, meeting, mother } = withKarima();
    // Each field on the sheet that prints it.
    const typed: Array<[string, SheetRequest['kind'], (text: string) => CaseDocument]> = [
      ['question', 'preparation', (t) => updateMeeting(doc, meeting.id, { questions: [t] })],
      ['difficulty', 'preparation', (t) => updateMeeting(doc, meeting.id, { difficulty: t })],
      ['decisions', 'report', (t) => updateMeeting(doc, meeting.id, { decisions: t })],
      ['action', 'report', (t) => addAction(doc, meeting.id, { text: t }).doc],
    ];
    const texts = ['Mme Benali peut-elle accueillir les enfants le week-end ?', 'Accueil chez Benali le week-end', 'Karima peut-elle accueillir les enfants ?', 'Voir avec Mme Karima Benali'];
    for (const [field, kind, write] of typed) {
      for (const t of texts) expect(blockedOn(write(t), forWhom(meeting, mother, kind)), `${field}: "${t}"`).not.toEqual([]);
    }
    // The message names what was found.
    expect(blockedOn(updateMeeting(doc, meeting.id, { questions: ['Mme Benali peut-elle accueillir les enfants le week-end ?'] }), forWhom(meeting, mother))).toContain('benali');
  });

  it('the mother’s sheet without her passes; the AS’s sheet holds nothing of her either, the practitioner’s does', () => {
    const { doc, meeting, mother, as } = withKarima();
    expect(text(sheetSvg(doc, forWhom(meeting, mother)))).not.toContain('Benali');
    expect(text(sheetSvg(doc, forWhom(meeting, as)))).not.toContain('Benali');
    expect(text(sheetSvg(doc, { kind: 'preparation', audience: { kind: 'practitioner' }, locale: 'fr', now: NOW }))).toContain('Karima Benali');
  });

  it('the PDF the trial printed is refused too', async () => {
    const { doc, meeting, mother } = withKarima();
    const asked = updateMeeting(doc, meeting.id, { questions: ['Mme Benali peut-elle accueillir les enfants le week-end ?'] });
    await expect(sheetPdf(asked, forWhom(meeting, mother), nodeFontFiles)).rejects.toThrow(LeakError);
  }, 30_000);
});

describe('the training sheet of a meeting (issue #14 trial)', () => {
  const training = (meeting: Meeting, kind: SheetRequest['kind'] = 'preparation'): SheetRequest => ({ kind, meetingId: meeting.id, audience: { kind: 'training' }, locale: 'fr', now: NOW });
  function trial() {
    const base = prepared();
    const id = (n: string) => base.doc.nodes.find((x) => x.name === n)?.id ?? '';
    let doc = setConsent(base.doc, id('Sophie Laurent'), { agreed: true, form: 'written', date: '2026-11-12', limits: 'Pas de contact avec le père' });
    doc = updateMeeting(doc, base.meeting.id, { time: '14:00', decisions: 'Orientation vers le CMPP pour Enzo.' });
    doc = addExternalParticipant(doc, base.meeting.id, { name: 'Dr Rachid Amrani', role: 'Pédiatre', institution: 'Cabinet Amrani', professional: true }).doc;
    return { doc, meeting: base.meeting };
  }

  it('is the sheet of that meeting, anonymised: its kind, who takes part with their status, no typed text, no date', () => {
    const { doc, meeting } = trial();
    const { data } = prepareSheet(doc, training(meeting));
    expect(data.meeting).toMatchObject({ kind: 'synthese', kindLabel: 'Synthèse', questions: [], difficulty: '', decisions: '', place: '', time: '' });
    expect(data.meeting?.date).toBeUndefined();
    expect(data.meeting?.broughtBy).toEqual({ name: 'AS', role: 'AS', institution: 'Conseil départemental' });
    expect(text(sheetSvg(doc, training(meeting)))).toContain('>AS — Conseil départemental<');
    expect(data.participants).toHaveLength(meeting.participants.length + 1);
    expect(data.participants.find((p) => p.name === 'Mère')).toMatchObject({ part: 'family', status: 'invited' });
    // Someone not on the map: a neutral label, nothing typed for them.
    expect(data.participants.at(-1)).toMatchObject({ name: 'Professionnel·le 1', role: '', institution: '', boundBySecrecy: true });
    const svg = text(sheetSvg(doc, training(meeting)));
    expect(svg).toContain('Participants');
    expect(svg).not.toContain('Participants proposés');
    expect(svg).not.toContain('proposition établie d’après la carte');
    for (const typed of ['MDS Lille-Sud', 'Qui accompagne', 'Impayés', 'Amrani', 'Pédiatre', '14:00', '20/11/2026', 'Pas de contact']) expect(svg, typed).not.toContain(typed);
    const report = text(sheetSvg(doc, training(meeting, 'report')));
    expect(report).not.toContain('CMPP');
  });

  it('says it is for training, not "confidentiel"', () => {
    const { doc, meeting } = trial();
    const svg = text(sheetSvg(doc, training(meeting)));
    expect(svg).not.toContain('Confidentiel');
    expect(svg).toContain('Version anonymisée pour la formation')
    expect(svg).toContain('Aucun nom, aucune date, aucun texte saisi.');
    // Copies for real readers keep the warning.
    expect(text(sheetSvg(doc, { kind: 'preparation', audience: { kind: 'practitioner' }, locale: 'fr', now: NOW }))).toContain('Confidentiel');
  });

  it('lists the consent of the adults only, without its date or limits', () => {
    const { doc, meeting } = trial();
    const { data } = prepareSheet(doc, training(meeting));
    expect(data.consent.adults.map((a) => [a.name, a.state])).toEqual([
      ['Grand-mère maternelle', 'none'],
      ['Père des aînés', 'none'],
      ['Mère', 'written'],
      ['Père du fils cadet', 'none'],
    ]);
    expect(data.consent.adults.find((a) => a.name === 'Mère')).toMatchObject({ limits: '' });
    expect(data.consent.adults.find((a) => a.name === 'Mère')?.date).toBeUndefined();
    // The same rule without a meeting: children are not asked for their consent.
    const proposal = prepareSheet(doc, { kind: 'preparation', audience: { kind: 'training' }, locale: 'fr', now: NOW }).data;
    expect(proposal.consent.adults.map((a) => a.name)).not.toContain('Fils aîné');
  });

  it('a household reads "auprès du foyer", never "auprès de Foyer"', () => {
    const { doc, meeting } = trial();
    const missing = prepareSheet(doc, training(meeting)).data.missing?.map((m) => m.text) ?? [];
    expect(missing).toContain('CMP et Collège ne se connaissent pas et interviennent auprès du foyer');
    expect(missing.join('\n')).not.toContain('auprès de Foyer');
  });
});

describe('who brings the situation (issue #14 trial: only professionals could be chosen)', () => {
  it('a family member: the sheet says so, and they are the requester', () => {
    const { doc: base, meeting, participant } = prepared();
    const sophie = base.nodes.find((n) => n.name === 'Sophie Laurent')?.id ?? '';
    const doc = updateMeeting(base, meeting.id, { broughtBy: sophie });
    expect(doc.meetings[0]?.participants.find((p) => p.nodeId === sophie)?.part).toBe('requester');
    expect(prepareSheet(doc, forWhom(meeting, participant('Claire Dubois'))).data.meeting?.broughtBy).toEqual({ name: 'Sophie Laurent', role: 'Personne concernée', institution: '' });
  });

  it('a participant who is not on the map: on every copy that shows them, anonymised for training, kept on restore', () => {
    const { doc: base, meeting, participant } = prepared();
    const added = addExternalParticipant(base, meeting.id, { name: 'Mme Roux', role: 'Voisine du dessous', professional: false });
    const roux = added.created[0] as string;
    const doc = updateMeeting(added.doc, meeting.id, { broughtBy: roux });
    expect(doc.meetings[0]?.participants.find((p) => p.id === roux)?.part).toBe('requester');
    expect(doc.meetings[0]?.participants.filter((p) => p.part === 'requester')).toHaveLength(1);
    expect(prepareSheet(doc, forWhom(meeting, participant('Sophie Laurent'))).data.meeting?.broughtBy).toEqual({ name: 'Mme Roux', role: 'Voisine du dessous', institution: '' });
    expect(text(sheetSvg(doc, forWhom(meeting, participant('Claire Dubois'))))).toContain('Mme Roux — Voisine du dessous');
    const training = prepareSheet(doc, { kind: 'preparation', meetingId: meeting.id, audience: { kind: 'training' }, locale: 'fr', now: NOW }).data;
    expect(training.meeting?.broughtBy).toEqual({ name: 'Personne 1', role: '', institution: '' });
    const restored = restoreCase(JSON.parse(JSON.stringify(doc)));
    expect(restored.ok && restored.doc.meetings[0]?.broughtBy).toBe(roux);
  });
});

describe('every part of a withheld name, in every text a sheet prints (issue #14 trial, leak)', () => {
  // A first name, a nickname, each part of a compound surname, typed anywhere the sheet prints
  // text, must not reach the copy of a reader who may not know the person: the guard refuses it.
  const NAMES = ['Karima « Kiki » Benali-Saïdi', 'Karima "Kiki" Benali-Saïdi', 'Karima (Kiki) Benali-Saïdi'];
  const PARTS = ['Karima', 'Kiki', 'Benali', 'SAIDI'];
  function withheld(name: string) {
    const base = prepared();
    const id = (n: string) => base.doc.nodes.find((x) => x.name === n)?.id ?? '';
    const doc = addPartner(base.doc, id('Julien Moreau'), { name, gender: 'woman', sharing: { level: 'none', with: [] } }).doc;
    const all = { level: 'all' as const, with: [] };
    const meetingId = base.meeting.id;
    // Each place a sheet prints typed text that this reader may read.
    const fields: Array<[string, SheetRequest['kind'], (text: string) => CaseDocument]> = [
      ['question', 'preparation', (t) => updateMeeting(doc, meetingId, { questions: [t] })],
      ['place', 'preparation', (t) => updateMeeting(doc, meetingId, { place: t })],
      ['action', 'report', (t) => addAction(doc, meetingId, { text: t }).doc],
      ['note shared with all', 'preparation', (t) => updateNode(doc, id('Julien Moreau'), { notes: t, notesSharing: all })],
      ['case note shared with all', 'preparation', (t) => ({ ...doc, notes: t, notesSharing: all })],
      ['her own consent’s limits', 'preparation', (t) => setConsent(doc, id('Sophie Laurent'), { agreed: true, form: 'oral', limits: t })],
      ['a participant not on the map: name', 'preparation', (t) => addExternalParticipant(doc, meetingId, { name: t, professional: false }).doc],
      ['a participant not on the map: role', 'preparation', (t) => addExternalParticipant(doc, meetingId, { name: 'Paul Roux', role: t, professional: true }).doc],
      ['a participant not on the map: institution', 'preparation', (t) => addExternalParticipant(doc, meetingId, { name: 'Paul Roux', institution: t, professional: true }).doc],
    ];
    return { doc, meeting: base.meeting, mother: base.participant('Sophie Laurent'), as: base.participant('Claire Dubois'), fields };
  }
  const blocked = (doc: CaseDocument, request: SheetRequest, format: 'svg' | 'json' = 'svg'): boolean => {
    try {
      (format === 'svg' ? sheetSvg : sheetJson)(doc, request);
      return false;
    } catch (error) {
      if (!(error instanceof LeakError)) throw error;
      return true;
    }
  };

  it('a first name, a nickname or any part of the surname is refused on the mother’s and the AS’s copies', () => {
    const { meeting, mother, as, fields } = withheld(NAMES[0] as string);
    const passed: string[] = [];
    for (const [field, kind, write] of fields) {
      for (const part of PARTS) {
        const doc = write(`Voir avec ${part} pour le week-end`);
        if (!blocked(doc, forWhom(meeting, mother, kind))) passed.push(`${field}: ${part} (mother)`);
        if (!blocked(doc, forWhom(meeting, as, kind), 'json')) passed.push(`${field}: ${part} (AS, JSON)`);
      }
    }
    expect(passed).toEqual([]);
  });

  it('a nickname in quotes or in brackets is a part of the name', () => {
    const passed = NAMES.filter((name) => {
      const { meeting, mother, fields } = withheld(name);
      const [, kind, write] = fields[0] as (typeof fields)[number];
      return !blocked(write('Kiki peut-elle accueillir les enfants ?'), forWhom(meeting, mother, kind));
    });
    expect(passed).toEqual([]);
  });

  it('without her name typed anywhere, every copy passes and none holds a part of it', () => {
    const { doc, meeting, mother, as } = withheld(NAMES[0] as string);
    for (const reader of [mother, as]) {
      const svg = text(sheetSvg(doc, forWhom(meeting, reader)));
      for (const part of PARTS) expect(svg.toLowerCase()).not.toContain(part.toLowerCase());
    }
  });
});

describe('consent on each copy (issue #14 trial)', () => {
  const LIMIT = 'Ne pas évoquer la santé de sa mère devant le père';
  function consented() {
    const base = prepared();
    const id = (name: string) => base.doc.nodes.find((n) => n.name === name)?.id ?? '';
    let doc = setConsent(base.doc, id('Sophie Laurent'), { agreed: true, form: 'written', date: '2026-11-12', limits: LIMIT });
    doc = setConsent(doc, id('Julien Moreau'), { agreed: false, date: '2026-11-13' });
    return { ...base, doc, id };
  }

  it('the mother’s limits are not on the father’s sheet; each family member sees only their own consent', () => {
    const { doc, meeting, participant } = consented();
    const father = prepareSheet(doc, forWhom(meeting, participant('Julien Moreau'))).data;
    expect(father.consent.adults.map((a) => a.name)).toEqual(['Julien Moreau']);
    expect(text(sheetSvg(doc, forWhom(meeting, participant('Julien Moreau'))))).not.toContain('santé de sa mère');
    const mother = prepareSheet(doc, forWhom(meeting, participant('Sophie Laurent'))).data;
    expect(mother.consent.adults).toEqual([expect.objectContaining({ name: 'Sophie Laurent', state: 'written', limits: LIMIT })]);
    // Consent is recorded for the meeting: the father's copy does not say otherwise.
    expect(father.consent.recorded).toBe(true);
    // A limit typed into the meeting for the father is refused like a withheld note.
    const copied = updateMeeting(doc, meeting.id, { questions: [LIMIT] });
    expect(() => sheetSvg(copied, forWhom(meeting, participant('Julien Moreau')))).toThrow(LeakError);
  });

  it('professionals and the practitioner see every adult’s consent with its limits', () => {
    const { doc, meeting, participant } = consented();
    const as = prepareSheet(doc, forWhom(meeting, participant('Claire Dubois'))).data;
    expect(as.consent.adults.find((a) => a.name === 'Sophie Laurent')?.limits).toBe(LIMIT);
    expect(as.consent.adults.find((a) => a.name === 'Julien Moreau')?.state).toBe('refused');
    const own = prepareSheet(doc, { kind: 'preparation', meetingId: meeting.id, audience: { kind: 'practitioner' }, locale: 'fr', now: NOW }).data;
    expect(own.consent.adults.find((a) => a.name === 'Sophie Laurent')?.limits).toBe(LIMIT);
  });

  it('only participants are listed; a refusal is in "Qui manque ?"', () => {
    const { doc: base, meeting, participant, id } = consented();
    const doc = removeParticipant(base, meeting.id, participant('Monique Laurent'));
    const own = prepareSheet(doc, { kind: 'preparation', meetingId: meeting.id, audience: { kind: 'practitioner' }, locale: 'fr', now: NOW }).data;
    expect(own.consent.adults.map((a) => a.name)).not.toContain('Monique Laurent');
    expect(own.consent.adults.map((a) => a.name)).toContain('Julien Moreau');
    const refusal = own.missing?.find((m) => m.rule === 'consent-refused');
    expect(refusal?.nodeIds).toEqual([id('Julien Moreau')]);
    expect(refusal?.text).toContain('Julien Moreau');
  });
});

describe('a family member’s copy is not the professionals’ sheet (issue #14 trial)', () => {
  it('no "Qui manque ?" analysis and no secrecy column for the family; both for the AS and the practitioner', () => {
    const { doc, meeting, participant } = prepared();
    const family = text(sheetSvg(doc, forWhom(meeting, participant('Sophie Laurent'))));
    expect(family).not.toContain('Qui manque ?');
    expect(family).not.toContain('>Secret<');
    expect(prepareSheet(doc, forWhom(meeting, participant('Sophie Laurent'))).data.missing).toBeUndefined();
    for (const copy of [sheetSvg(doc, forWhom(meeting, participant('Claire Dubois'))), sheetSvg(doc, { kind: 'preparation', meetingId: meeting.id, audience: { kind: 'practitioner' }, locale: 'fr', now: NOW })]) {
      expect(text(copy)).toContain('Qui manque ?');
      expect(text(copy)).toContain('>Secret<');
    }
  });
});

describe('the practitioner’s copy marks what is restricted (issue #14 trial)', () => {
  it('each note not shared with all carries its level', () => {
    const { doc: base } = prepared();
    const doc = updateNode(base, base.nodes.find((n) => n.name === 'David Petit')?.id ?? '', { notes: 'Ancien suivi au CSAPA de Roubaix' });
    const own = prepareSheet(doc, { kind: 'preparation', audience: { kind: 'practitioner' }, locale: 'fr', now: NOW });
    expect(own.data.notes.find((n) => n.about === 'David Petit')?.level).toBe('none');
    expect(own.data.notes.find((n) => n.about === 'Nadia Haddad')?.level).toBe('professionals');
    const svg = text(sheetSvg(doc, { kind: 'preparation', audience: { kind: 'practitioner' }, locale: 'fr', now: NOW }));
    expect(svg).toContain('David Petit — Ne pas partager');
    expect(svg).toContain('Nadia Haddad — Professionnels seulement (secret)');
  });
});

describe('sheet layout (issue #14 trial)', () => {
  it('table cells are not cut where the table has room', () => {
    const { doc, meeting, participant } = prepared();
    for (const who of ['Claire Dubois', 'Sophie Laurent']) {
      // The text pages only: the network page draws the same names in full.
      const svg = sheetSvgText(sheetPages(prepareSheet(doc, forWhom(meeting, participant(who)))).slice(0, -1));
      for (const cell of ['Conseil départemental', 'Collège Jean Jaurès', 'Éducateur·rice', 'Judiciaire (AEMO)']) expect(svg, `${who}: ${cell}`).toContain(`>${cell}<`);
    }
  });
});

/** Every string drawn in a tree of SVG elements. */
function textsIn(node: { children: ReadonlyArray<unknown> } | string): string[] {
  if (typeof node === 'string') return [node];
  return node.children.flatMap((child) => textsIn(child as { children: ReadonlyArray<unknown> } | string));
}
