// Vocabulary of the Clinique de Concertation (see DOMAIN.md), as presets with French and English
// labels. Roles, institution types and measures may also be free text; the presets are what the
// anonymiser can keep, because they name a function, never a person.
import type { Locale } from '../i18n/messages';
import type { Mandate } from './links';
import type { Field, InstitutionCategory } from './nodes';

export interface Label {
  fr: string;
  en: string;
}

/** A role word in each grammatical gender: what a typed "curatrice" or "infirmier" keeps. */
export interface Gendered {
  feminine: string;
  masculine: string;
  /** Written inclusively ("Éducateur·rice"): what the diagram shows when the gender is not known. */
  inclusive: string;
}

export interface RolePreset {
  key: string;
  /** Short form drawn on the diagram (the inclusive form of `forms`). */
  short: Label;
  long: Label;
  /** The short form in each gender, per language. */
  forms: Readonly<Record<Locale, Gendered>>;
  /**
   * Every way of writing exactly this function, per language: its forms, its full title, and the
   * other names of the same function ("assistante sociale" for the AS). Typed as is, a role that is
   * one of these is the preset itself (stored as its key); the aliases also hold kinds of it.
   */
  names: Readonly<Record<Locale, readonly string[]>>;
  /** The field of action the role implies, if it implies one (a head of department may work in any). */
  field?: Field;
  /** The nature of an intervention by this role when the role implies one (a CPIP acts under a judge's mandate). */
  mandate?: Mandate;
  /**
   * Other ways practitioners type the role, per language: full titles, abbreviations, older names.
   * "f:" or "m:" in front says the gender the typed words give.
   */
  aliases: Readonly<Record<Locale, readonly string[]>>;
}

interface RoleSpec {
  /** Feminine, masculine, inclusive; one string when the word does not change. */
  fr: string | readonly [string, string, string];
  en: string | readonly [string, string, string];
  long?: Partial<Label>;
  field?: Field;
  mandate?: Mandate;
  /** Other names of exactly this function ("f:"/"m:" marked as aliases are): see RolePreset.names. */
  names?: readonly string[];
  aliases?: readonly string[];
  enAliases?: readonly string[];
}

function gendered(forms: RoleSpec['fr']): Gendered {
  const [feminine, masculine, inclusive] = typeof forms === 'string' ? [forms, forms, forms] : forms;
  return { feminine, masculine, inclusive };
}

function role(key: string, spec: RoleSpec): RolePreset {
  const forms = { fr: gendered(spec.fr), en: gendered(spec.en) };
  const short = { fr: forms.fr.inclusive, en: forms.en.inclusive };
  const long = { ...short, ...spec.long };
  const names = spec.names ?? [];
  return {
    key,
    short,
    long,
    forms,
    names: {
      fr: [...Object.values(forms.fr), long.fr, ...names.map((name) => name.replace(/^[fm]:/u, ''))],
      en: [...Object.values(forms.en), long.en],
    },
    ...(spec.field ? { field: spec.field } : {}),
    ...(spec.mandate ? { mandate: spec.mandate } : {}),
    aliases: { fr: [...names, ...(spec.aliases ?? [])], en: spec.enAliases ?? [] },
  };
}

/**
 * The functions met in French social, health, justice and education services (DOMAIN.md and the
 * seeds). Order matters only for the inspector's list; keys are stored in cases, never renamed.
 */
