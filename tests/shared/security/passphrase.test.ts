import { describe, expect, it } from 'vitest';
import {
  assessPassphrase,
  countCharacters,
  MIN_PASSPHRASE_CHARACTERS,
  requireAcceptablePassphrase,
  WeakPassphraseError,
} from '../../../shared/security/passphrase';

const SIX_EMOJI = '🦊🌲🏠🚲🎻🍐';

describe('passphrase length, counted as the user sees it', () => {
  it('counts grapheme clusters, not UTF-16 units', () => {
    expect(SIX_EMOJI.length).toBe(12);
    expect(countCharacters(SIX_EMOJI)).toBe(6);
    expect(countCharacters('👩‍👩‍👧‍👦')).toBe(1); // a family: seven code points, one character
    expect(countCharacters('e\u0301te\u0301')).toBe(3); // "été" typed with combining accents: five code points
  });

  it('refuses 6 emoji as too short, though they are 12 UTF-16 units', async () => {
    expect(await assessPassphrase(SIX_EMOJI)).toEqual({ acceptable: false, reason: 'too-short', characters: 6 });
  });

  it('refuses 11 characters and takes the length rule before the strength estimate', async () => {
    expect(await assessPassphrase('cheval agra')).toMatchObject({ acceptable: false, reason: 'too-short', characters: MIN_PASSPHRASE_CHARACTERS - 1 });
  });
});

describe('passphrase strength', () => {
  it.each([
    ['aaaaaaaaaaaa', 'repeated'],
    ['            ', 'repeated'],
    ['123456789012', 'common'],
    ['abcdefghijkl', 'sequence'],
    ['azertyuiopqs', 'keyboard'],
    ['jetaimejetaime', 'repeated'],
  ])('refuses %j, 12 characters or more but guessed at once (%s)', async (passphrase, reason) => {
    expect(countCharacters(passphrase)).toBeGreaterThanOrEqual(MIN_PASSPHRASE_CHARACTERS);
    expect(await assessPassphrase(passphrase)).toMatchObject({ acceptable: false, reason });
  });

  it('refuses a French word and digits that a dictionary attack finds, with no warning to give', async () => {
    expect(await assessPassphrase('motdepasse123')).toMatchObject({ acceptable: false, reason: 'guessable' });
  });

  it.each(['cheval agrafe batterie correcte', 'une phrase assez longue', 'Tr0ub4dor&3xyz'])('accepts %j', async (passphrase) => {
    expect(await assessPassphrase(passphrase)).toMatchObject({ acceptable: true });
  });

  it('as a guard: rejects with the reason, resolves for a good passphrase', async () => {
    const refused = await requireAcceptablePassphrase('aaaaaaaaaaaa').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WeakPassphraseError);
    expect((refused as WeakPassphraseError).refusal).toEqual({ acceptable: false, reason: 'repeated', characters: 12 });
    await expect(requireAcceptablePassphrase('cheval agrafe batterie correcte')).resolves.toBeUndefined();
  });
});
