// The legend lists only the symbols the diagram uses, each drawn by the same function as on the
// diagram, so the legend cannot disagree with it.
import { translate, type Locale, type MessageKey } from '../i18n/messages';
import type { CaseDocument } from '../model/case';
import type { RelationQuality } from '../model/links';
import { CATEGORY_LABELS, FIELD_LABELS } from '../model/presets';
import { childEdge, coupleEdge, coupleGeometry, interventionEdge, partnershipEdge, referralEdge, relationEdge } from './edges';
import { categoryIcon, fieldMark } from './icons';
import { genderShape } from './symbols';
import { el, group, type SvgElement } from './svg';
import { CATEGORY_COLOUR, FIELD_FILL, FONT, INK, INK_SOFT } from './theme';

interface LegendEntry {
  key: string;
  label: string;
  sample: (x: number, y: number) => SvgElement;
}

export const LEGEND_ROW = 26;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
export const LEGEND_WIDTH = 270;

export function legendEntries(doc: CaseDocument, locale: Locale): LegendEntry[] {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(locale, key, params);
  const entries = new Map<string, LegendEntry>();
  // Most elements repeat a kind already listed: the label is only worked out for a new one.
  const add = (key: string, label: () => string, sample: LegendEntry['sample']) => {
    if (!entries.has(key)) entries.set(key, { key, label: label(), sample });
  };
  const shape = (gender: 'woman' | 'man' | 'other' | 'unknown', extra: (x: number, y: number) => SvgElement[] = () => []) =>
    (x: number, y: number) => group([genderShape(gender, x + 20, y, 8, { fill: '#ffffff', stroke: INK, 'stroke-width': 1.6 }), ...extra(x, y)]);

  // A professional's figure (head and shoulders), in a field's fill.
  const figure = (fill: string, extra: (x: number, y: number) => SvgElement[] = () => []) => (x: number, y: number) =>
    group([el('circle', { cx: x + 20, cy: y - 6, r: 4, fill, stroke: INK, 'stroke-width': 1.2 }), el('path', { d: `M${x + 11} ${y + 10} Q${x + 11} ${y - 1} ${x + 20} ${y - 1} Q${x + 29} ${y - 1} ${x + 29} ${y + 10} Z`, fill, stroke: INK, 'stroke-width': 1.2 }), ...extra(x, y)]);

  for (const node of doc.nodes) {
    if (node.kind === 'person') {
      add(`gender.${node.gender}`, () => t(`gender.${node.gender}`), shape(node.gender));
      if (node.index) add('index', () => t('legend.index'), shape(node.gender, (x, y) => [genderShape(node.gender, x + 20, y, 11, { fill: 'none', stroke: INK, 'stroke-width': 1.4 })]));
      if (node.deceased)
        add('deceased', () => t('legend.deceased'), shape(node.gender, (x, y) => [
          el('path', { d: `M${x + 15} ${y - 5} L${x + 25} ${y + 5} M${x + 25} ${y - 5} L${x + 15} ${y + 5}`, stroke: INK, 'stroke-width': 1.4 }),
        ]));
    } else if (node.kind === 'professional') {
      add('professional', () => t('legend.professional'), figure('#eeeeee'));
      const field = node.field;
      // The fields of action a concertation reads a network by: fill and mark.
      if (field) add(`field.${field}`, () => t('legend.field', { field: FIELD_LABELS[field][locale] }), figure(FIELD_FILL[field], (x, y) => [fieldMark(field, x + 20, y + 4.5)]));
    } else {
      const colour = CATEGORY_COLOUR[node.category];
      const category = node.category;
      add(`category.${category}`, () => t('legend.institutionCategory', { category: CATEGORY_LABELS[category][locale] }), (x, y) =>
        group([el('rect', { x: x + 4, y: y - 9, width: 32, height: 18, rx: 3, fill: colour.fill, stroke: colour.stroke, 'stroke-width': 1.6 }), categoryIcon(category, x + 13, y - 7, 14, colour.stroke)]),
      );
    }
  }
  if (doc.households.length) {
    add('household', () => t('legend.household'), (x, y) => el('rect', { x: x + 4, y: y - 9, width: 32, height: 18, rx: 6, fill: 'none', stroke: INK_SOFT, 'stroke-width': 1.4, 'stroke-dasharray': '5 4' }));
  }
  const addQuality = (quality: RelationQuality) =>
    add(`relation.${quality}`, () => t(`relation.${quality}`), (x, y) => relationEdge([{ x, y }, { x: x + 40, y }], quality, quality === 'support' ? 'forward' : 'none'));
  for (const link of doc.links) {
    switch (link.kind) {
      case 'couple':
        add(`couple.${link.status}`, () => t(`couple.${link.status}`), (x, y) => coupleEdge(coupleGeometry({ x: x + 4, y: y - 6 }, { x: x + 36, y: y - 6 }, 10), link.status));
        break;
      case 'filiation':
        add(`filiation.${link.type}`, () => t(`filiation.${link.type}`), (x, y) => childEdge({ x: x + 20, y: y - 9 }, { x: x + 20, y: y + 9 }, y, link.type));
        break;
      case 'relation':
        addQuality(link.quality);
        break;
      case 'intervention':
        add(`mandate.${link.mandate}`, () => capitalise(t('legend.intervention', { mandate: t(`mandate.${link.mandate}`).toLowerCase() })), (x, y) => interventionEdge([{ x, y }, { x: x + 40, y }], link.mandate));
        // The quality beside an intervention reads as the same relation drawn between two people.
        if (link.quality) addQuality(link.quality);
        break;
      case 'partnership':
        add(`partnership.${link.formality}`, () => t(`partnership.${link.formality}`), (x, y) => partnershipEdge([{ x: x + 2, y }, { x: x + 38, y }], link.formality));
        break;
      case 'referral':
        add('referral', () => t('legend.referral'), (x, y) => referralEdge([{ x, y }, { x: x + 40, y }]));
        break;
    }
  }
  return [...entries.values()];
}

/**
 * The legend as a framed box, top-left at (0, 0). `maxRows` wraps it into columns (the canvas
 * keeps it short so it hides less of the drawing).
 */
export function legendBox(doc: CaseDocument, locale: Locale, maxRows = Infinity): { element: SvgElement; width: number; height: number } | null {
  const entries = legendEntries(doc, locale);
  if (entries.length === 0) return null;
  const columns = Math.ceil(entries.length / Math.min(maxRows, entries.length));
  const perColumn = Math.ceil(entries.length / columns);
  const height = 36 + perColumn * LEGEND_ROW;
  const width = LEGEND_WIDTH * columns;
  const rows = entries.map((entry, i) => {
    const x = Math.floor(i / perColumn) * LEGEND_WIDTH;
    const y = 44 + (i % perColumn) * LEGEND_ROW;
    return group([entry.sample(x + 12, y), el('text', { x: x + 62, y: y + 4, 'font-size': 12, 'font-family': FONT, fill: INK }, entry.label)]);
  });
  const element = group([
    el('rect', { x: 0.5, y: 0.5, width: width - 1, height: height - 1, rx: 8, fill: '#ffffff', stroke: '#c9c4ba' }),
    el('text', { x: 12, y: 22, 'font-size': 13, 'font-weight': 700, 'font-family': FONT, fill: INK }, translate(locale, 'legend.title')),
    ...rows,
  ]);
  return { element, width, height };
}