export const ROLE_PRESETS: readonly RolePreset[] = [
  role('as', {
    fr: 'AS', en: 'Social worker', long: { fr: 'Assistant·e de service social' }, field: 'aide',
    names: ['f:assistante sociale', 'm:assistant social', 'assistant·e social·e', 'f:assistante de service social', 'm:assistant de service social'], aliases: ['ASS'], enAliases: ['social worker'],
  }),
  role('educateur', {
    fr: ['Éducatrice', 'Éducateur', 'Éducateur·rice'], en: 'Educator', long: { fr: 'Éducateur·rice spécialisé·e', en: 'Specialised educator' }, field: 'education',
    names: ['f:éducatrice spécialisée', 'm:éducateur spécialisé'], aliases: ['éduc', 'éduc spé', 'f:monitrice éducatrice', 'm:moniteur éducateur', 'f:éducatrice de jeunes enfants', 'm:éducateur de jeunes enfants', 'EJE'], enAliases: ['youth worker'],
  }),
  role('cesf', { fr: 'CESF', en: 'Family economist', long: { fr: 'Conseiller·ère en économie sociale et familiale', en: 'Social and family economics adviser' }, field: 'aide', names: ['f:conseillère en économie sociale et familiale', 'm:conseiller en économie sociale et familiale'] }),
  role('psychologue', { fr: 'Psychologue', en: 'Psychologist', field: 'soin', aliases: ['psy', 'psychologue clinicien·ne', 'neuropsychologue', 'PsyEN'] }),
  role('psychiatre', { fr: 'Psychiatre', en: 'Psychiatrist', field: 'soin', names: ['médecin psychiatre'] }),
  role('medecin', { fr: 'Médecin', en: 'Doctor', field: 'soin', aliases: ['médecin traitant', 'médecin généraliste', 'généraliste', 'docteur', 'Dr', 'médecin PMI', 'médecin scolaire'], enAliases: ['GP', 'general practitioner'] }),
  role('infirmier', { fr: ['Infirmière', 'Infirmier', 'Infirmier·e'], en: 'Nurse', field: 'soin', aliases: ['IDE', 'ISP', 'f:infirmière psychiatrique', 'm:infirmier psychiatrique'] }),
  role('mandataire', {
    fr: 'Mandataire', en: 'Guardian', long: { fr: 'Mandataire judiciaire', en: 'Court-appointed guardian' }, field: 'controle', mandate: 'judicial',
    names: ['mandataire judiciaire à la protection des majeurs'], aliases: ['MJPM', 'f:déléguée mandataire', 'm:délégué mandataire', 'f:déléguée à la tutelle', 'm:délégué à la tutelle', 'f:déléguée tutelle', 'm:délégué tutelle'], enAliases: ['court-appointed guardian'],
  }),
  role('juge', {
    fr: 'Juge', en: 'Judge', field: 'controle', mandate: 'judicial',
    aliases: ['juge des enfants', 'juge pour enfants', 'JE', 'JDE', 'JAF', 'juge aux affaires familiales', 'JAP', 'juge de l’application des peines', 'juge d’application des peines', 'juge des tutelles', 'juge des contentieux de la protection', 'magistrat·e', 'f:magistrate', 'm:magistrat'],
  }),
  role('cpip', { fr: 'CPIP', en: 'Probation officer', long: { fr: 'Conseiller·ère d’insertion et de probation' }, field: 'controle', mandate: 'judicial', names: ['f:conseillère d’insertion et de probation', 'm:conseiller d’insertion et de probation', 'f:conseillère pénitentiaire d’insertion et de probation', 'm:conseiller pénitentiaire d’insertion et de probation'], aliases: ['f:conseillère SPIP', 'm:conseiller SPIP'], enAliases: ['probation officer'] }),
  role('enseignant', {
    fr: ['Enseignante', 'Enseignant', 'Enseignant·e'], en: 'Teacher', field: 'education',
    aliases: ['f:professeure', 'm:professeur', 'prof', 'f:professeure des écoles', 'm:professeur des écoles', 'f:professeure principale', 'm:professeur principal', 'f:institutrice', 'm:instituteur', 'f:maîtresse', 'PE', 'f:enseignante référente', 'm:enseignant référent', 'f:enseignante spécialisée', 'm:enseignant spécialisé'],
  }),
  role('cpe', { fr: 'CPE', en: 'Pastoral lead', long: { fr: 'Conseiller·ère principal·e d’éducation', en: 'Pastoral lead (school)' }, field: 'education', names: ['f:conseillère principale d’éducation', 'm:conseiller principal d’éducation'] }),
  role('mediateur', { fr: ['Médiatrice', 'Médiateur', 'Médiateur·rice'], en: 'Mediator', field: 'aide', aliases: ['f:médiatrice familiale', 'm:médiateur familial', 'f:adulte relais', 'adulte-relais'] }),
  role('conseiller', { fr: ['Conseillère', 'Conseiller', 'Conseiller·ère'], en: 'Adviser', field: 'aide', aliases: ['f:conseillère sociale', 'm:conseiller social', 'f:chargée de clientèle', 'm:chargé de clientèle', 'f:conseillère clientèle', 'm:conseiller clientèle', 'gestionnaire', 'gestionnaire locatif·ve', 'f:chargée de gestion locative', 'm:chargé de gestion locative', 'f:chargée de contentieux', 'm:chargé de contentieux', 'f:chargée de recouvrement', 'm:chargé de recouvrement'], enAliases: ['adviser', 'advisor'] }),
  // A lawyer assists and defends the person: help, not control (the judge and the CPIP control).
  role('avocat', { fr: ['Avocate', 'Avocat', 'Avocat·e'], en: 'Lawyer', field: 'aide', enAliases: ['lawyer'] }),
  role('benevole', { fr: 'Bénévole', en: 'Volunteer', field: 'aide', enAliases: ['volunteer'] }),
  // Added with the role vocabulary (issue 13): functions practitioners type that had no preset.
  role('curateur', { fr: ['Curatrice', 'Curateur', 'Curateur·rice'], en: 'Deputy (curatorship)', long: { fr: 'Curateur·rice (mandataire judiciaire)' }, field: 'controle', mandate: 'judicial', enAliases: ['deputy'] }),
  role('tuteur', { fr: ['Tutrice', 'Tuteur', 'Tuteur·rice'], en: 'Legal guardian', long: { fr: 'Tuteur·rice (mandataire judiciaire)' }, field: 'controle', mandate: 'judicial', enAliases: ['legal guardian'] }),
  role('educateur-pjj', { fr: ['Éducatrice PJJ', 'Éducateur PJJ', 'Éducateur·rice PJJ'], en: 'Youth justice worker', long: { fr: 'Éducateur·rice de la Protection judiciaire de la jeunesse' }, field: 'education', mandate: 'judicial', names: ['f:éducatrice de la protection judiciaire de la jeunesse', 'm:éducateur de la protection judiciaire de la jeunesse'], aliases: ['f:éducatrice de la PJJ', 'm:éducateur de la PJJ'], enAliases: ['youth offending worker'] }),
  role('referent-ase', { fr: ['Référente ASE', 'Référent ASE', 'Référent·e ASE'], en: 'Child welfare caseworker', long: { fr: 'Référent·e de l’Aide sociale à l’enfance' }, field: 'aide', names: ['f:référente de l’aide sociale à l’enfance', 'm:référent de l’aide sociale à l’enfance'], aliases: ['f:référente de l’ASE', 'm:référent de l’ASE', 'f:référente aide sociale à l’enfance', 'm:référent aide sociale à l’enfance', 'f:référente enfance', 'm:référent enfance'] }),
  role('tisf', { fr: 'TISF', en: 'Family support worker', long: { fr: 'Technicien·ne de l’intervention sociale et familiale' }, field: 'aide', names: ['f:technicienne de l’intervention sociale et familiale', 'm:technicien de l’intervention sociale et familiale'], enAliases: ['family support worker'] }),
  role('aide-domicile', { fr: 'Aide à domicile', en: 'Home help', field: 'aide', aliases: ['auxiliaire de vie', 'auxiliaire de vie sociale', 'f:aide ménagère', 'aide-ménagère', 'f:assistante de vie', 'm:assistant de vie'], enAliases: ['home help', 'home carer'] }),
  role('assistant-familial', { fr: ['Assistante familiale', 'Assistant familial', 'Assistant·e familial·e'], en: 'Foster carer', field: 'education', aliases: ['assfam', 'famille d’accueil'], enAliases: ['foster carer', 'foster parent'] }),
  role('psychomotricien', { fr: ['Psychomotricienne', 'Psychomotricien', 'Psychomotricien·ne'], en: 'Psychomotor therapist', field: 'soin', aliases: ['psychomot'] }),
  role('orthophoniste', { fr: 'Orthophoniste', en: 'Speech therapist', field: 'soin', aliases: ['ortho'], enAliases: ['speech therapist'] }),
  role('ergotherapeute', { fr: 'Ergothérapeute', en: 'Occupational therapist', field: 'soin', aliases: ['ergo'], enAliases: ['occupational therapist'] }),
  role('pediatre', { fr: 'Pédiatre', en: 'Paediatrician', field: 'soin', enAliases: ['pediatrician'] }),
  role('pedopsychiatre', { fr: 'Pédopsychiatre', en: 'Child psychiatrist', field: 'soin', enAliases: ['child psychiatrist'] }),
  role('sage-femme', { fr: 'Sage-femme', en: 'Midwife', field: 'soin', aliases: ['m:maïeuticien'], enAliases: ['midwife'] }),
  role('puericulteur', { fr: ['Puéricultrice', 'Puériculteur', 'Puériculteur·rice'], en: 'Health visitor', field: 'soin', aliases: ['f:infirmière puéricultrice', 'm:infirmier puériculteur'], enAliases: ['health visitor'] }),
  role('infirmier-scolaire', { fr: ['Infirmière scolaire', 'Infirmier scolaire', 'Infirmier·e scolaire'], en: 'School nurse', field: 'soin', enAliases: ['school nurse'] }),
  role('infirmier-liberal', { fr: ['Infirmière libérale', 'Infirmier libéral', 'Infirmier·e libéral·e'], en: 'Community nurse', field: 'soin', aliases: ['IDEL', 'f:infirmière lib', 'm:infirmier lib', 'f:infirmière à domicile', 'm:infirmier à domicile'], enAliases: ['community nurse', 'district nurse'] }),
  role('addictologue', { fr: 'Addictologue', en: 'Addiction specialist', field: 'soin', aliases: ['médecin addictologue'], enAliases: ['addiction specialist'] }),
  role('intervenant-addictologie', { fr: ['Intervenante en addictologie', 'Intervenant en addictologie', 'Intervenant·e en addictologie'], en: 'Addiction worker', field: 'soin', enAliases: ['addiction worker', 'drug worker'] }),
  role('aesh', { fr: 'AESH', en: 'Teaching assistant', long: { fr: 'Accompagnant·e d’élèves en situation de handicap', en: 'Teaching assistant (special needs)' }, field: 'education', names: ['f:accompagnante d’élèves en situation de handicap', 'm:accompagnant d’élèves en situation de handicap'], aliases: ['AVS', 'auxiliaire de vie scolaire'], enAliases: ['teaching assistant'] }),
  role('conseiller-mission-locale', { fr: ['Conseillère Mission locale', 'Conseiller Mission locale', 'Conseiller·ère Mission locale'], en: 'Youth employment adviser', field: 'aide', aliases: ['f:conseillère ML', 'm:conseiller ML', 'f:conseillère de la Mission locale', 'm:conseiller de la Mission locale', 'f:conseillère en insertion Mission locale', 'm:conseiller en insertion Mission locale'] }),
  role('conseiller-france-travail', { fr: ['Conseillère France Travail', 'Conseiller France Travail', 'Conseiller·ère France Travail'], en: 'Job centre adviser', field: 'aide', aliases: ['f:conseillère Pôle emploi', 'm:conseiller Pôle emploi'], enAliases: ['job coach'] }),
  role('cip', { fr: 'CIP', en: 'Employment adviser', long: { fr: 'Conseiller·ère en insertion professionnelle' }, field: 'aide', names: ['f:conseillère en insertion professionnelle', 'm:conseiller en insertion professionnelle'], aliases: ['f:conseillère en insertion', 'm:conseiller en insertion', 'f:chargée d’insertion', 'm:chargé d’insertion'], enAliases: ['employment adviser'] }),
  role('referent', { fr: ['Référente', 'Référent', 'Référent·e'], en: 'Key worker', field: 'aide', aliases: ['f:référente RSA', 'm:référent RSA', 'f:référente sociale', 'm:référent social', 'f:référente de parcours', 'm:référent de parcours'], enAliases: ['key worker', 'caseworker'] }),
  role('travailleur-social', { fr: ['Travailleuse sociale', 'Travailleur social', 'Travailleur·euse social·e'], en: 'Support worker', field: 'aide', aliases: ['f:intervenante sociale', 'm:intervenant social'], enAliases: ['support worker'] }),
  role('animateur', { fr: ['Animatrice', 'Animateur', 'Animateur·rice'], en: 'Activity leader', field: 'education', enAliases: ['activity leader'] }),
  role('chef-service', { fr: ['Cheffe de service', 'Chef de service', 'Chef·fe de service'], en: 'Head of department', aliases: ['CDS', 'f:responsable de service', 'm:responsable de service', 'f:cheffe de service éducative', 'm:chef de service éducatif'], enAliases: ['head of department', 'team manager', 'service manager'] }),
  role('directeur', { fr: ['Directrice', 'Directeur', 'Directeur·rice'], en: 'Director', aliases: ['f:directrice d’établissement', 'm:directeur d’établissement', 'f:directrice d’école', 'm:directeur d’école', 'f:principale', 'm:principal', 'f:proviseure', 'm:proviseur'], enAliases: ['director', 'head teacher', 'headteacher'] }),
  role('coordinateur', { fr: ['Coordinatrice', 'Coordinateur', 'Coordinateur·rice'], en: 'Coordinator', enAliases: ['coordinator'] }),
  role('policier', { fr: ['Policière', 'Policier', 'Policier·ère'], en: 'Police officer', field: 'controle', aliases: ['gendarme', 'f:brigadière', 'm:brigadier', 'f:officière de police', 'm:officier de police'], enAliases: ['police officer'] }),
];

