// Marks that say with a shape what the colours also say, so that a diagram printed in black and
// white loses nothing: an icon per institution category (in the institution's header and in the
// legend), a mark per professional field (on the professional's figure and in the legend).
import type { Field, InstitutionCategory } from '../model/nodes';
import { el, group, type SvgElement } from './svg';
import { INK } from './theme';

/** Each icon is drawn in a 20 × 20 box from its top-left corner, in strokes. */
const CATEGORY_ICON: Readonly<Record<InstitutionCategory, string>> = {
  // A house: roof, walls, door.
  social: 'M2 9 L10 2 L18 9 M4 8 V18 H16 V8 M8 18 V13 H12 V18',
  // A banknote.
  benefits: 'M1 5 H19 V16 H1 Z M7 10.5 A3 3 0 1 0 13 10.5 A3 3 0 1 0 7 10.5',
  // Scales.
  justice: 'M10 2 V18 M6 18 H14 M3 5 H17 M3 5 L1 11 H5 Z M17 5 L15 11 H19 Z',
  // A shield.
  'legal-protection': 'M10 1.5 L17.5 4.5 V10 Q17.5 16 10 19 Q2.5 16 2.5 10 V4.5 Z',
  // A medical cross.
  health: 'M7.5 2 H12.5 V7.5 H18 V12.5 H12.5 V18 H7.5 V12.5 H2 V7.5 H7.5 Z',
  // A head in profile.
  'mental-health': 'M6 19 V14 Q2 12 3 8 Q4 2 10 2 Q17 2 17 9 L19 12 H17 V15 H13 V19',
  // A bottle.
  addiction: 'M8 1.5 H12 V6 Q15 8 15 11 V18.5 H5 V11 Q5 8 8 6 Z',
  // A wheelchair.
  disability: 'M4 13 A5 5 0 1 0 14 13 A5 5 0 1 0 4 13 M7 6 V11 H13 L16 17 M5.4 3 A1.6 1.6 0 1 0 8.6 3 A1.6 1.6 0 1 0 5.4 3',
  // A key.
  housing: 'M2 10 A4 4 0 1 0 10 10 A4 4 0 1 0 2 10 M10 10 H18 M15 10 V13 M18 10 V13',
  // An open book.
  education: 'M10 5 Q6 2 1.5 3.5 V16 Q6 14.5 10 17 Q14 14.5 18.5 16 V3.5 Q14 2 10 5 Z M10 5 V17',
  // A briefcase.
  employment: 'M2 7 H18 V17 H2 Z M7 7 V4 H13 V7 M2 11 H18',
  // A heart.
  association: 'M10 17.5 C1.5 11.5 2.5 3.5 6.5 3.5 C8.5 3.5 9.5 5 10 6.5 C10.5 5 11.5 3.5 13.5 3.5 C17.5 3.5 18.5 11.5 10 17.5 Z',
  // Three dots.
  other: 'M2.5 10 A1.5 1.5 0 1 0 5.5 10 A1.5 1.5 0 1 0 2.5 10 M8.5 10 A1.5 1.5 0 1 0 11.5 10 A1.5 1.5 0 1 0 8.5 10 M14.5 10 A1.5 1.5 0 1 0 17.5 10 A1.5 1.5 0 1 0 14.5 10',
};

/** The category's icon with its top-left corner at (x, y), `size` wide. */
export function categoryIcon(category: InstitutionCategory, x: number, y: number, size: number, colour: string): SvgElement {
  const scale = size / 20;
  return group([el('path', { d: CATEGORY_ICON[category], fill: 'none', stroke: colour, 'stroke-width': 1.8 / Math.max(scale, 0.5), 'stroke-linejoin': 'round', 'stroke-linecap': 'round' })], {
    transform: scale === 1 ? `translate(${x} ${y})` : `translate(${x} ${y}) scale(${scale})`,
  });
}

/** The field's mark, centred on (cx, cy), about 7 units across: a ring, a cross, two bars, a filled square. */
export function fieldMark(field: Field, cx: number, cy: number): SvgElement {
  const stroke = { stroke: INK, 'stroke-width': 1.5, fill: 'none' };
  switch (field) {
    case 'aide':
      return el('circle', { cx, cy, r: 3, ...stroke });
    case 'soin':
      return el('path', { d: `M${cx - 3.5} ${cy} H${cx + 3.5} M${cx} ${cy - 3.5} V${cy + 3.5}`, ...stroke });
    case 'education':
      return el('path', { d: `M${cx - 3.5} ${cy - 1.6} H${cx + 3.5} M${cx - 3.5} ${cy + 1.6} H${cx + 3.5}`, ...stroke });
    case 'controle':
      return el('rect', { x: cx - 3, y: cy - 3, width: 6, height: 6, fill: INK });
  }
}
