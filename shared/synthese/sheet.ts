// The sheets of a synthèse, for one reader: the preparation sheet (the meeting, the difficulty,
// who takes part, who is missing, consent, the questions, the shared information, the network) and
// the compte rendu (decisions, actions, next meeting, circulation list). Built from the case as
// that reader may know it (redactFor), drawn on A4 pages with the shared renderer, written as PDF,
// SVG or JSON, and always passed through the guard against what was withheld from that reader.
import { guardFileFor, guardFor, redactFor, type Audience, type Redaction } from '../anonymise/audience';
import { utf8 } from '../crypto/bytes';
import { translate, type Locale, type MessageKey } from '../i18n/messages';
import type { CaseDocument } from '../model/case';
import type { Meeting, Participant } from '../model/meeting';
import type { CaseNode } from '../model/nodes';
import { measureLabel, roleLabel } from '../model/presets';
import type { Id } from '../model/primitives';
import { notesSharingOf, type Sharing } from '../model/sharing';
import { familyView } from '../genogram/kinship';
import { kinshipLabels } from '../genogram/kinship-words';
import { diagramElement } from '../render/diagram';
import type { LinkRoutes } from '../render/links';
import { el, group, serializeSvg, type SvgElement } from '../render/svg';
import { FONT, INK, INK_SOFT } from '../render/theme';
import type { FontFiles } from '../export/fonts';
import type { PdfSheet } from '../export/pdf';
import { consentHolds, familyAdults, findMeeting, meetingDate, participantName, proposeParticipants, runningInterventions } from './meetings';
import { describeMissing, whoIsMissing } from './missing';
import { SheetData, type ConsentState, type SheetKind } from './sheet-data';

export { SheetData, type SheetKind };

export interface SheetRequest {
  kind: SheetKind;
  /** The meeting; absent: the case's current one, or a proposal from the map when it has none. */
  meetingId?: Id;
  audience: Audience;
  locale: Locale;
  /** Training: a neutral title. */
  title?: string;
  now?: Date;
  /** Routes the links of the network drawn (libavoid, as on the canvas); straight lines without. */
  route?: (doc: CaseDocument) => LinkRoutes | undefined;
}

export interface PreparedSheet {
  data: SheetData;
  redaction: Redaction;
  /** The routes of the network as drawn for this reader. */
  routes?: LinkRoutes;
}

// ---------------------------------------------------------------------------------------------
// Content

/** "voisinage" in a column of its own: "Voisinage". */
export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function formatPartialDate(date: string | undefined, locale: Locale): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  if (locale === 'fr') return [d, m, y].filter(Boolean).join('/');
  return date;
}

function consentState(consent: { agreed: boolean; withdrawn: boolean; form?: 'oral' | 'written' | undefined } | undefined): ConsentState {
  if (!consent) return 'none';
  if (consent.withdrawn) return 'withdrawn';
  if (!consent.agreed) return 'refused';
  return consent.form ?? 'oral';
}

/** The meeting a request is about, looked up in the original case (before any redaction). */
export function meetingOfRequest(doc: CaseDocument, request: Pick<SheetRequest, 'meetingId' | 'audience'>): Meeting | undefined {
  const id = request.meetingId ?? (request.audience.kind === 'participant' ? request.audience.meetingId : undefined);
  if (id) {
    const meeting = findMeeting(doc, id);
    if (!meeting) throw new Error(`No meeting ${id} in this case.`);
    return meeting;
  }
  return doc.meetings.find((m) => !m.heldAt) ?? doc.meetings[doc.meetings.length - 1];
}

