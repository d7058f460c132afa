// Relations said in words, per language, from the message catalogue: "Grand-mère maternelle" and
// "Maternal grandmother", "Fils aîné" and "Eldest son", "Compagne de l’ex-conjoint" and
// "Ex-husband’s partner". Each relation word is written "feminine|masculine|neutral" in the
// catalogue; word order lives in its templates ('kin.qualified': "{relation} {qualifier}" in French,
// "{qualifier} {relation}" in English), so no sentence is assembled here in one language's order.
import { translate, type Locale, type MessageKey } from '../i18n/messages';
import type { Gender } from '../model/nodes';
import type { Id } from '../model/primitives';
import type { FamilyView, Kin, Kinship } from './kinship';

type Forms = 0 | 1 | 2;
const formOf = (gender: Gender | undefined): Forms => (gender === 'woman' ? 0 : gender === 'man' ? 1 : 2);

/** The form of a "feminine|masculine|neutral" message for a gender (one form serves all). */
function gendered(locale: Locale, key: MessageKey, gender: Gender | undefined, params?: Record<string, string>): string {
  const forms = translate(locale, key, params).split('|');
  return forms[formOf(gender)] ?? forms[0] ?? '';
}

function baseWord(locale: Locale, kinship: Kinship, gender: Gender | undefined): string {
  const { relation, couple } = kinship;
  if (relation === 'partner' && couple === 'cohabiting') return gendered(locale, 'kin.partner.cohabiting', gender);
  if (relation === 'ex-partner' && couple === 'separated') return gendered(locale, 'kin.ex-partner.separated', gender);
  return gendered(locale, `kin.${relation}`, gender);
}

function ordinal(locale: Locale, rank: number): string {
  const words = translate(locale, 'kin.ordinals').split('|');
  return words[rank - 1] || translate(locale, 'kin.ordinal', { n: String(rank) });
}

/** A relation of one step or a pattern, in words, lower case ("grand-mère maternelle"). */
export function kinshipWords(locale: Locale, kinship: Kinship, gender: Gender | undefined): string {
  let words = baseWord(locale, kinship, gender);
  const qualify = (key: MessageKey) => {
    words = translate(locale, 'kin.qualified', { relation: words, qualifier: gendered(locale, key, gender) });
  };
  if (kinship.filiation === 'adoptive') qualify('kin.adoptive');
  if (kinship.filiation === 'foster') qualify(kinship.relation === 'parent' ? 'kin.foster.parent' : 'kin.foster.child');
  if (kinship.side) qualify(kinship.side === 'maternal' ? 'kin.maternal' : 'kin.paternal');
  if (kinship.order) {
    const { rank, of } = kinship.order;
    if (rank === 1) qualify(of === 2 ? 'kin.elder' : 'kin.eldest');
    else if (rank === of) qualify(of === 2 ? 'kin.younger' : 'kin.youngest');
    else words = translate(locale, 'kin.ranked', { relation: words, ordinal: ordinal(locale, rank) });
  }
  if (kinship.byMarriage) words = translate(locale, 'kin.byMarriage', { relation: words });
  return words;
}

/** "de l’" before a vowel in French; the catalogue lists the letters that elide (none in English). */
function elides(locale: Locale, anchor: string): boolean {
  const first = anchor.charAt(0).toLowerCase();
  return first !== '' && translate(locale, 'kin.elision').includes(first);
}

/** "{relation} of {anchor}", the anchor's gender choosing the article in French. */
function ofAnchor(locale: Locale, relation: string, anchor: string, anchorGender: Gender | undefined): string {
  if (elides(locale, anchor)) return translate(locale, 'kin.ofElided', { relation, anchor });
  return gendered(locale, 'kin.of', anchorGender, { relation, anchor });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Every related person's label from a family view, capitalised ("Mère", "Père des aînés",
 * "Grand-mère paternelle du fils aîné", "Compagne de l’ex-conjoint"). People the view does not
 * reach are absent: the caller names them by their circle.
 */
export function kinshipLabels(view: FamilyView, locale: Locale): Map<Id, string> {
  const raw = new Map<Id, string>();
  const gender = (id: Id) => view.graph.people.get(id)?.gender;
  const inProgress = new Set<Id>();

  const wordsOf = (id: Id): string => {
    const known = raw.get(id);
    if (known !== undefined) return known;
    const entry = view.kin.get(id);
    // A relation said through someone whose own relation is said through this person (a loop
    // only the children's viewpoint can make): the plain word for a relative.
    if (!entry || inProgress.has(id)) return translate(locale, 'kin.circle.family');
    inProgress.add(id);
    const words = describe(id, entry.kin, entry.of);
    inProgress.delete(id);
    raw.set(id, words);
    return words;
  };

  const describe = (id: Id, kin: Kin, of: readonly Id[] | undefined): string => {
    // Said through someone, the anchor's own label already says which children it is about.
    if (kin.relation === 'through') return ofAnchor(locale, kinshipWords(locale, kin.link, gender(id)), wordsOf(kin.of), gender(kin.of));
    const relation = kinshipWords(locale, kin, gender(id));
    return of ? ofChildren(relation, of) : relation;
  };

  /** "Père du fils cadet", "Père des aînés", "Père du fils aîné et de la fille". */
  const ofChildren = (relation: string, of: readonly Id[]): string => {
    const { children } = view;
    if (of.length === 1) return ofAnchor(locale, relation, wordsOf(of[0] as Id), gender(of[0] as Id));
    if (of.every((id, i) => children[i] === id)) return translate(locale, 'kin.ofElder', { relation });
    if (of.every((id, i) => children[children.length - of.length + i] === id)) return translate(locale, 'kin.ofYounger', { relation });
    // All the sons, all the daughters: "Père des fils".
    const first = gender(of[0] as Id);
    if (of.every((id) => gender(id) === first) && children.filter((id) => gender(id) === first).length === of.length) {
      return translate(locale, 'kin.ofGroup', { relation, group: gendered(locale, 'kin.children', first) });
    }
    const items = of.map((id) => {
      const anchor = wordsOf(id);
      return elides(locale, anchor) ? translate(locale, 'kin.ofSeveral.itemElided', { anchor }) : gendered(locale, 'kin.ofSeveral.item', gender(id), { anchor });
    });
    const list = `${items.slice(0, -1).join(', ')}${translate(locale, 'kin.and')}${items[items.length - 1] ?? ''}`;
    return translate(locale, 'kin.ofSeveral', { relation, list });
  };

  for (const id of view.kin.keys()) wordsOf(id);
  // Two different relations said with one word ("belle-mère": stepmother and mother-in-law): the
  // farther one is said through the person before it ("mère du conjoint").
  const byWords = new Map<string, Id[]>();
  for (const [id, words] of raw) byWords.set(words, [...(byWords.get(words) ?? []), id]);
  for (const ids of byWords.values()) {
    const entries = ids.map((id) => ({ id, entry: view.kin.get(id) }));
    const relations = new Set(entries.map(({ entry }) => entry?.kin.relation));
    if (relations.size < 2) continue;
    const nearest = Math.min(...entries.map(({ entry }) => entry?.rank ?? Infinity));
    for (const { id, entry } of entries) {
      if (!entry?.via || entry.rank === nearest) continue;
      raw.set(id, describe(id, entry.via, entry.of));
    }
  }
  return new Map([...raw].map(([id, words]) => [id, capitalise(words)]));
}
