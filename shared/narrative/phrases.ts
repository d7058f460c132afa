// The words of the narrative, in French and in English. Sentences are built from these pieces by
// narrative.ts and changes.ts; grammar that differs between the languages (elision, agreement,
// possessives, number words) lives here and nowhere else. UI strings stay in shared/i18n.
import type { Locale } from '../i18n/messages';
import type { EventKind } from '../model/event';
import type { CoupleStatus, FiliationType, Mandate, RelationQuality } from '../model/links';
import type { Circle, Field, Gender } from '../model/nodes';

type Pick3 = (gender: Gender, woman: string, man: string, neutral: string) => string;
const byGender: Pick3 = (gender, woman, man, neutral) => (gender === 'woman' ? woman : gender === 'man' ? man : neutral);

export interface Phrases {
  /** "a, b et c" */
  join(items: readonly string[]): string;
  /** Number words up to ten, digits beyond. */
  count(n: number, one: string, many: string, feminine?: boolean): string;
  age(years: string): string;
  /** "de Léa", "d'Enzo" */
  of(name: string): string;
  /** "auprès de Léa" / "with Léa" */
  with(name: string): string;
  heading: Record<'household' | 'family' | 'relations' | 'primary' | 'secondary' | 'partnerships' | 'events' | 'changes', string>;
  indexPerson(name: string): string;
  subject(gender: Gender, name: string): string;
  livesWith(subject: string, members: string): string;
  livesAlone(name: string, gender: Gender): string;
  liveTogether(members: string): string;
  childrenGroup(subjectGender: Gender, count: number, names: string): string;
  kin(subjectGender: Gender, kin: 'child' | 'partner' | 'spouse' | 'parent', gender: Gender, name: string): string;
  couple(a: string, b: string, status: CoupleStatus, since: string): string;
  coupleChildren(count: number, names: string): string;
  filiationTag(type: FiliationType): string;
  parentOf(parent: string, parentGender: Gender, type: FiliationType, child: string): string;
  deceased(name: string, gender: Gender, year: string): string;
  relation(a: string, b: string, quality: RelationQuality, directed: boolean): string;
  relationAdjective(quality: RelationQuality): string;
  circle(circle: Circle): string;
  primaryList(items: string): string;
  noPrimary: string;
  secondaryIntro(professionals: number, institutions: number, interventions: number, judicial: number): string;
  actor(name: string, details: string, referent: boolean, work: string): string;
  noIntervention: string;
  intervention(target: string, details: string): string;
  /** Someone placed (a child in a MECS, a foster family): "Enzo (14 ans) est placé depuis mars 2026 (MECS)." */
  placed(name: string, gender: Gender, since: string, where: string): string;
  /** An intervention that ended before the day told: "est intervenu·e auprès de…". */
  pastIntervention(target: string, details: string): string;
  interventionDetails(measure: string, mandate: Mandate, since: string, until: string, quality: string): string;
  household(members: string): string;
  otherInstitutions(names: string): string;
  partnership(a: string, b: string, formality: 'formal' | 'informal' | 'none'): string;
  referral(from: string, to: string, date: string): string;
  missingIntro: string;
  /** Between the items of a list that holds commas. */
  semicolon: string;
  missingPair(a: string, b: string, target: string, first: boolean): string;
  andMore(n: number): string;
  noPartnership: string;
  event(kind: EventKind, subject: string, label: string): string;
  /** "Mars 2024 : …" */
  dated(date: string, what: string): string;
  since(name: string, date: string): string;
  sinceEarlier: string;
  nothingChanged: string;
  mandate(mandate: Mandate): string;
  field(field: Field): string;
  status(status: CoupleStatus): string;
  formality(formality: 'formal' | 'informal' | 'none'): string;
  filiationType(type: FiliationType): string;
  unnamed: string;
  otherMeasure: string;
}

const FR_NUMBERS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];
const EN_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const elides = (name: string) => /^[aeiouyàâäéèêëîïôöûüœh]/i.test(name);

const FR_RELATION: Record<RelationQuality, string> = {
  close: 'proche',
  fused: 'fusionnelle',
  distant: 'distante',
  conflictual: 'conflictuelle',
  'close-conflictual': 'proche et conflictuelle',
  'cut-off': 'rompue',
  violence: 'violente',
  support: 'de soutien',
};
const EN_RELATION: Record<RelationQuality, string> = {
  close: 'close',
  fused: 'fused',
  distant: 'distant',
  conflictual: 'conflictual',
  'close-conflictual': 'close but conflictual',
  'cut-off': 'cut off',
  violence: 'violent',
  support: 'supportive',
};

