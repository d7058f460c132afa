import { describe, expect, it } from 'vitest';
import { describedRole } from '../../../shared/entry/name-entry';
import { readDescription } from '../../../shared/entry/vocabulary';
import { ROLE_PRESETS } from '../../../shared/model/presets';

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

describe('a role typed as a preset names it, in every gender', () => {
  // Every preset's feminine, masculine and inclusive forms, in both languages, as typed: as shown,
  // in lower case, without accents. Each must store the preset's key, not free text.
  const typed = ROLE_PRESETS.flatMap((preset) =>
    (['fr', 'en'] as const).flatMap((locale) =>
      Object.values(preset.forms[locale]).flatMap((form) => [form, form.toLocaleLowerCase(locale), withoutAccents(form.toLocaleLowerCase(locale))].map((text) => [text, preset.key] as const)),
    ),
  ).filter(([text], i, all) => all.findIndex(([other]) => other === text) === i);

  it.each(typed)('"%s" is the preset %s', (text, key) => {
    expect(describedRole(readDescription(text))).toBe(key);
  });

  it.each([
    ['curatrice', 'curateur'],
    ['Curateur', 'curateur'],
    ['assistante sociale', 'as'],
    ['Assistant social', 'as'],
    ['assistante de service social', 'as'],
    ['Assistant de service social', 'as'],
    ['éducatrice spécialisée', 'educateur'],
    ['conseillère d’insertion et de probation', 'cpip'],
    ['Conseiller d’insertion et de probation', 'cpip'],
  ])('"%s", a full title in one gender, is the preset %s', (text, key) => {
    expect(describedRole(readDescription(text))).toBe(key);
  });

  it('a role with words of its own stays as typed (its preset still gives the defaults)', () => {
    expect(describedRole(readDescription('curatrice UDAF'))).toBe('curatrice UDAF');
    expect(readDescription('curatrice UDAF').role?.key).toBe('curateur');
  });
});
