// Node symbols after McGoldrick, Gerson & Petry (see DOMAIN.md), as pure functions from the model
// to an SVG tree in the node's own box (0,0 top-left; sizes in genogram/metrics.ts).
import { INSTITUTION, PERSON, PERSON_NAME_BASELINE, PERSON_SYMBOL_CENTRE, PROFESSIONAL, PROFESSIONAL_SYMBOL_CENTRE, type Size } from '../genogram/metrics';
import { translate, type Locale } from '../i18n/messages';
import type { InstitutionNode, PersonNode, ProfessionalNode } from '../model/nodes';
import { CATEGORY_LABELS, institutionTypeLabel, roleLabel } from '../model/presets';
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

/** Splits a label into at most `maxLines` lines of about `perLine` characters, with an ellipsis. */
export function wrapLabel(text: string, perLine: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
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

/** Centred lines of text (the symbol's group says `CENTRED_LABELS`). */
function textLines(lines: string[], x: number, y: number, size: number, attrs: Record<string, string | number> = {}): SvgElement[] {
  return lines.map((line, i) => el('text', { x, y: y + i * size * 1.2, 'font-size': size, ...attrs }, line));
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

export function personSymbol(p: PersonNode, options: SymbolOptions): SvgElement {
  const { x: cx, y: cy } = PERSON_SYMBOL_CENTRE;
  const age: string | number | undefined = options.ageText ?? personAge(p, options.referenceYear);
  const stroke = { stroke: INK, 'stroke-width': 2.2, fill: p.deceased ? '#eeeeee' : CIRCLE_FILL[p.circle] };
  const nameSize = options.large ? 17 : 13;
  const perLine = options.large ? 13 : 17;
  const name = options.nameOverride ?? p.name;
  const nameLines = wrapLabel(name || translate(options.locale, 'symbol.unnamed'), perLine, 2);
  const details: string[] = [];
  if (p.birthYear !== undefined || p.deathYear !== undefined) {
    details.push(p.deceased ? `${p.birthYear ?? '?'} – ${p.deathYear ?? '?'}` : `${p.birthYear}`);
  }
  if (p.circle !== 'family') details.push(translate(options.locale, `circle.${p.circle}`));

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
    ...textLines(nameLines, PERSON.width / 2, PERSON_NAME_BASELINE, nameSize, { 'font-weight': 600 }),
    ...textLines([details.join(' · ')].filter(Boolean), PERSON.width / 2, PERSON_NAME_BASELINE + nameLines.length * nameSize * 1.2, 11, { fill: INK_SOFT }),
  ], CENTRED_LABELS);
}

export function professionalSymbol(p: ProfessionalNode, options: SymbolOptions): SvgElement {
  const { x: cx } = PROFESSIONAL_SYMBOL_CENTRE;
  const fill = p.field ? FIELD_FILL[p.field] : '#eeeeee';
  const nameSize = options.large ? 16 : 12.5;
  const perLine = options.large ? 14 : 19;
  const role = roleLabel(p.role, options.locale);
  const name = options.nameOverride ?? p.name;
  const lines = wrapLabel(name || translate(options.locale, 'symbol.unnamed'), perLine, 2);
  return group([
    // A small figure: head and shoulders.
    el('circle', { cx, cy: 9, r: 7.5, fill, stroke: INK, 'stroke-width': 1.8 }),
    el('path', { d: `M${cx - 15} 36 Q${cx - 15} 19 ${cx} 19 Q${cx + 15} 19 ${cx + 15} 36 Z`, fill, stroke: INK, 'stroke-width': 1.8 }),
    ...textLines(lines, PROFESSIONAL.width / 2, PROFESSIONAL.symbol + 18, nameSize, { 'font-weight': 600 }),
    ...textLines(wrapLabel(role, perLine, 3 - lines.length), PROFESSIONAL.width / 2, PROFESSIONAL.symbol + 18 + lines.length * nameSize * 1.2, 11.5, { fill: INK_SOFT, 'font-style': 'italic' }),
  ], CENTRED_LABELS);
}

export function institutionSymbol(inst: InstitutionNode, size: Size, options: SymbolOptions): SvgElement {
  const colour = CATEGORY_COLOUR[inst.category];
  const kind = institutionTypeLabel(inst.type, options.locale) ?? CATEGORY_LABELS[inst.category][options.locale];
  const name = options.nameOverride ?? inst.name;
  const nameSize = options.large ? 16 : 13;
  const title = truncate(name || kind, Math.floor((size.width - 44) / (nameSize * 0.55)));
  const subtitle = name && name !== kind ? kind : CATEGORY_LABELS[inst.category][options.locale];
  return group([
    el('rect', { x: 1, y: 1, width: size.width - 2, height: size.height - 2, rx: 8, fill: colour.fill, stroke: colour.stroke, 'stroke-width': 2 }),
    el('path', { d: `M1 ${INSTITUTION.header} H${size.width - 1}`, stroke: colour.stroke, 'stroke-width': 1, fill: 'none' }),
    // A building: roof and walls, so an institution reads as a place, not a person.
    el('path', { d: 'M10 17 L19 9 L28 17 M12 17 V31 H26 V17 M17 31 V25 H21 V31', fill: 'none', stroke: colour.stroke, 'stroke-width': 1.8, 'stroke-linejoin': 'round' }),
    el('text', { x: 36, y: 18, 'font-size': nameSize, 'font-weight': 700 }, title),
    el('text', { x: 36, y: 33, 'font-size': 11, fill: INK_SOFT }, subtitle),
  ], LABELS);
}

