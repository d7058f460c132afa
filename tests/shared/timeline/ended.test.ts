// Interventions over time as the map and the words tell them (#15 trial): an intervention that
// ended is drawn as ended and told in the past; dates in captions read as words, not ISO.
import { describe, expect, it } from 'vitest';
import { describeCase } from '../../../shared/narrative/describe';
import { ENDED_COLOUR, MANDATE_COLOUR } from '../../../shared/render/theme';
import { drawLinkWithHitPath, linkCaption } from '../../../shared/render/links';
import { serializeSvg } from '../../../shared/render/svg';
import type { InterventionLink } from '../../../shared/model/links';
import { laurent, linkBetweenNamed, withLink } from './fixtures';

const TODAY = '2026-11-30';

function psychologistEnded() {
  let doc = laurent();
  const psy = linkBetweenNamed(doc, 'intervention', 'Nadia Haddad', 'Léa Moreau') as InterventionLink;
  doc = withLink(doc, psy.id, { since: '2025-09-15', until: '2026-06' });
  return { doc, psy: doc.links.find((l) => l.id === psy.id) as InterventionLink };
}

describe('an intervention that ended', () => {
  it('is drawn as ended: in grey with a bar across its end, its dates in words', () => {
    const { doc, psy } = psychologistEnded();
    const ended = serializeSvg(drawLinkWithHitPath(doc, psy, 'fr', undefined, TODAY)?.element ?? { tag: 'g', attrs: {}, children: [] });
    expect(ended).toContain(ENDED_COLOUR);
    expect(ended).not.toContain(MANDATE_COLOUR[psy.mandate]);
    expect(ended).toContain('data-ended="true"');
    // The same intervention on a day it ran: in its mandate's colour.
    const running = serializeSvg(drawLinkWithHitPath(doc, psy, 'fr', undefined, '2026-01-10')?.element ?? { tag: 'g', attrs: {}, children: [] });
    expect(running).toContain(MANDATE_COLOUR[psy.mandate]);
    expect(running).not.toContain('data-ended');
    expect(linkCaption(psy, 'fr')).toMatch(/15 sept\. 2025 – juin 2026$/);
    expect(linkCaption(psy, 'en')).toMatch(/15 Sep 2025 – Jun 2026$/);
  });

  it('is told in the past: "est intervenu·e … jusqu’en", not "intervient"', () => {
    const { doc } = psychologistEnded();
    const fr = describeCase(doc, { locale: 'fr', day: TODAY }).text;
    expect(fr).toMatch(/Nadia Haddad[^\n]* est intervenu·e auprès de Léa Moreau \([^)]*de 15 septembre 2025 à juin 2026/);
    expect(fr).not.toMatch(/Nadia Haddad[^\n]* intervient auprès de Léa/);
    expect(describeCase(doc, { locale: 'en', day: TODAY }).text).toMatch(/Nadia Haddad[^\n]* worked with Léa Moreau \(/);
    // Still running on the day the case stands for: the present.
    expect(describeCase(doc, { locale: 'fr', day: '2026-03-01' }).text).toMatch(/Nadia Haddad[^\n]* intervient auprès de Léa Moreau/);
  });
});

describe('captions', () => {
  it('say a running intervention’s start in words: "AED · depuis sept. 2025"', () => {
    let doc = laurent();
    const aemo = linkBetweenNamed(doc, 'intervention', 'Thomas Girard', 'Enzo Moreau');
    doc = withLink(doc, aemo.id, { measure: 'aed', mandate: 'administrative', since: '2025-09-15' });
    const link = doc.links.find((l) => l.id === aemo.id) as InterventionLink;
    expect(linkCaption(link, 'fr')).toBe('AED · depuis 15 sept. 2025');
    expect(linkCaption({ ...link, since: '2025-09' }, 'fr')).toBe('AED · depuis sept. 2025');
    expect(linkCaption({ ...link, since: '2025-09' }, 'en')).toBe('Home support · since Sep 2025');
    const referral = linkBetweenNamed(doc, 'referral', 'Juge Bernard', 'Thomas Girard');
    expect(linkCaption({ ...referral, date: '2025-08' } as never, 'fr')).toBe('août 2025');
  });
});