export function prepareSheet(original: CaseDocument, request: SheetRequest): PreparedSheet {
  const { locale } = request;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const originalMeeting = meetingOfRequest(original, request);
  const redaction = redactFor(original, request.audience, { locale, ...(request.title ? { title: request.title } : {}) });
  const doc = redaction.doc;
  // Training gives the meetings fresh ids, in the same order.
  const meeting = originalMeeting ? (doc.meetings.find((m) => m.id === originalMeeting.id) ?? (request.audience.kind === 'training' ? doc.meetings[original.meetings.indexOf(originalMeeting)] : undefined) ?? null) : null;
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const date = meetingDate(meeting, request.now);
  const running = runningInterventions(doc, date);

  // A family member's tie: their relation to the person concerned, from the relation engine (on
  // the map as this reader may know it); "Famille" for one it cannot place.
  const kinship = kinshipLabels(familyView(doc, 'index'), locale);
  const roleOf = (node: CaseNode | undefined, fallback = ''): string => {
    if (!node) return fallback;
    if (node.kind === 'professional') return node.role ? roleLabel(node.role, locale) : fallback;
    if (node.kind === 'institution') return '';
    return node.circle === 'family' ? (kinship.get(node.id) ?? t('sheet.familyTie')) : capitalise(t(`circle.${node.circle}`));
  };
  const institutionOf = (node: CaseNode | undefined, fallback = ''): string => {
    if (!node) return fallback;
    if (node.kind === 'institution') return node.name;
    if (node.kind === 'professional' && node.institutionId) return byId.get(node.institutionId)?.name ?? '';
    return '';
  };
  const mandateOf = (node: CaseNode | undefined): string => {
    if (!node || node.kind === 'person') return '';
    return [...new Set(running.filter((l) => l.from === node.id).map((l) => (l.mandate === 'judicial' && l.measure ? `${t(`mandate.${l.mandate}`)} (${measureLabel(l.measure, locale)})` : t(`mandate.${l.mandate}`))))].join(', ');
  };
  const person = (id: Id | undefined) => {
    const node = id ? byId.get(id) : undefined;
    if (node) return { name: node.name, role: roleOf(node), institution: institutionOf(node) };
    // Someone not on the map who brings the situation: a participant of the meeting.
    const other = id ? meeting?.participants.find((p) => !p.nodeId && p.id === id) : undefined;
    return other ? { name: other.name, role: other.role, institution: other.institution } : undefined;
  };
  const describeParticipant = (p: Participant) => {
    const node = p.nodeId ? byId.get(p.nodeId) : undefined;
    return {
      id: p.id,
      ...(p.nodeId ? { nodeId: p.nodeId } : {}),
      name: participantName(doc, p),
      role: roleOf(node, p.role),
      institution: institutionOf(node, p.institution),
      mandate: mandateOf(node),
      status: p.status,
      part: p.part,
      boundBySecrecy: p.boundBySecrecy,
    };
  };

  const participants = meeting ? meeting.participants : proposeParticipants(doc);
  // Consent: the adults who take part, and anyone whose word was recorded; each reader sees the
  // consents the redaction left them (their own, or all for those bound by secrecy).
  const inMeeting = new Set(participants.flatMap((p) => (p.nodeId ? [p.nodeId] : [])));
  const visibleConsents = new Set(doc.consents.map((c) => c.personId));
  const ownNode = redaction.participant?.nodeId;
  const bound = request.audience.kind !== 'participant' || !!redaction.participant?.boundBySecrecy;
  const adults = familyAdults(doc).filter((a) => (bound || a.id === ownNode) && (!meeting || inMeeting.has(a.id) || visibleConsents.has(a.id)));
  const originalAdults = familyAdults(original);
  const recorded = originalAdults.some((a) => consentHolds(original.consents.find((c) => c.personId === a.id)));
  const consents = adults.map((a) => {
    const c = doc.consents.find((x) => x.personId === a.id);
    return { personId: a.id, name: a.name, state: consentState(c), ...(c?.date ? { date: c.date } : {}), ...(c?.form ? { form: c.form } : {}), limits: c?.limits ?? '' };
  });

  // Each note with its circulation level when it is not shared with all: the practitioner's copy
  // must say what is not to be repeated.
  const notes: SheetData['notes'] = [];
  const note = (about: string, text: string, record: { notesSharing?: Sharing | undefined }) => {
    const { level } = notesSharingOf(record);
    notes.push({ about, text, ...(level !== 'all' ? { level } : {}) });
  };
  if (doc.notes.trim()) note(t('sheet.caseNotes'), doc.notes, doc);
  for (const n of doc.nodes) if (n.notes.trim()) note(n.name || t('symbol.unnamed'), n.notes, n);
  for (const h of doc.households) if (h.notes.trim()) note(h.name || t('legend.household'), h.notes, h);
  const nameOfEnd = (id: Id) => byId.get(id)?.name ?? doc.households.find((h) => h.id === id)?.name ?? t('legend.household');
  for (const l of doc.links) {
    if (!l.notes.trim()) continue;
    const [a, b] = l.kind === 'filiation' ? [l.parent, l.child] : l.kind === 'intervention' || l.kind === 'referral' ? [l.from, l.to] : [l.a, l.b];
    note(`${nameOfEnd(a)} — ${nameOfEnd(b)}`, l.notes, l);
  }

  const audience: SheetData['audience'] =
    request.audience.kind === 'participant' && redaction.participant
      ? { kind: 'participant', name: participantName(doc, redaction.participant), participantId: redaction.participant.id, boundBySecrecy: bound }
      : { kind: request.audience.kind, boundBySecrecy: bound };

  const recipients = meeting ? meeting.participants.filter((p) => meeting.reportRecipients.includes(p.id)) : [];
  const data: SheetData = {
    format: 'maillage-sheet',
    version: 1,
    kind: request.kind,
    locale,
    audience,
    title: doc.title,
    meeting: meeting
      ? {
          id: meeting.id,
          kind: meeting.kind,
          kindLabel: t(`meeting.kind.${meeting.kind}`),
          ...(meeting.date ? { date: meeting.date } : {}),
          time: meeting.time,
          place: meeting.place,
          ...(meeting.heldAt ? { heldAt: meeting.heldAt } : {}),
          ...(person(meeting.broughtBy) ? { broughtBy: person(meeting.broughtBy) } : {}),
          difficulty: meeting.difficulty,
          questions: meeting.questions.filter((q) => q.trim()),
          decisions: meeting.decisions,
          ...(meeting.nextMeeting ? { nextMeeting: meeting.nextMeeting } : {}),
        }
      : null,
    participants: participants.map(describeParticipant),
    ...(bound ? { missing: whoIsMissing(doc, meeting, request.now).map((item) => ({ rule: item.rule, text: describeMissing(doc, item, locale), nodeIds: item.nodeIds })) } : {}),
    consent: { recorded, adults: consents },
    notes,
    actions: meeting ? meeting.actions.filter((a) => a.text.trim()).map((a) => ({ text: a.text, ...(a.ownerId && byId.get(a.ownerId) ? { owner: byId.get(a.ownerId)?.name ?? '' } : {}), ...(a.due ? { due: a.due } : {}), done: a.done })) : [],
    circulation: recipients.map((p) => ({ name: participantName(doc, p), role: roleOf(p.nodeId ? byId.get(p.nodeId) : undefined, p.role), institution: institutionOf(p.nodeId ? byId.get(p.nodeId) : undefined, p.institution) })),
    case: doc,
  };
  const routes = request.route?.(doc);
  return { data, redaction, ...(routes ? { routes } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Layout: A4 portrait pages, in PDF points. pdf.ts adds a 28 pt margin around each page.

const PAGE_MARGIN = 28;
export const A4 = { width: 595.28, height: 841.89 };
const PAGE = { width: A4.width - 2 * PAGE_MARGIN, height: A4.height - 2 * PAGE_MARGIN };
const PAD = 14;
const CONTENT_WIDTH = PAGE.width - 2 * PAD;
const BODY = 9.5;
const LINE = 13;
const RULE = '#c9c4ba';
const SHADE = '#f3f1ec';

/**
 * Roughly how wide a text is in the sans-serif of the sheets. Why an estimate: the sheets are laid
 * out where no font can be measured (Node, the CLI); it errs wide, so lines never overflow.
 */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const c of text) units += /[il.,;:'’|!·ıfjtI\s]/.test(c) ? 0.28 : /[mwMW@—]/.test(c) ? 0.84 : /[A-Z0-9ÀÂÉÈÊÎÔÙÛÇ]/.test(c) ? 0.66 : 0.52;
  return units * size;
}

export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, size) <= width || !line) {
        line = candidate;
        // A single word wider than the line is cut.
        while (textWidth(line, size) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && textWidth(line.slice(0, cut), size) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      } else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function fit(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  let cut = text.length;
  while (cut > 1 && textWidth(`${text.slice(0, cut)}…`, size) > width) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

interface TextStyle {
  size?: number;
  weight?: number;
  italic?: boolean;
  colour?: string;
  anchor?: 'start' | 'middle' | 'end';
}

function text(x: number, y: number, content: string, style: TextStyle = {}): SvgElement {
  return el(
    'text',
    {
      x,
      y,
      'font-size': style.size ?? BODY,
      'font-family': FONT,
      fill: style.colour ?? INK,
      ...(style.weight ? { 'font-weight': style.weight } : {}),
      ...(style.italic ? { 'font-style': 'italic' } : {}),
      ...(style.anchor && style.anchor !== 'start' ? { 'text-anchor': style.anchor } : {}),
    },
    content,
  );
}

/** Content flowing down pages, a new page when the next block does not fit. */
class Flow {
  readonly pages: SvgElement[][] = [[]];
  y = PAD;
  constructor(private readonly bottom: number) {}
  private get page(): SvgElement[] {
    return this.pages[this.pages.length - 1] as SvgElement[];
  }
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > PAD + 1) {
      this.pages.push([]);
      this.y = PAD;
    }
  }
  add(...elements: SvgElement[]): void {
    this.page.push(...elements);
  }
  /** A heading never ends a page: it comes with room for its first lines (a table's header and first row). */
  heading(label: string): void {
    this.ensure(32 + LINE * 3.5);
    this.y += 10;
    this.add(text(PAD, this.y + 11, label, { size: 12, weight: 700 }), el('line', { x1: PAD, y1: this.y + 15, x2: PAD + CONTENT_WIDTH, y2: this.y + 15, stroke: RULE, 'stroke-width': 0.8 }));
    this.y += 22;
  }
  paragraph(content: string, style: TextStyle & { indent?: number } = {}): void {
    const size = style.size ?? BODY;
    const indent = style.indent ?? 0;
    for (const line of wrapText(content, size, CONTENT_WIDTH - indent)) {
      this.ensure(size * 1.4);
      this.add(text(PAD + indent, this.y + size, line, style));
      this.y += size * 1.4;
    }
  }
  /** A line with a box to tick in front (the "who is missing" checklist). */
  checkItem(content: string): void {
    const lines = wrapText(content, BODY, CONTENT_WIDTH - 16);
    this.ensure(lines.length * LINE + 2);
    this.add(el('rect', { x: PAD + 1, y: this.y + 2, width: 8, height: 8, fill: 'none', stroke: INK, 'stroke-width': 0.8 }));
    for (const line of lines) {
      this.add(text(PAD + 16, this.y + BODY, line));
      this.y += LINE;
    }
    this.y += 2;
  }
  /**
   * A table whose columns are as wide as their content needs (what is left shared by the weights);
   * when the content cannot fit, the widest columns give way and their cells go on several lines,
   * so no name, function or institution is cut short.
   */
  table(columns: ReadonlyArray<{ label: string; weight: number }>, rows: ReadonlyArray<readonly string[]>): void {
    const widths = columnWidths(columns, rows);
    const row = (cells: readonly string[], header: boolean) => {
      const size = header ? 8.5 : BODY;
      const lines = columns.map((_, i) => cellLines(cells[i] ?? '', size, (widths[i] as number) - CELL_PAD));
      const height = Math.max(1, ...lines.map((l) => l.length)) * (LINE - 1) + 4;
      this.ensure(height + 1);
      if (header) this.add(el('rect', { x: PAD, y: this.y, width: CONTENT_WIDTH, height, fill: SHADE }));
      let x = PAD + 3;
      columns.forEach((_, i) => {
        (lines[i] as string[]).forEach((line, k) => this.add(text(x, this.y + BODY + 1.5 + k * (LINE - 1), line, header ? { size, weight: 700, colour: INK_SOFT } : {})));
        x += widths[i] as number;
      });
      this.y += height;
      this.add(el('line', { x1: PAD, y1: this.y, x2: PAD + CONTENT_WIDTH, y2: this.y, stroke: RULE, 'stroke-width': 0.5 }));
    };
    row(columns.map((c) => c.label), true);
    for (const cells of rows) row(cells, false);
    this.y += 4;
  }
  gap(height: number): void {
    this.y += height;
  }
}

