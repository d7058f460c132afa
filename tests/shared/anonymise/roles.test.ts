// The role vocabulary: typed roles read as functions, in the typed gender, in both languages.
import { describe, expect, it } from 'vitest';
import { recogniseRole, roleCandidates } from '../../../shared/anonymise/roles';
import { ROLE_PRESETS, roleSuggestions } from '../../../shared/model/presets';

describe('the role vocabulary', () => {
  it('recognises every preset by each of its forms, titles and aliases, in both languages', () => {
    for (const preset of ROLE_PRESETS) {
      for (const locale of ['fr', 'en'] as const) {
        const typed = [...Object.values(preset.forms[locale]), preset.long[locale], ...preset.aliases[locale].map((a) => a.replace(/^[fm]:/u, ''))];
        for (const text of typed) expect(recogniseRole(text, locale).preset?.key, `${locale}: ${text}`).toBe(preset.key);
      }
    }
  });

  it.each([
    // typed, kept in French (every word is in the vocabulary) or mapped, and said in English
    ['curatrice', 'Curatrice', 'Deputy (curatorship)'],
    ['Curatrice UDAF Mme Dupont', 'Curatrice', 'Deputy (curatorship)'],
    ['infirmière libérale', 'Infirmière libérale', 'Community nurse'],
    ['infirmier scolaire', 'Infirmier scolaire', 'School nurse'],
    ['TISF', 'TISF', 'Family support worker'],
    ['tisf', 'TISF', 'Family support worker'],
    ['Psychomotricien', 'Psychomotricien', 'Psychomotor therapist'],
    ['aide à domicile', 'Aide à domicile', 'Home help'],
    ['référent(e) ASE', 'Référent(e) ASE', 'Child welfare caseworker'],
    ['conseillère mission locale', 'Conseillère mission locale', 'Youth employment adviser'],
    ['éducateur PJJ', 'Éducateur PJJ', 'Youth justice worker'],
    ['chef de service', 'Chef de service', 'Head of department'],
    ['addictologue', 'Addictologue', 'Addiction specialist'],
    ['intervenante en addictologie au CSAPA', 'Intervenante en addictologie au CSAPA', 'Addiction worker'],
    ['maîtresse de Léa', 'Enseignante', 'Teacher'],
    ['Dr Martin', 'Médecin', 'Doctor'],
    ['juge des enfants', 'Juge des enfants', 'Judge'],
    ['assfam', 'Assfam', 'Foster carer'],
  ])('reads "%s" as "%s" in French and "%s" in English', (typed, french, english) => {
    expect(roleCandidates(typed, 'fr')[0]?.label).toBe(french);
    expect(roleCandidates(typed, 'en')[0]?.label).toBe(english);
  });

  it('maps a role with a name in it to the preset, in the typed gender, and keeps nothing of the rest', () => {
    expect(roleCandidates('Éducatrice spécialisée — Mme Lefort', 'fr').map((c) => c.label)).toEqual(['Éducatrice']);
    expect(roleCandidates('éducateur·rice chez Lefort', 'fr').map((c) => c.label)).toEqual(['Éducateur·rice']);
    expect(roleCandidates('conseiller SPIP Arras', 'fr').map((c) => [c.label, c.role])).toEqual([['CPIP', 'cpip']]);
  });

  it('recognises nothing in a role that names no function', () => {
    expect(roleCandidates('Mme Lefort', 'fr')).toEqual([]);
    expect(roleCandidates('', 'fr')).toEqual([]);
    expect(recogniseRole('voisin de palier', 'fr')).toEqual({ gender: 'inclusive', onlyVocabulary: false });
  });

  it('gives each role preset its gendered forms, and a mandate where the role implies one', () => {
    const byKey = new Map(ROLE_PRESETS.map((r) => [r.key, r]));
    expect(byKey.get('curateur')?.forms.fr).toEqual({ feminine: 'Curatrice', masculine: 'Curateur', inclusive: 'Curateur·rice' });
    for (const key of ['mandataire', 'curateur', 'tuteur', 'cpip', 'educateur-pjj', 'juge']) expect(byKey.get(key)?.mandate, key).toBe('judicial');
    expect(byKey.get('as')?.mandate).toBeUndefined();
    expect(byKey.get('educateur-pjj')?.field).toBe('education');
    expect(new Set(ROLE_PRESETS.map((r) => r.key)).size).toBe(ROLE_PRESETS.length);
  });

  it('suggests every form in the user’s language', () => {
    const fr = roleSuggestions('fr');
    expect(fr).toEqual(expect.arrayContaining(['Curatrice', 'Curateur', 'Infirmière libérale', 'Psychomotricienne', 'Référente ASE', 'Cheffe de service', 'TISF', 'Aide à domicile']));
    expect(new Set(fr).size).toBe(fr.length);
    expect(roleSuggestions('en')).toContain('Community nurse');
  });
});
