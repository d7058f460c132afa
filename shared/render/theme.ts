// Colours of the diagram. Colour only ever repeats what a line style, a shape or a word already
// says: diagrams are printed in black and white.
import type { Circle, Field, InstitutionCategory } from '../model/nodes';

export const INK = '#1f2328';
export const INK_SOFT = '#57606a';
export const PAPER = '#ffffff';
export const SELECTION = '#f0a202';
export const FONT = "'Inter', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

export const CIRCLE_FILL: Readonly<Record<Circle, string>> = {
  family: '#ffffff',
  neighbour: '#eef6ee',
  friend: '#eef3fb',
  community: '#f7f0fa',
  other: '#f4f4f4',
};

export const FIELD_FILL: Readonly<Record<Field, string>> = {
  aide: '#d8ecd9',
  soin: '#d6e6f5',
  education: '#fbe7c6',
  controle: '#f4d3d3',
};

export const CATEGORY_COLOUR: Readonly<Record<InstitutionCategory, { fill: string; stroke: string }>> = {
  social: { fill: '#eaf4ea', stroke: '#3f7d4a' },
  benefits: { fill: '#eef1f8', stroke: '#4a5d8f' },
  justice: { fill: '#f8e9e9', stroke: '#9b2c2c' },
  'legal-protection': { fill: '#f6ecf4', stroke: '#7d3f73' },
  health: { fill: '#e8f2fa', stroke: '#2f6690' },
  'mental-health': { fill: '#e9f3f3', stroke: '#2c7a7b' },
  addiction: { fill: '#f3eefa', stroke: '#5b3f8f' },
  disability: { fill: '#f1f5e6', stroke: '#6b7a2c' },
  housing: { fill: '#fbf1e4', stroke: '#a0622d' },
  education: { fill: '#fdf6e0', stroke: '#a07d12' },
  employment: { fill: '#eef5f9', stroke: '#3d6e87' },
  association: { fill: '#f5f0ea', stroke: '#7a5f45' },
  other: { fill: '#f3f3f3', stroke: '#6a6a6a' },
};

export const RELATION_COLOUR = {
  close: '#2e7d32',
  fused: '#1b5e20',
  distant: '#6a6a6a',
  conflictual: '#c62828',
  'close-conflictual': '#ad5b00',
  'cut-off': '#4a4a4a',
  violence: '#b71c1c',
  support: '#1565c0',
} as const;

/** An intervention that has ended: one grey whatever its mandate (its line keeps the mandate's pattern). */
export const ENDED_COLOUR = '#8c9196';

export const MANDATE_COLOUR = {
  judicial: '#9b2c2c',
  administrative: '#3d4f7a',
  contractual: '#5b3f8f',
  voluntary: '#2e6b3f',
  informal: '#6a6a6a',
} as const;

export const PARTNERSHIP_COLOUR = '#2c7a7b';
export const REFERRAL_COLOUR = '#7a5f45';