/** Space between a cell's text and the next column. */
const CELL_PAD = 6;
/** Lines a cell may take; beyond, the last is cut short (…). */
const CELL_LINES = 3;

function cellLines(content: string, size: number, width: number): string[] {
  const lines = wrapText(content, size, width);
  if (lines.length <= CELL_LINES) return lines;
  return [...lines.slice(0, CELL_LINES - 1), fit(lines.slice(CELL_LINES - 1).join(' '), size, width)];
}

function columnsOf(labels: readonly string[], weights: readonly number[]): Array<{ label: string; weight: number }> {
  return labels.map((label, i) => ({ label, weight: weights[i] ?? 1 }));
}

/**
 * Widths that add up to the content width. Each column first gets what its longest cell needs; if
 * they all fit, what is left is shared by the weights; if not, columns that need no more than their
 * share of the page by weight keep their need, and the others share the rest in proportion to
 * theirs (their cells then wrap), never below their longest word.
 */
function columnWidths(columns: ReadonlyArray<{ label: string; weight: number }>, rows: ReadonlyArray<readonly string[]>): number[] {
  const need = columns.map((c, i) => Math.max(textWidth(c.label, 8.5), ...rows.map((r) => textWidth(r[i] ?? '', BODY))) + CELL_PAD + 3);
  const longestWord = columns.map((c, i) => Math.max(textWidth(c.label, 8.5), ...rows.flatMap((r) => (r[i] ?? '').split(/\s+/).map((w) => textWidth(w, BODY)))) + CELL_PAD + 3);
  const totalNeed = need.reduce((a, b) => a + b, 0);
  const totalWeight = columns.reduce((a, c) => a + c.weight, 0);
  if (totalNeed <= CONTENT_WIDTH) return need.map((n, i) => n + ((CONTENT_WIDTH - totalNeed) * (columns[i] as { weight: number }).weight) / totalWeight);
  const share = columns.map((c) => (CONTENT_WIDTH * c.weight) / totalWeight);
  const modest = need.map((n, i) => n <= (share[i] as number));
  const kept = need.reduce((sum, n, i) => (modest[i] ? sum + n : sum), 0);
  const wanted = need.reduce((sum, n, i) => (modest[i] ? sum : sum + n), 0);
  const widths = need.map((n, i) => (modest[i] ? n : Math.max(longestWord[i] as number, (n * (CONTENT_WIDTH - kept)) / wanted)));
  // Longest words kept whole may overflow the page by a little: taken back from the widest column.
  const over = widths.reduce((a, b) => a + b, 0) - CONTENT_WIDTH;
  if (over > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest] = (widths[widest] as number) - over;
  }
  return widths;
}

