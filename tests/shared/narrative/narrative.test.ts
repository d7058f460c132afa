// The narrative of the worked example, in both languages, as reviewed text (read them: they must
// read like a practitioner's summary), and its anonymised form, which names no one.
import { describe, expect, it } from 'vitest';
import { findLeaksSync, LeakError } from '../../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../../shared/anonymise/sensitive';
import { utf8 } from '../../../shared/crypto/bytes';
import { describeCase, describeComparison } from '../../../shared/narrative/describe';
import { datedSnapshot, stateOfCase } from '../../../shared/timeline/state';
import { laurent, laurentOverTime } from '../timeline/fixtures';

describe('the network in words', () => {
  it.each(['fr', 'en'] as const)('tells the worked example (%s)', async (locale) => {
    await expect(describeCase(laurent(), { locale }).text).toMatchFileSnapshot(`__snapshots__/laurent.${locale}.txt`);
  });

  it.each(['fr', 'en'] as const)('tells the worked example a year on, and what changed since its first snapshot (%s)', async (locale) => {
    const { doc, entry } = laurentOverTime();
    // Told on a fixed day: the psychologist's work with Léa, ended in June 2026, is told in the past.
    await expect(describeCase(doc, { locale, since: entry, day: '2026-11-30' }).text).toMatchFileSnapshot(`__snapshots__/laurent-over-time.${locale}.txt`);
  });

  it('anonymised, names no one, gives no date and no typed text, and passes the leak guard', () => {
    const { doc, entry } = laurentOverTime();
    for (const locale of ['fr', 'en'] as const) {
      const { text } = describeCase(doc, { locale, since: entry, anonymise: true });
      const sensitive = sensitiveStrings({ ...doc, nodes: [...doc.nodes, ...entry.nodes] });
      expect(findLeaksSync(utf8(text), sensitive)).toEqual([]);
      expect(text).not.toMatch(/Laurent|Moreau|Petit|Rossi|Dubois|Girard|Martin|Roubaix|2019|2024|2025|2026|Jaurès|Habitat/);
      // The structure is still told.
      expect(text).toMatch(locale === 'fr' ? /Mère \(26-35 ans\) est la personne concernée/ : /Mother \(26-35\) is the index person/);
      // "mandat" is masculine: its values agree with it ("intervention administrative", "mandat administratif").
      expect(text).toMatch(locale === 'fr' ? /mandat judiciaire → administratif/ : /mandate judicial → administrative/);
    }
  });

  it('the leak guard knows an intervention’s end and the events, which the narrative in clear tells', () => {
    const { doc } = laurentOverTime();
    const clear = describeCase(doc, { locale: 'fr' }).text;
    const sensitive = sensitiveStrings(doc);
    expect(sensitive.map((s) => s.text)).toEqual(expect.arrayContaining(['2026-06', '2026-02', '2025-09']));
    // Dates written in words ("juin 2026") are found by their year.
    expect(findLeaksSync(utf8(clear), sensitive).map((l) => l.text)).toEqual(expect.arrayContaining(['Roubaix', '2026', '2025']));
  });

  it('refuses an anonymised narrative that would hold a name, rather than letting it through', () => {
    // A person named like a word the narrative uses: the guard must block, not the text be trusted.
    const doc = laurent();
    const odd = { ...doc, nodes: doc.nodes.map((n) => (n.name === 'Mme Rossi' ? { ...n, name: 'Famille' } : n)) };
    expect(() => describeCase(odd, { locale: 'fr', anonymise: true })).toThrow(LeakError);
  });

  it('the comparison in words numbers each change, anonymised too', () => {
    const { doc, entry } = laurentOverTime();
    const now = { state: stateOfCase(doc), day: '2026-11-01' };
    const clear = describeComparison(doc, datedSnapshot(entry), now, { locale: 'fr' });
    expect(clear.heading).toBe('De « Entrée dans le dispositif » (octobre 2025) à maintenant');
    expect(clear.text).toContain('3. Paul Martin, conseiller·ère (Habitat 59), a quitté le réseau.');
    const anonymised = describeComparison(doc, datedSnapshot(entry), now, { locale: 'fr', anonymise: true });
    // Every change is told anonymised too, the move by its kind alone (not its date, not its words).
    expect(anonymised.entries).toHaveLength(clear.entries.length);
    expect(anonymised.text).toContain('Conseiller·ère — Bailleur social a quitté le réseau.');
    expect(anonymised.text).toMatch(/\d\. Nouvel événement : déménagement d/);
    expect(anonymised.text).not.toMatch(/Roubaix|2026/);
  });
});