export interface InstitutionPreset {
  key: string;
  category: InstitutionCategory;
  label: Label;
  /** The nature of its interventions when the institution implies one (the CAF pays benefits: administrative). */
  mandate?: Mandate;
}

export const INSTITUTION_PRESETS: readonly InstitutionPreset[] = [
  { key: 'conseil-departemental', category: 'social', label: { fr: 'Conseil départemental', en: 'County council' }, mandate: 'administrative' },
  { key: 'mds', category: 'social', label: { fr: 'MDS', en: 'Social services centre' }, mandate: 'administrative' },
  { key: 'ccas', category: 'social', label: { fr: 'CCAS', en: 'Municipal social services' }, mandate: 'administrative' },
  { key: 'ase', category: 'social', label: { fr: 'ASE', en: 'Child welfare' } },
  { key: 'service-aemo', category: 'social', label: { fr: 'Service d’AEMO', en: 'Home supervision service' }, mandate: 'judicial' },
  { key: 'caf', category: 'benefits', label: { fr: 'CAF', en: 'Family benefits office' }, mandate: 'administrative' },
  { key: 'cpam', category: 'benefits', label: { fr: 'CPAM', en: 'Health insurance' }, mandate: 'administrative' },
  { key: 'tribunal', category: 'justice', label: { fr: 'Tribunal', en: 'Court' }, mandate: 'judicial' },
  { key: 'spip', category: 'justice', label: { fr: 'SPIP', en: 'Probation service' }, mandate: 'judicial' },
  { key: 'pjj', category: 'justice', label: { fr: 'PJJ', en: 'Youth justice' }, mandate: 'judicial' },
  { key: 'police', category: 'justice', label: { fr: 'Police / gendarmerie', en: 'Police' } },
  { key: 'udaf', category: 'legal-protection', label: { fr: 'UDAF', en: 'Guardianship association' }, mandate: 'judicial' },
  { key: 'hopital', category: 'health', label: { fr: 'Hôpital', en: 'Hospital' } },
  { key: 'pmi', category: 'health', label: { fr: 'PMI', en: 'Mother and child health' } },
  { key: 'cabinet-medical', category: 'health', label: { fr: 'Cabinet médical', en: 'Medical practice' } },
  { key: 'cmp', category: 'mental-health', label: { fr: 'CMP', en: 'Mental health centre' } },
  { key: 'cmpp', category: 'mental-health', label: { fr: 'CMPP', en: 'Child guidance centre' } },
  { key: 'hopital-psychiatrique', category: 'mental-health', label: { fr: 'Hôpital psychiatrique', en: 'Psychiatric hospital' } },
  { key: 'csapa', category: 'addiction', label: { fr: 'CSAPA', en: 'Addiction centre' } },
  { key: 'mdph', category: 'disability', label: { fr: 'MDPH', en: 'Disability office' } },
  { key: 'esat', category: 'disability', label: { fr: 'ESAT', en: 'Sheltered workshop' } },
  { key: 'bailleur-social', category: 'housing', label: { fr: 'Bailleur social', en: 'Social landlord' }, mandate: 'contractual' },
  { key: 'siao', category: 'housing', label: { fr: 'SIAO', en: 'Housing referral service' } },
  { key: 'ecole', category: 'education', label: { fr: 'École', en: 'Primary school' } },
  { key: 'college', category: 'education', label: { fr: 'Collège', en: 'Secondary school' } },
  { key: 'lycee', category: 'education', label: { fr: 'Lycée', en: 'High school' } },
  { key: 'mission-locale', category: 'employment', label: { fr: 'Mission locale', en: 'Youth employment service' } },
  { key: 'france-travail', category: 'employment', label: { fr: 'France Travail', en: 'Job centre' } },
  { key: 'employeur', category: 'employment', label: { fr: 'Employeur', en: 'Employer' } },
  { key: 'association', category: 'association', label: { fr: 'Association', en: 'Charity' } },
];