/** "Claire Dubois — AS — Conseil départemental"; a training label that is the role says it once ("AS — Conseil départemental"). */
function describePerson(p: { name: string; role: string; institution: string }): string {
  return [...new Set([p.name, p.role, p.institution].filter(Boolean))].join(' — ');
}

function audienceLine(data: SheetData, t: (key: MessageKey, params?: Record<string, string>) => string): string {
  if (data.audience.kind === 'participant') return `${t('sheet.for', { name: data.audience.name ?? '' })}. ${t('sheet.filtered')}`;
  if (data.audience.kind === 'training') return t('sheet.forTraining');
  return t('sheet.forPractitioner');
}

/** The sheet's pages: text pages (A4 portrait), then the network (A4, the orientation that fits it). */
export function sheetPages(prepared: PreparedSheet): PdfSheet[] {
  const { data, redaction } = prepared;
  const locale = data.locale;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const date = (d: string | undefined) => formatPartialDate(d, locale);
  const FOOTER = 30;
  const flow = new Flow(PAGE.height - FOOTER);
  const meeting = data.meeting;
  const kindLabel = meeting?.kindLabel ?? t('meeting.kind.synthese');

  // Header.
  flow.add(text(PAD, flow.y + 18, t(data.kind === 'report' ? 'sheet.reportTitle' : 'sheet.preparationTitle', { kind: kindLabel }), { size: 18, weight: 700 }));
  flow.y += 30;
  const training = data.audience.kind === 'training';
  // Training keeps no date, time or place of a meeting: its title alone.
  const when = !meeting ? t('sheet.proposal') : training ? '' : [meeting.date ? date(meeting.date) : t('sheet.undated'), meeting.time, meeting.place].filter(Boolean).join(' · ');
  flow.paragraph(when ? `${data.title} — ${when}` : data.title, { size: 11 });
  flow.paragraph(audienceLine(data, t), { size: 9, colour: INK_SOFT });
  // A training version names no one: "confidentiel" would tell a trainee otherwise.
  flow.paragraph(t(training ? 'sheet.trainingNotice' : 'sheet.confidential'), { size: 8.5, italic: true, colour: training ? INK_SOFT : '#9b2c2c' });

  if (data.kind === 'preparation') {
    if (meeting?.broughtBy || meeting?.difficulty.trim()) {
      flow.heading(t('sheet.broughtBy'));
      if (meeting.broughtBy) flow.paragraph(describePerson(meeting.broughtBy), { weight: 700 });
      if (meeting.difficulty.trim()) {
        flow.gap(2);
        flow.paragraph(meeting.difficulty);
      }
    }
    if (meeting && meeting.questions.length) {
      flow.heading(t('sheet.questions'));
      meeting.questions.forEach((q, i) => flow.paragraph(`${i + 1}. ${q}`));
    }
    flow.heading(meeting ? t('sheet.participants') : t('sheet.proposedParticipants'));
    // The secrecy column is for those who share the secret, not for the family.
    const secrecy = data.audience.boundBySecrecy !== false;
    const columns = [t('sheet.col.name'), t('sheet.col.role'), t('sheet.col.institution'), t('sheet.col.mandate'), t('sheet.col.status'), t('sheet.col.part'), ...(secrecy ? [t('sheet.col.secrecy')] : [])];
    const participantRows = data.participants.map((p) => [p.name, p.role, p.institution, p.mandate, meeting ? t(`participant.status.${p.status}`) : '—', t(`participant.part.${p.part}`), ...(secrecy ? [p.boundBySecrecy ? t('sheet.yes') : t('sheet.no')] : [])]);
    flow.table(columnsOf(columns, [18, 13, 17, 18, 11, 14, 7].slice(0, columns.length)), participantRows);
    if (data.missing) {
      flow.heading(t('sheet.missing'));
      if (data.missing.length === 0) flow.paragraph(t('missing.none'), { colour: INK_SOFT });
      for (const item of data.missing) flow.checkItem(item.text);
    }
    // A reader not bound by secrecy sees their own consent only: nothing to say when they gave none.
    if (secrecy || data.consent.adults.length > 0) flow.heading(t('sheet.consent'));
    if (meeting && !data.consent.recorded) flow.paragraph(t('sheet.noConsent'), { weight: 700, colour: '#9b2c2c' });
    if (secrecy && data.consent.adults.length === 0) flow.paragraph(t('consent.noAdult'), { colour: INK_SOFT });
    for (const adult of data.consent.adults) {
      const state = t(`consent.state.${adult.state}`);
      flow.paragraph(`${adult.name} : ${state}${adult.date ? ` (${date(adult.date)})` : ''}${adult.limits.trim() ? ` — ${adult.limits.trim()}` : ''}`);
    }
    if (data.notes.length) {
      flow.heading(t('sheet.notes'));
      for (const note of data.notes) {
        flow.ensure(LINE * 2.5);
        flow.paragraph(note.level ? `${note.about} — ${t(`sharing.level.${note.level}`)}` : note.about, { weight: 700 });
        flow.paragraph(note.text, { indent: 10 });
        flow.gap(3);
      }
    }
  } else {
    flow.heading(t('sheet.participants'));
    const participantRows = data.participants.map((p) => [p.name, p.role, p.institution, t(`participant.status.${p.status}`)]);
    flow.table(columnsOf([t('sheet.col.name'), t('sheet.col.role'), t('sheet.col.institution'), t('sheet.col.status')], [30, 24, 30, 16]), participantRows);
    if (meeting?.decisions.trim()) {
      flow.heading(t('sheet.decisions'));
      flow.paragraph(meeting.decisions);
    }
    if (data.actions.length) {
      flow.heading(t('sheet.actions'));
      const actionRows = data.actions.map((a) => [a.text, a.owner ?? '—', date(a.due) || '—', a.done ? t('sheet.yes') : '']);
      flow.table(columnsOf([t('sheet.col.action'), t('sheet.col.owner'), t('sheet.col.due'), t('sheet.col.done')], [52, 24, 15, 9]), actionRows);
    }
    if (meeting?.nextMeeting) {
      flow.heading(t('sheet.nextMeeting'));
      flow.paragraph(date(meeting.nextMeeting));
    }
    flow.heading(t('sheet.circulation'));
    if (data.circulation.length === 0) flow.paragraph('—', { colour: INK_SOFT });
    for (const r of data.circulation) flow.paragraph(`• ${describePerson(r)}`);
  }

  const diagram = diagramElement(data.case, {
    locale,
    title: `${t('sheet.diagram')} — ${data.title}`,
    subtitle: audienceLine(data, t),
    ...(redaction.ageLabels ? { ageLabels: redaction.ageLabels } : {}),
    ...(prepared.routes ? { routes: prepared.routes } : {}),
  });
  const total = flow.pages.length + 1;
  const textPages: PdfSheet[] = flow.pages.map((elements, i) => ({
    element: group([
      el('rect', { x: 0, y: 0, width: PAGE.width, height: PAGE.height, fill: '#ffffff' }),
      ...elements,
      el('line', { x1: PAD, y1: PAGE.height - FOOTER + 8, x2: PAD + CONTENT_WIDTH, y2: PAGE.height - FOOTER + 8, stroke: RULE, 'stroke-width': 0.5 }),
      text(PAD, PAGE.height - 10, fit(`${data.title} — ${audienceLine(data, t)}`, 8, CONTENT_WIDTH - 70), { size: 8, colour: INK_SOFT }),
      text(PAD + CONTENT_WIDTH, PAGE.height - 10, t('sheet.page', { n: i + 1, total }), { size: 8, colour: INK_SOFT, anchor: 'end' }),
    ]),
    width: PAGE.width,
    height: PAGE.height,
    page: { pageSize: 'A4', landscape: false },
  }));
  return [...textPages, { element: diagram.element, width: diagram.width, height: diagram.height, page: { pageSize: 'A4', landscape: diagram.width >= diagram.height } }];
}

