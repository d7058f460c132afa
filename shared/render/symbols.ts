// Node symbols after McGoldrick, Gerson & Petry (see DOMAIN.md), as pure functions from the model
// to an SVG tree in the node's own box (0,0 top-left; sizes in genogram/metrics.ts).
import { INSTITUTION, PERSON, PERSON_NAME_BASELINE, PERSON_SYMBOL_CENTRE, PROFESSIONAL, PROFESSIONAL_SYMBOL_CENTRE, type Box, type Size } from '../genogram/metrics';
import { translate, type Locale } from '../i18n/messages';
import { ageBandText, type InstitutionNode, type PersonNode, type ProfessionalNode } from '../model/nodes';
import { CATEGORY_LABELS, findPreset, institutionTypeLabel, ROLE_PRESETS, roleLabel } from '../model/presets';
import { categoryIcon, fieldMark } from './icons';
import { el, group, type SvgElement } from './svg';
import { CATEGORY_COLOUR, CIRCLE_FILL, FIELD_FILL, FONT, INK, INK_SOFT } from './theme';

export interface SymbolOptions {
  locale: Locale;
  /** The year ages are computed for. */
  referenceYear: number;
  /** Presentation mode: bigger labels for the back of the room. */
  large?: boolean;
  /** Replaces the name (anonymised export). */
  nameOverride?: string;
  /** Drawn instead of the age (an age band in an anonymised export). */
  ageText?: string;
}

const HALF = PERSON.symbol / 2;

/**
 * Splits a label into at most `maxLines` lines of about `perLine` characters, with an ellipsis. A
 * word longer than a line breaks after one of its hyphens ("Arrière-grand-" / "mère maternelle").
 */
export function wrapLabel(text: string, perLine: number, maxLines: number): string[] {
  const pieces = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (word.length > perLine ? word.split(/(?<=-)/u) : [word]).map((piece, i) => ({ piece, glued: i > 0 })));
  const lines: string[] = [];
  let line = '';
  for (const { piece, glued } of pieces) {
    const candidate = line ? `${line}${glued ? '' : ' '}${piece}` : piece;
    if (candidate.length <= perLine || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines).map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
  if (lines.length > maxLines) {
    const last = kept[maxLines - 1] ?? '';
    kept[maxLines - 1] = `${last.slice(0, Math.max(0, perLine - 1))}…`;
  }
  return kept;
}

/**
 * What every label of a symbol shares, said once on the symbol's group and inherited. Why: on the
 * canvas each presentation attribute gives an element a style of its own, so a large case opened
 * noticeably slower when every label repeated its font and colour (and the export is smaller).
 */
const LABELS = { 'font-family': FONT, fill: INK } as const;
const CENTRED_LABELS = { ...LABELS, 'text-anchor': 'middle' } as const;

/** One line of a symbol's text, where it is drawn (relative to the symbol's box). */
export interface SymbolText {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  anchor: 'middle' | 'start';
  attrs: Record<string, string | number>;
}

/** Centred lines of text, one under the other. */
function centredLines(lines: string[], x: number, y: number, size: number, attrs: Record<string, string | number> = {}): SymbolText[] {
  return lines.map((text, i) => ({ text, x, y: y + i * size * 1.2, size, anchor: 'middle', attrs }));
}

/** The symbol's group says `CENTRED_LABELS` or `LABELS`: a line says only what differs. */
function textElement(t: SymbolText, groupAnchor: 'middle' | 'start'): SvgElement {
  return el('text', { x: t.x, y: t.y, 'font-size': t.size, ...(t.anchor !== groupAnchor ? { 'text-anchor': t.anchor } : {}), ...t.attrs }, t.text);
}

/** Average advance of a character, as a fraction of the font size (Inter / Helvetica, mixed case). */
export const CHAR_WIDTH = 0.56;