export const CATEGORY_LABELS: Readonly<Record<InstitutionCategory, Label>> = {
  social: { fr: 'Services sociaux', en: 'Social services' },
  benefits: { fr: 'Prestations', en: 'Benefits' },
  justice: { fr: 'Justice', en: 'Justice' },
  'legal-protection': { fr: 'Protection juridique', en: 'Legal protection' },
  health: { fr: 'Santé', en: 'Health' },
  'mental-health': { fr: 'Santé mentale', en: 'Mental health' },
  addiction: { fr: 'Addictologie', en: 'Addiction' },
  disability: { fr: 'Handicap', en: 'Disability' },
  housing: { fr: 'Logement', en: 'Housing' },
  education: { fr: 'Éducation', en: 'Education' },
  employment: { fr: 'Emploi, jeunesse', en: 'Employment, youth' },
  association: { fr: 'Association', en: 'Association' },
  other: { fr: 'Autre', en: 'Other' },
};

export const FIELD_LABELS: Readonly<Record<Field, Label>> = {
  aide: { fr: 'Aide', en: 'Support' },
  soin: { fr: 'Soin', en: 'Care' },
  education: { fr: 'Éducation', en: 'Education' },
  controle: { fr: 'Contrôle', en: 'Control' },
};

export interface MeasurePreset {
  key: string;
  label: Label;
  /** The mandate the measure is taken under, when it says (an AEMO is ordered by the juge des enfants). */
  mandate?: Mandate;
}

