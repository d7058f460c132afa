import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import { generateCase } from '../../../shared/examples/generate';
import { layoutCase } from '../../../shared/genogram/layout';
import { printedMap, printPage } from '../../../shared/render/print';

describe('the printed map', () => {
  it('goes on A4 while names print at 6 pt or more, on A3 beyond', () => {
    expect(printPage(1400, 1000)).toMatchObject({ page: 'A4' });
    expect(printPage(1400, 1000).namePt).toBeGreaterThanOrEqual(6);
    const big = printPage(3200, 1600);
    expect(big.page).toBe('A3');
    expect(big.namePt).toBeLessThan(printPage(1400, 1000).namePt);
  });

  it('carries the case title, the date, the word confidential and the legend; the worked example fits A4, 300 elements A3', () => {
    const map = printedMap(layoutCase(laurentExample()), { locale: 'fr', printedOn: '30 novembre 2026' });
    expect(map.page).toBe('A4');
    for (const words of ['Situation Laurent', '30 novembre 2026', 'confidentiel', 'Légende']) expect(map.svg).toContain(words);
    expect(printedMap(layoutCase(generateCase({ people: 180, professionals: 90, seed: 300 })), { locale: 'en', printedOn: '30 November 2026' }).page).toBe('A3');
  });
});
