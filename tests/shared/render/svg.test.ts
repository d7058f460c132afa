import { describe, expect, it } from 'vitest';
import { dashedPath, splitPolyline, type SvgElement } from '../../../shared/render/svg';

const length = (points: Array<{ x: number; y: number }>) => points.slice(1).reduce((sum, p, i) => sum + Math.hypot(p.x - (points[i]?.x ?? 0), p.y - (points[i]?.y ?? 0)), 0);

describe('dashed lines', () => {
  it('cuts a long polyline into pieces that join end to end and keep its corners', () => {
    const line = [{ x: 0, y: 0 }, { x: 300, y: 400 }, { x: 300, y: 900 }];
    const pieces = splitPolyline(line, 130);
    expect(pieces.length).toBe(Math.ceil(1000 / 130));
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]?.[0]).toEqual(pieces[i - 1]?.at(-1));
    expect(pieces[0]?.[0]).toEqual(line[0]);
    expect(pieces.at(-1)?.at(-1)).toEqual(line[2]);
    expect(pieces.flat()).toContainEqual({ x: 300, y: 400 });
    // Every piece but the last is exactly the requested length, so the dash pattern carries on.
    for (const piece of pieces.slice(0, -1)) expect(length(piece)).toBeCloseTo(130, 6);
    expect(pieces.reduce((sum, piece) => sum + length(piece), 0)).toBeCloseTo(1000, 6);
  });

  it('draws a long dashed line as pieces a whole number of dash periods long', () => {
    const drawn = dashedPath([{ x: 0, y: 0 }, { x: 3000, y: 1800 }], { stroke: '#000', 'stroke-dasharray': '9 5' });
    expect(drawn.tag).toBe('g');
    const pieces = drawn.children as SvgElement[];
    expect(pieces.length).toBeGreaterThan(3);
    // The style is on the group, which every piece inherits from (in SVG, on the canvas and in PDF).
    expect(drawn.attrs['stroke-dasharray']).toBe('9 5');
    for (const piece of pieces) expect(Object.keys(piece.attrs)).toEqual(['d']);
    const first = String(pieces[0]?.attrs.d).match(/[-\d.]+/g)?.map(Number) ?? [];
    const periods = Math.hypot((first[2] ?? 0) - (first[0] ?? 0), (first[3] ?? 0) - (first[1] ?? 0)) / 14;
    expect(periods).toBeCloseTo(Math.round(periods), 1);
  });

  it('keeps a short dashed line as one path', () => {
    const drawn = dashedPath([{ x: 0, y: 0 }, { x: 40, y: 0 }], { 'stroke-dasharray': '8 6' });
    expect(drawn.tag).toBe('path');
    expect(drawn.attrs.d).toBe('M0 0 L40 0');
  });
});