const fr: Phrases = {
  join: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`),
  count: (n, one, many, feminine = false) => (n === 0 ? `${feminine ? 'aucune' : 'aucun·e'} ${one}` : `${n === 1 && feminine ? 'une' : (FR_NUMBERS[n] ?? String(n))} ${n === 1 ? one : many}`),
  age: (years) => `${years} ans`,
  of: (name) => (name.startsWith('le ') ? `du ${name.slice(3)}` : elides(name) ? `d’${name}` : `de ${name}`),
  with: (name) => `auprès ${fr.of(name)}`,
  heading: {
    household: 'Personne concernée et foyer',
    family: 'Famille',
    relations: 'Relations',
    primary: 'Entourage',
    secondary: 'Professionnel·les',
    partnerships: 'Partenariats',
    events: 'Chronologie',
    changes: 'Évolution',
  },
  indexPerson: (name) => `${name} est la personne concernée.`,
  subject: (gender, name) => byGender(gender, 'Elle', 'Il', name),
  livesWith: (subject, members) => `${subject} vit avec ${members}.`,
  livesAlone: (name, gender) => `${name} vit ${byGender(gender, 'seule', 'seul', 'seul·e')}.`,
  liveTogether: (members) => `${members} vivent ensemble.`,
  childrenGroup: (_g, count, names) => `${count === 1 ? 'son enfant' : `ses ${FR_NUMBERS[count] ?? count} enfants`} : ${names}`,
  kin: (_subjectGender, kin, gender, name) => {
    const word =
      kin === 'child'
        ? byGender(gender, 'sa fille', 'son fils', 'son enfant')
        : kin === 'spouse'
          ? byGender(gender, 'sa femme', 'son mari', 'son conjoint ou sa conjointe')
          : kin === 'partner'
            ? byGender(gender, 'sa compagne', 'son compagnon', 'son ou sa partenaire')
            : byGender(gender, 'sa mère', 'son père', 'son parent');
    return `${word} ${name}`;
  },
  couple: (a, b, status, since) => {
    const verb: Record<CoupleStatus, string> = {
      married: 'sont mariés',
      'civil-union': 'sont pacsés',
      cohabiting: 'sont en couple (vie commune)',
      separated: 'sont séparés',
      divorced: 'sont divorcés',
      widowed: 'formaient un couple jusqu’au décès de l’un d’eux',
    };
    return `${a} et ${b} ${verb[status]}${since ? ` depuis ${since}` : ''}`;
  },
  coupleChildren: (count, names) => ` ; ils ont ${count === 1 ? 'un enfant' : `${FR_NUMBERS[count] ?? count} enfants`} : ${names}`,
  filiationTag: (type) => ({ biological: '', adoptive: ' (adoption)', foster: ' (accueil)', step: ' (lien beau-parental)' })[type],
  parentOf: (parent, gender, type, child) => {
    const role: Record<FiliationType, string> = {
      biological: byGender(gender, 'la mère', 'le père', 'le parent'),
      adoptive: byGender(gender, 'la mère adoptive', 'le père adoptif', 'le parent adoptif'),
      foster: byGender(gender, 'la mère d’accueil', 'le père d’accueil', 'l’assistant·e familial·e'),
      step: byGender(gender, 'la belle-mère', 'le beau-père', 'le beau-parent'),
    };
    return `${parent} est ${role[type]} ${fr.of(child)}.`;
  },
  deceased: (name, gender, year) => `${name} est ${byGender(gender, 'décédée', 'décédé', 'décédé·e')}${year ? ` en ${year}` : ''}.`,
  relation: (a, b, quality, directed) => {
    switch (quality) {
      case 'close':
        return `${a} et ${b} sont proches.`;
      case 'fused':
        return `${a} et ${b} ont une relation fusionnelle.`;
      case 'distant':
        return `${a} et ${b} ont une relation distante.`;
      case 'conflictual':
        return `${a} et ${b} sont en conflit.`;
      case 'close-conflictual':
        return `${a} et ${b} sont proches mais en conflit.`;
      case 'cut-off':
        return `${a} et ${b} ont rompu le lien.`;
      case 'violence':
        return directed ? `${a} exerce des violences envers ${b}.` : `Il y a des violences entre ${a} et ${b}.`;
      case 'support':
        return directed ? `${a} soutient ${b}.` : `${a} et ${b} se soutiennent.`;
    }
  },
  relationAdjective: (quality) => FR_RELATION[quality],
  circle: (circle) => ({ family: 'famille', neighbour: 'voisinage', friend: 'ami·e', community: 'communauté', other: 'entourage' })[circle],
  primaryList: (items) => `Hors de la famille : ${items}.`,
  noPrimary: 'Aucun voisin, ami ou membre de la communauté n’est dessiné.',
  secondaryIntro: (professionals, institutions, interventions, judicial) =>
    `${cap(fr.count(professionals, 'professionnel·le', 'professionnel·les'))}, ${fr.count(institutions, 'institution', 'institutions', true)}, ${fr.count(interventions, 'intervention', 'interventions', true)}${interventions ? (judicial ? ` (dont ${judicial === 1 ? 'une' : (FR_NUMBERS[judicial] ?? judicial)} sous mandat judiciaire)` : ' (aucune sous mandat judiciaire)') : ''}.`,
  actor: (name, details, referent, work) => {
    const aside = [details, referent ? 'référent·e de la situation' : ''].filter(Boolean).join(', ');
    return aside ? `${name}, ${aside}, ${work}.` : `${name} ${work}.`;
  },
  noIntervention: 'n’intervient directement auprès de personne',
  intervention: (target, details) => `intervient ${fr.with(target)}${details ? ` (${details})` : ''}`,
  pastIntervention: (target, details) => `est intervenu·e ${fr.with(target)}${details ? ` (${details})` : ''}`,
  placed: (name, gender, since, where) => `${name} est ${byGender(gender, 'placée', 'placé', 'placé·e')}${since ? ` depuis ${since}` : ''}${where ? ` (${where})` : ''}.`,
  interventionDetails: (measure, mandate, since, until, quality) =>
    [measure, `intervention ${fr.mandate(mandate)}`, since && until ? `de ${since} à ${until}` : since ? `depuis ${since}` : until ? `jusqu’en ${until}` : '', quality && `relation ${quality}`].filter(Boolean).join(', '),
  household: (members) => `le foyer ${fr.of(members)}`,
  otherInstitutions: (names) => `Autres institutions présentes : ${names}.`,
  partnership: (a, b, formality) =>
    formality === 'formal' ? `${a} et ${b} travaillent ensemble (partenariat formel).` : formality === 'informal' ? `${a} et ${b} se connaissent (partenariat informel).` : `${a} et ${b} ne se connaissent pas.`,
  referral: (from, to, date) => `${from} a fait intervenir ${to}${date ? ` (${date})` : ''}.`,
  missingIntro: 'Sans lien connu entre eux : ',
  semicolon: ' ; ',
  missingPair: (a, b, target, first) => `${a} et ${b}, ${first ? 'qui interviennent tous deux ' : ''}${fr.with(target)}`,
  andMore: (n) => `et ${n} autre${n > 1 ? 's' : ''} paire${n > 1 ? 's' : ''}`,
  noPartnership: 'Aucun lien entre professionnel·les n’est dessiné.',
  event: (kind, subject, label) => {
    const what: Record<EventKind, string> = {
      birth: `naissance ${fr.of(subject)}`,
      death: `décès ${fr.of(subject)}`,
      move: `déménagement ${fr.of(subject)}`,
      placement: `placement ${fr.of(subject)}`,
      'placement-end': `fin du placement ${fr.of(subject)}`,
      hospitalisation: `hospitalisation ${fr.of(subject)}`,
      incarceration: `incarcération ${fr.of(subject)}`,
      release: `sortie ${fr.of(subject)}`,
      separation: `séparation ${fr.of(subject)}`,
      other: subject,
    };
    return `${what[kind]}${label ? ` (${label})` : ''}`;
  },
  dated: (date, what) => `${cap(date)} : ${what}.`,
  since: (name, date) => `Depuis « ${name} »${date ? ` (${date})` : ''}`,
  sinceEarlier: 'Depuis l’état précédent',
  nothingChanged: 'Rien n’a changé.',
  mandate: (mandate) => ({ judicial: 'judiciaire', administrative: 'administrative', contractual: 'contractuelle', voluntary: 'volontaire', informal: 'informelle' })[mandate],
  field: (field) => ({ aide: 'aide', soin: 'soin', education: 'éducation', controle: 'contrôle' })[field],
  status: (status) => ({ married: 'mariés', 'civil-union': 'pacsés', cohabiting: 'vie commune', separated: 'séparés', divorced: 'divorcés', widowed: 'veuvage' })[status],
  formality: (formality) => ({ formal: 'formel', informal: 'informel', none: 'ne se connaissent pas' })[formality],
  filiationType: (type) => ({ biological: 'biologique', adoptive: 'adoption', foster: 'accueil', step: 'beau-parental' })[type],
  unnamed: 'sans nom',
  otherMeasure: 'autre mesure',
};

const en: Phrases = {
  join: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  count: (n, one, many) => `${n === 0 ? 'no' : (EN_NUMBERS[n] ?? String(n))} ${n === 1 ? one : many}`,
  age: (years) => years,
  of: (name) => `of ${name}`,
  with: (name) => `with ${name}`,
  heading: {
    household: 'Index person and household',
    family: 'Family',
    relations: 'Relationships',
    primary: 'Wider circle',
    secondary: 'Professionals',
    partnerships: 'Partnerships',
    events: 'Timeline',
    changes: 'Changes',
  },
  indexPerson: (name) => `${name} is the index person.`,
  subject: (gender, name) => byGender(gender, 'She', 'He', name),
  livesWith: (subject, members) => `${subject} lives with ${members}.`,
  livesAlone: (name) => `${name} lives alone.`,
  liveTogether: (members) => `${members} live together.`,
  childrenGroup: (g, count, names) => `${possessive(g)} ${count === 1 ? 'child' : `${EN_NUMBERS[count] ?? count} children`}: ${names}`,
  kin: (subjectGender, kin, gender, name) => {
    const word =
      kin === 'child'
        ? byGender(gender, 'daughter', 'son', 'child')
        : kin === 'spouse'
          ? byGender(gender, 'wife', 'husband', 'spouse')
          : kin === 'partner'
            ? 'partner'
            : byGender(gender, 'mother', 'father', 'parent');
    return `${possessive(subjectGender)} ${word} ${name}`;
  },
  couple: (a, b, status, since) => {
    const verb: Record<CoupleStatus, string> = {
      married: 'are married',
      'civil-union': 'are in a civil partnership',
      cohabiting: 'are partners (cohabiting)',
      separated: 'are separated',
      divorced: 'are divorced',
      widowed: 'were a couple until one of them died',
    };
    return `${a} and ${b} ${verb[status]}${since ? ` since ${since}` : ''}`;
  },
  coupleChildren: (count, names) => `; they have ${count === 1 ? 'one child' : `${EN_NUMBERS[count] ?? count} children`}: ${names}`,
  filiationTag: (type) => ({ biological: '', adoptive: ' (adopted)', foster: ' (fostered)', step: ' (step-child)' })[type],
  parentOf: (parent, gender, type, child) => {
    const role: Record<FiliationType, string> = {
      biological: byGender(gender, 'the mother', 'the father', 'a parent'),
      adoptive: byGender(gender, 'the adoptive mother', 'the adoptive father', 'an adoptive parent'),
      foster: byGender(gender, 'the foster mother', 'the foster father', 'a foster parent'),
      step: byGender(gender, 'the stepmother', 'the stepfather', 'a step-parent'),
    };
    return `${parent} is ${role[type]} of ${child}.`;
  },
  deceased: (name, _gender, year) => `${name} has died${year ? ` (${year})` : ''}.`,
  relation: (a, b, quality, directed) => {
    switch (quality) {
      case 'close':
        return `${a} and ${b} are close.`;
      case 'fused':
        return `${a} and ${b} have a fused relationship.`;
      case 'distant':
        return `${a} and ${b} have a distant relationship.`;
      case 'conflictual':
        return `${a} and ${b} are in conflict.`;
      case 'close-conflictual':
        return `${a} and ${b} are close but in conflict.`;
      case 'cut-off':
        return `${a} and ${b} have cut off contact.`;
      case 'violence':
        return directed ? `${a} is violent towards ${b}.` : `There is violence between ${a} and ${b}.`;
      case 'support':
        return directed ? `${a} supports ${b}.` : `${a} and ${b} support each other.`;
    }
  },
  relationAdjective: (quality) => EN_RELATION[quality],
  circle: (circle) => ({ family: 'family', neighbour: 'neighbour', friend: 'friend', community: 'community', other: 'acquaintance' })[circle],
  primaryList: (items) => `Outside the family: ${items}.`,
  noPrimary: 'No neighbour, friend or community member is drawn.',
  secondaryIntro: (professionals, institutions, interventions, judicial) =>
    `${cap(en.count(professionals, 'professional', 'professionals'))}, ${en.count(institutions, 'institution', 'institutions')}, ${en.count(interventions, 'intervention', 'interventions')}${interventions ? (judicial ? ` (${EN_NUMBERS[judicial] ?? judicial} under a judge’s mandate)` : ' (none under a judge’s mandate)') : ''}.`,
  actor: (name, details, referent, work) => {
    const aside = [details, referent ? 'key worker for the case' : ''].filter(Boolean).join(', ');
    return aside ? `${name}, ${aside}, ${work}.` : `${name} ${work}.`;
  },
  noIntervention: 'works directly with no one',
  intervention: (target, details) => `works ${en.with(target)}${details ? ` (${details})` : ''}`,
  pastIntervention: (target, details) => `worked ${en.with(target)}${details ? ` (${details})` : ''}`,
  placed: (name, _gender, since, where) => `${name} ${since ? `has been placed in care since ${since}` : 'is placed in care'}${where ? ` (${where})` : ''}.`,
  interventionDetails: (measure, mandate, since, until, quality) =>
    [measure, `${en.mandate(mandate)} intervention`, since && until ? `from ${since} to ${until}` : since ? `since ${since}` : until ? `until ${until}` : '', quality && `${quality} relationship`].filter(Boolean).join(', '),
  household: (members) => `the household of ${members}`,
  otherInstitutions: (names) => `Other institutions involved: ${names}.`,
  partnership: (a, b, formality) =>
    formality === 'formal' ? `${a} and ${b} work together (formal partnership).` : formality === 'informal' ? `${a} and ${b} know each other (informal partnership).` : `${a} and ${b} do not know each other.`,
  referral: (from, to, date) => `${from} brought in ${to}${date ? ` (${date})` : ''}.`,
  missingIntro: 'With no known tie between them: ',
  semicolon: '; ',
  missingPair: (a, b, target, first) => `${a} and ${b}, ${first ? 'who both work ' : ''}${en.with(target)}`,
  andMore: (n) => `and ${n} more pair${n > 1 ? 's' : ''}`,
  noPartnership: 'No tie between professionals is drawn.',
  event: (kind, subject, label) => {
    const what: Record<EventKind, string> = {
      birth: `birth of ${subject}`,
      death: `death of ${subject}`,
      move: `${subject} moved`,
      placement: `${subject} placed in care`,
      'placement-end': `end of the placement of ${subject}`,
      hospitalisation: `${subject} in hospital`,
      incarceration: `${subject} imprisoned`,
      release: `${subject} released`,
      separation: `separation of ${subject}`,
      other: subject,
    };
    return `${what[kind]}${label ? ` (${label})` : ''}`;
  },
  dated: (date, what) => `${cap(date)}: ${what}.`,
  since: (name, date) => `Since “${name}”${date ? ` (${date})` : ''}`,
  sinceEarlier: 'Since the earlier state',
  nothingChanged: 'Nothing has changed.',
  mandate: (mandate) => mandate,
  field: (field) => ({ aide: 'support', soin: 'care', education: 'education', controle: 'control' })[field],
  status: (status) => ({ married: 'married', 'civil-union': 'civil partnership', cohabiting: 'cohabiting', separated: 'separated', divorced: 'divorced', widowed: 'widowed' })[status],
  formality: (formality) => ({ formal: 'formal', informal: 'informal', none: 'do not know each other' })[formality],
  filiationType: (type) => ({ biological: 'biological', adoptive: 'adoption', foster: 'foster care', step: 'step-parent' })[type],
  unnamed: 'unnamed',
  otherMeasure: 'other measure',
};

function possessive(gender: Gender): string {
  return byGender(gender, 'her', 'his', 'their');
}

export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const PHRASES: Readonly<Record<Locale, Phrases>> = { fr, en };