export const MEASURE_PRESETS: readonly MeasurePreset[] = [
  { key: 'aemo', label: { fr: 'AEMO', en: 'Home supervision order' }, mandate: 'judicial' },
  { key: 'aed', label: { fr: 'AED', en: 'Home support' }, mandate: 'administrative' },
  { key: 'placement', label: { fr: 'Placement', en: 'Placement' } },
  { key: 'curatelle', label: { fr: 'Curatelle', en: 'Curatorship' }, mandate: 'judicial' },
  { key: 'tutelle', label: { fr: 'Tutelle', en: 'Guardianship' }, mandate: 'judicial' },
  { key: 'controle-judiciaire', label: { fr: 'Contrôle judiciaire', en: 'Judicial supervision' }, mandate: 'judicial' },
  { key: 'obligation-soins', label: { fr: 'Obligation de soins', en: 'Treatment order' }, mandate: 'judicial' },
  { key: 'suivi', label: { fr: 'Suivi', en: 'Follow-up' } },
  { key: 'accompagnement', label: { fr: 'Accompagnement', en: 'Support' } },
  { key: 'prestations', label: { fr: 'Prestations', en: 'Benefits' } },
  { key: 'scolarite', label: { fr: 'Scolarité', en: 'Schooling' } },
  { key: 'soins', label: { fr: 'Soins', en: 'Care' } },
  { key: 'logement', label: { fr: 'Logement', en: 'Housing' } },
];