/** The box a line of text covers, in the symbol's coordinates (an estimate: no font is measured here). */
export function textBox(t: Pick<SymbolText, 'text' | 'x' | 'y' | 'size' | 'anchor'>): Box {
  const width = [...t.text].length * t.size * CHAR_WIDTH;
  const x = t.anchor === 'middle' ? t.x - width / 2 : t.x;
  return { x, y: t.y - t.size * 0.78, width, height: t.size * 1.0 };
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** The age shown for a person, if known. */
export function personAge(p: PersonNode, referenceYear: number): number | undefined {
  if (p.deceased) {
    if (p.ageAtDeath !== undefined) return p.ageAtDeath;
    if (p.birthYear !== undefined && p.deathYear !== undefined) return p.deathYear - p.birthYear;
    return undefined;
  }
  if (p.age !== undefined) return p.age;
  if (p.birthYear !== undefined) return Math.max(0, referenceYear - p.birthYear);
  return undefined;
}

/** The outline of a person's symbol, by gender, centred on (cx, cy) with half-size r. */
export function genderShape(gender: PersonNode['gender'], cx: number, cy: number, r: number, attrs: Record<string, string | number>): SvgElement {
  switch (gender) {
    case 'man':
      return el('rect', { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, ...attrs });
    case 'woman':
      return el('circle', { cx, cy, r, ...attrs });
    default:
      return el('path', { d: `M${cx} ${cy - r - 3} L${cx + r + 3} ${cy} L${cx} ${cy + r + 3} L${cx - r - 3} ${cy} Z`, ...attrs });
  }
}

/** A person's name and details under the symbol. */
export function personTexts(p: PersonNode, options: SymbolOptions): SymbolText[] {
  const nameSize = options.large ? 17 : 13;
  // Three lines of up to 20 characters (about 146 px: people stand at least 150 px apart), so that
  // a relation said in full ("Grand-mère paternelle de la fille cadette") is not cut.
  const perLine = options.large ? 15 : 20;
  const name = options.nameOverride ?? p.name;
  const nameLines = wrapLabel(name || translate(options.locale, 'symbol.unnamed'), perLine, 3);
  const details: string[] = [];
  if (p.birthYear !== undefined || p.deathYear !== undefined) {
    details.push(p.deceased ? `${p.birthYear ?? '?'} – ${p.deathYear ?? '?'}` : `${p.birthYear}`);
  }
  if (p.circle !== 'family') details.push(translate(options.locale, `circle.${p.circle}`));
  return [
    ...centredLines(nameLines, PERSON.width / 2, PERSON_NAME_BASELINE, nameSize, { 'font-weight': 600 }),
    ...centredLines([details.join(' · ')].filter(Boolean), PERSON.width / 2, PERSON_NAME_BASELINE + nameLines.length * nameSize * 1.2, options.large ? 14 : 11, { fill: INK_SOFT }),
  ];
}

/** The box of a person's symbol (its outline, the index person's second outline included). */
export function personShapeBox(p: Pick<PersonNode, 'gender' | 'index'>): Box {
  const r = HALF + (p.index ? 5 : 0) + (p.gender === 'woman' || p.gender === 'man' ? 0 : 3);
  return { x: PERSON_SYMBOL_CENTRE.x - r, y: PERSON_SYMBOL_CENTRE.y - r, width: 2 * r, height: 2 * r };
}

export function personSymbol(p: PersonNode, options: SymbolOptions): SvgElement {
  const { x: cx, y: cy } = PERSON_SYMBOL_CENTRE;
  // An age band (an anonymised case) is drawn where the age would be, when no age is known.
  const age: string | number | undefined = options.ageText ?? personAge(p, options.referenceYear) ?? (p.ageBand && !p.deceased ? ageBandText(p.ageBand) : undefined);
  const stroke = { stroke: INK, 'stroke-width': 2.2, fill: p.deceased ? '#eeeeee' : CIRCLE_FILL[p.circle] };

  return group([
    p.index && genderShape(p.gender, cx, cy, HALF + 5, { fill: 'none', stroke: INK, 'stroke-width': 2.2 }),
    genderShape(p.gender, cx, cy, HALF, stroke),
    p.deceased &&
      group(
        [
          el('line', { x1: cx - HALF + 6, y1: cy - HALF + 6, x2: cx + HALF - 6, y2: cy + HALF - 6 }),
          el('line', { x1: cx + HALF - 6, y1: cy - HALF + 6, x2: cx - HALF + 6, y2: cy + HALF - 6 }),
        ],
        { stroke: INK, 'stroke-width': 2 },
      ),
    age !== undefined &&
      el(
        'text',
        {
          x: p.deceased ? cx + HALF + 8 : cx,
          y: p.deceased ? cy - HALF + 10 : cy + 6,
          'font-size': p.deceased ? 12 : String(age).length > 3 ? 12 : 17,
          'font-weight': 700,
          ...(p.deceased ? { 'text-anchor': 'start' } : {}),
        },
        String(age),
      ),
    age === undefined && (p.gender === 'unknown') && el('text', { x: cx, y: cy + 6, 'font-size': 17, 'font-weight': 700 }, '?'),
    ...personTexts(p, options).map((t) => textElement(t, 'middle')),
  ], CENTRED_LABELS);
}

/**
 * Whether a name is the role itself in any of its forms, maybe numbered ("AS 2", "Enseignante" for
 * the role "Enseignant·e"): then the role is not said twice.
 */
function isRoleItself(name: string, role: string, locale: Locale): boolean {
  const preset = findPreset(ROLE_PRESETS, role);
  const forms = [roleLabel(role, locale), ...(preset ? Object.values(preset.forms[locale]) : [])].map((f) => f.trim().toLocaleLowerCase()).filter(Boolean);
  const bare = name.trim().toLocaleLowerCase().replace(/ \d+$/u, '');
  return forms.includes(bare);
}

/** A professional's name and role under the figure. */
export function professionalTexts(p: ProfessionalNode, options: SymbolOptions): SymbolText[] {
  const nameSize = options.large ? 16 : 12.5;
  const perLine = options.large ? 14 : 19;
  const name = options.nameOverride ?? p.name;
  // Named by role already ("AS 2" in an anonymised case): the role is not said twice.
  const role = isRoleItself(name, p.role, options.locale) ? '' : roleLabel(p.role, options.locale);
  const lines = wrapLabel(name || translate(options.locale, 'symbol.unnamed'), perLine, 2);
  const roleSize = options.large ? 14 : 11.5;
  return [
    ...centredLines(lines, PROFESSIONAL.width / 2, PROFESSIONAL.symbol + 18, nameSize, { 'font-weight': 600 }),
    ...centredLines(wrapLabel(role, perLine, 3 - lines.length), PROFESSIONAL.width / 2, PROFESSIONAL.symbol + 18 + lines.length * nameSize * 1.2, roleSize, { fill: INK_SOFT, 'font-style': 'italic' }),
  ];
}

/** The box of a professional's figure (head and shoulders). */
export const PROFESSIONAL_SHAPE: Box = { x: PROFESSIONAL_SYMBOL_CENTRE.x - 16, y: 0, width: 32, height: 37 };

export function professionalSymbol(p: ProfessionalNode, options: SymbolOptions): SvgElement {
  const { x: cx } = PROFESSIONAL_SYMBOL_CENTRE;
  const fill = p.field ? FIELD_FILL[p.field] : '#eeeeee';
  return group([
    // A small figure: head and shoulders.
    el('circle', { cx, cy: 9, r: 7.5, fill, stroke: INK, 'stroke-width': 1.8 }),
    el('path', { d: `M${cx - 15} 36 Q${cx - 15} 19 ${cx} 19 Q${cx + 15} 19 ${cx + 15} 36 Z`, fill, stroke: INK, 'stroke-width': 1.8 }),
    // The field said by a mark as well as the colour (black and white prints).
    p.field && fieldMark(p.field, cx, 29),
    ...professionalTexts(p, options).map((t) => textElement(t, 'middle')),
  ], CENTRED_LABELS);
}

/** An institution's name and kind in its header. */
export function institutionTexts(inst: InstitutionNode, size: Size, options: SymbolOptions): SymbolText[] {
  const kind = institutionTypeLabel(inst.type, options.locale) ?? CATEGORY_LABELS[inst.category][options.locale];
  const name = options.nameOverride ?? inst.name;
  const nameSize = options.large ? 16 : 13;
  const perLine = Math.floor((size.width - 44) / (nameSize * 0.55));
  const subtitle = name && name !== kind ? kind : CATEGORY_LABELS[inst.category][options.locale];
  const lines = wrapLabel(name || kind, perLine, 2);
  // A name too long for one line takes the kind's line (the header's icon still says the
  // category); too long for two, it is written smaller on three. Cut only beyond that.
  const cut = (ls: string[]) => ls.some((l) => l.endsWith('…'));
  if (lines.length > 1 && cut(lines)) {
    // Three lines in the 40-unit header: 11.5 at most, baselines 12.2 apart.
    const small = Math.min(nameSize * 0.82, 11.5);
    const three = wrapLabel(name || kind, Math.floor((size.width - 44) / (small * 0.55)), 3);
    return three.map((text, i) => ({ text, x: 36, y: 12.5 + i * 12.2, size: small, anchor: 'start', attrs: { 'font-weight': 700 } }));
  }
  if (lines.length > 1) return lines.map((text, i) => ({ text, x: 36, y: 16 + i * nameSize * 1.15, size: nameSize, anchor: 'start', attrs: { 'font-weight': 700 } }));
  return [
    { text: lines[0] ?? '', x: 36, y: 18, size: nameSize, anchor: 'start', attrs: { 'font-weight': 700 } },
    { text: subtitle, x: 36, y: 33, size: 11, anchor: 'start', attrs: { fill: INK_SOFT } },
  ];
}

export function institutionSymbol(inst: InstitutionNode, size: Size, options: SymbolOptions): SvgElement {
  const colour = CATEGORY_COLOUR[inst.category];
  return group([
    el('rect', { x: 1, y: 1, width: size.width - 2, height: size.height - 2, rx: 8, fill: colour.fill, stroke: colour.stroke, 'stroke-width': 2 }),
    el('path', { d: `M1 ${INSTITUTION.header} H${size.width - 1}`, stroke: colour.stroke, 'stroke-width': 1, fill: 'none' }),
    // The category's icon (a house, scales, a cross...): the category read without colour.
    categoryIcon(inst.category, 9, 10, 20, colour.stroke),
    ...institutionTexts(inst, size, options).map((t) => textElement(t, 'start')),
  ], LABELS);
}

/** What a node draws, in diagram coordinates: its shape (an institution: its whole box) and its text lines. */
export function nodeParts(node: PersonNode | ProfessionalNode | InstitutionNode, box: Box, options: SymbolOptions): { shape: Box; labels: Box[] } {
  const at = (b: Box): Box => ({ x: b.x + box.x, y: b.y + box.y, width: b.width, height: b.height });
  const texts = node.kind === 'person' ? personTexts(node, options) : node.kind === 'professional' ? professionalTexts(node, options) : institutionTexts(node, box, options);
  const shape = node.kind === 'person' ? personShapeBox(node) : node.kind === 'professional' ? PROFESSIONAL_SHAPE : { x: 0, y: 0, width: box.width, height: box.height };
  return { shape: at(shape), labels: texts.filter((t) => t.text.trim()).map((t) => at(textBox(t))) };
}