// ---------------------------------------------------------------------------------------------
// Files: every one through the guard against what was withheld from its reader.

const SVG_GAP = 24;

/** The pages one under the other in one SVG document, each on an A4 sheet of paper. */
export function sheetSvgText(pages: readonly PdfSheet[], framed = true): string {
  const placed: SvgElement[] = [];
  let y = 0;
  let width = 0;
  for (const page of pages) {
    const [pw, ph] = page.page.landscape ? [A4.height, A4.width] : [A4.width, A4.height];
    const scale = Math.min((pw - 2 * PAGE_MARGIN) / page.width, (ph - 2 * PAGE_MARGIN) / page.height);
    const ox = (pw - page.width * scale) / 2;
    const oy = (ph - page.height * scale) / 2;
    placed.push(
      group([
        el('rect', { x: 0, y: 0, width: pw, height: ph, fill: '#ffffff', ...(framed ? { stroke: RULE, 'stroke-width': 0.8 } : {}) }),
        group([page.element], { transform: `translate(${Math.round(ox * 100) / 100} ${Math.round(oy * 100) / 100}) scale(${Math.round(scale * 10000) / 10000})` }),
      ], { transform: `translate(0 ${Math.round(y * 100) / 100})` }),
    );
    y += ph + SVG_GAP;
    width = Math.max(width, pw);
  }
  const height = Math.ceil(Math.max(0, y - SVG_GAP));
  const svg = el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: Math.ceil(width), height, viewBox: `0 0 ${Math.ceil(width)} ${height}` }, framed ? el('rect', { x: 0, y: 0, width: Math.ceil(width), height, fill: '#e9e6df' }) : null, ...placed);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(svg)}\n`;
}

/** Each page as its own A4 SVG document (for printing one sheet per paper), guarded. */
export function sheetPageSvgs(doc: CaseDocument, request: SheetRequest): string[] {
  const prepared = prepareSheet(doc, request);
  const pages = sheetPages(prepared).map((page) => sheetSvgText([page], false));
  for (const page of pages) guardFor(prepared.redaction, utf8(page));
  return pages;
}

export function sheetSvg(doc: CaseDocument, request: SheetRequest): Uint8Array {
  const prepared = prepareSheet(doc, request);
  return guardFor(prepared.redaction, utf8(sheetSvgText(sheetPages(prepared))));
}

export function sheetJson(doc: CaseDocument, request: SheetRequest): Uint8Array {
  const prepared = prepareSheet(doc, request);
  return guardFor(prepared.redaction, utf8(`${JSON.stringify(prepared.data, null, 2)}\n`));
}

/** `fonts`: where the PDF's fonts are read from (export/fonts.ts): every name prints, in any script. */
export async function sheetPdf(doc: CaseDocument, request: SheetRequest, fonts: FontFiles): Promise<Uint8Array> {
  const prepared = prepareSheet(doc, request);
  const pages = sheetPages(prepared);
  // The text of the pages is guarded as drawn (the same tree: every string the PDF will hold),
  // then the PDF's own bytes.
  if (prepared.redaction.withheld.length) guardFor(prepared.redaction, utf8(pages.map((page) => textsOf(page.element)).join('\n')));
  // Loaded on demand: the PDF library is not part of the app's first download.
  const { renderPdfPages } = await import('../export/pdf');
  return guardFileFor(prepared.redaction, await renderPdfPages(pages, fonts));
}

/** Every string drawn in a tree, one per line. */
function textsOf(node: SvgElement): string {
  const out: string[] = [];
  const walk = (n: SvgElement | string) => {
    if (typeof n === 'string') out.push(n);
    else for (const child of n.children) walk(child);
  };
  walk(node);
  return out.join('\n');
}

/** A neutral file name: never a name of the case. */
export function sheetFileName(kind: SheetKind, audience: Audience, format: 'pdf' | 'svg' | 'json', locale: Locale, index?: number): string {
  const base = kind === 'report' ? (locale === 'fr' ? 'compte-rendu' : 'report') : locale === 'fr' ? 'fiche-preparation' : 'preparation-sheet';
  const who = audience.kind === 'participant' ? `-${locale === 'fr' ? 'participant' : 'participant'}-${index ?? 1}` : audience.kind === 'training' ? (locale === 'fr' ? '-formation' : '-training') : locale === 'fr' ? '-complete' : '-full';
  return `${base}${who}.${format}`;
}