/** The preset of this key in a list (roles, institution types, measures), if the key is one. */
export function findPreset<T extends { key: string }>(list: readonly T[], key: string): T | undefined {
  return list.find((item) => item.key === key);
}

/** Whether a stored value is a preset's key rather than free text (free text may name someone). */
export function isPreset(list: readonly { key: string }[], key: string): boolean {
  return findPreset(list, key) !== undefined;
}

/** Short role for the diagram: the preset's label, or the free text as typed. */
export function roleLabel(role: string, locale: Locale): string {
  return findPreset(ROLE_PRESETS, role)?.short[locale] ?? role;
}
export function institutionTypeLabel(type: string, locale: Locale): string | undefined {
  return findPreset(INSTITUTION_PRESETS, type)?.label[locale];
}
export function measureLabel(measure: string, locale: Locale): string {
  return findPreset(MEASURE_PRESETS, measure)?.label[locale] ?? measure;
}

/**
 * What the inspector suggests while a role is typed: every preset in its feminine, masculine and
 * inclusive forms and its full title, in the user's language, each once.
 */
export function roleSuggestions(locale: Locale): string[] {
  const all = ROLE_PRESETS.flatMap((r) => [r.forms[locale].feminine, r.forms[locale].masculine, r.forms[locale].inclusive, r.long[locale]]);
  return [...new Set(all)].sort((a, b) => a.localeCompare(b, locale));
}
