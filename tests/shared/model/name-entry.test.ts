import { describe, expect, it } from 'vitest';
import { parseNameEntry } from '../../../shared/model/name-entry';

describe('quick name entry', () => {
  it.each([
    ['Enzo, 14', { name: 'Enzo', age: 14 }],
    ['Enzo 14 ans', { name: 'Enzo', age: 14 }],
    ['Léa (9)', { name: 'Léa', age: 9 }],
    ['Sophie Laurent, 34', { name: 'Sophie Laurent', age: 34 }],
    ['Monique, 1963', { name: 'Monique', birthYear: 1963 }],
    ['Louis, †2019', { name: 'Louis', deathYear: 2019 }],
    ['  Mme   Rossi  ', { name: 'Mme Rossi' }],
    ["Jean-Marc d'Almeida", { name: "Jean-Marc d'Almeida" }],
    ['14', { name: '14' }],
    ['Louis XIV', { name: 'Louis XIV' }],
    // Only an explicit form gives an age: a number after a plain space is part of the name.
    ['Temp 3', { name: 'Temp 3' }],
    ['Chambre 12', { name: 'Chambre 12' }],
    ['Enzo 14 ans', { name: 'Enzo', age: 14 }],
    ['Enzo, 14 ans', { name: 'Enzo', age: 14 }],
    ['Noah 1 an', { name: 'Noah', age: 1 }],
    ['Enzo, 14 years', { name: 'Enzo', age: 14 }],
    ['Bâtiment 2019', { name: 'Bâtiment 2019' }],
    ['Louis †2019', { name: 'Louis', deathYear: 2019 }],
    ['Monique (1963)', { name: 'Monique', birthYear: 1963 }],
  ])('%j', (text, expected) => {
    expect(parseNameEntry(text)).toEqual(expected);
  });
});
