// Vocabulary of the Clinique de Concertation (see DOMAIN.md), as presets with French and English
// labels. Roles, institution types and measures may also be free text; the presets are what the
// anonymiser can keep, because they name a function, never a person.
import type { Locale } from '../i18n/messages';
import type { Field, InstitutionCategory } from './nodes';

export interface Label {
  fr: string;
  en: string;
}

export interface RolePreset {
  key: string;
  /** Short form drawn on the diagram. */
  short: Label;
  long: Label;
  field: Field;
}

export const ROLE_PRESETS: readonly RolePreset[] = [
  { key: 'as', short: { fr: 'AS', en: 'Social worker' }, long: { fr: 'Assistant·e de service social', en: 'Social worker' }, field: 'aide' },
  { key: 'educateur', short: { fr: 'Éducateur·rice', en: 'Educator' }, long: { fr: 'Éducateur·rice spécialisé·e', en: 'Specialised educator' }, field: 'education' },
  { key: 'cesf', short: { fr: 'CESF', en: 'Family economist' }, long: { fr: 'Conseiller·ère en économie sociale et familiale', en: 'Social and family economics adviser' }, field: 'aide' },
  { key: 'psychologue', short: { fr: 'Psychologue', en: 'Psychologist' }, long: { fr: 'Psychologue', en: 'Psychologist' }, field: 'soin' },
  { key: 'psychiatre', short: { fr: 'Psychiatre', en: 'Psychiatrist' }, long: { fr: 'Psychiatre', en: 'Psychiatrist' }, field: 'soin' },
  { key: 'medecin', short: { fr: 'Médecin', en: 'Doctor' }, long: { fr: 'Médecin', en: 'Doctor' }, field: 'soin' },
  { key: 'infirmier', short: { fr: 'Infirmier·e', en: 'Nurse' }, long: { fr: 'Infirmier·e', en: 'Nurse' }, field: 'soin' },
  { key: 'mandataire', short: { fr: 'Mandataire', en: 'Guardian' }, long: { fr: 'Mandataire judiciaire', en: 'Court-appointed guardian' }, field: 'controle' },
  { key: 'juge', short: { fr: 'Juge', en: 'Judge' }, long: { fr: 'Juge', en: 'Judge' }, field: 'controle' },
  { key: 'cpip', short: { fr: 'CPIP', en: 'Probation officer' }, long: { fr: 'Conseiller·ère d’insertion et de probation', en: 'Probation officer' }, field: 'controle' },
  { key: 'enseignant', short: { fr: 'Enseignant·e', en: 'Teacher' }, long: { fr: 'Enseignant·e', en: 'Teacher' }, field: 'education' },
  { key: 'cpe', short: { fr: 'CPE', en: 'Pastoral lead' }, long: { fr: 'Conseiller·ère principal·e d’éducation', en: 'Pastoral lead (school)' }, field: 'education' },
  { key: 'mediateur', short: { fr: 'Médiateur·rice', en: 'Mediator' }, long: { fr: 'Médiateur·rice', en: 'Mediator' }, field: 'aide' },
  { key: 'conseiller', short: { fr: 'Conseiller·ère', en: 'Adviser' }, long: { fr: 'Conseiller·ère', en: 'Adviser' }, field: 'aide' },
  { key: 'avocat', short: { fr: 'Avocat·e', en: 'Lawyer' }, long: { fr: 'Avocat·e', en: 'Lawyer' }, field: 'controle' },
  { key: 'benevole', short: { fr: 'Bénévole', en: 'Volunteer' }, long: { fr: 'Bénévole', en: 'Volunteer' }, field: 'aide' },
];

export interface InstitutionPreset {
  key: string;
  category: InstitutionCategory;
  label: Label;
}

export const INSTITUTION_PRESETS: readonly InstitutionPreset[] = [
  { key: 'conseil-departemental', category: 'social', label: { fr: 'Conseil départemental', en: 'County council' } },
  { key: 'mds', category: 'social', label: { fr: 'MDS', en: 'Social services centre' } },
  { key: 'ccas', category: 'social', label: { fr: 'CCAS', en: 'Municipal social services' } },
  { key: 'ase', category: 'social', label: { fr: 'ASE', en: 'Child welfare' } },
  { key: 'service-aemo', category: 'social', label: { fr: 'Service d’AEMO', en: 'Home supervision service' } },
  { key: 'caf', category: 'benefits', label: { fr: 'CAF', en: 'Family benefits office' } },
  { key: 'cpam', category: 'benefits', label: { fr: 'CPAM', en: 'Health insurance' } },
  { key: 'tribunal', category: 'justice', label: { fr: 'Tribunal', en: 'Court' } },
  { key: 'spip', category: 'justice', label: { fr: 'SPIP', en: 'Probation service' } },
  { key: 'pjj', category: 'justice', label: { fr: 'PJJ', en: 'Youth justice' } },
  { key: 'police', category: 'justice', label: { fr: 'Police / gendarmerie', en: 'Police' } },
  { key: 'udaf', category: 'legal-protection', label: { fr: 'UDAF', en: 'Guardianship association' } },
  { key: 'hopital', category: 'health', label: { fr: 'Hôpital', en: 'Hospital' } },
  { key: 'pmi', category: 'health', label: { fr: 'PMI', en: 'Mother and child health' } },
  { key: 'cabinet-medical', category: 'health', label: { fr: 'Cabinet médical', en: 'Medical practice' } },
  { key: 'cmp', category: 'mental-health', label: { fr: 'CMP', en: 'Mental health centre' } },
  { key: 'cmpp', category: 'mental-health', label: { fr: 'CMPP', en: 'Child guidance centre' } },
  { key: 'hopital-psychiatrique', category: 'mental-health', label: { fr: 'Hôpital psychiatrique', en: 'Psychiatric hospital' } },
  { key: 'csapa', category: 'addiction', label: { fr: 'CSAPA', en: 'Addiction centre' } },
  { key: 'mdph', category: 'disability', label: { fr: 'MDPH', en: 'Disability office' } },
  { key: 'esat', category: 'disability', label: { fr: 'ESAT', en: 'Sheltered workshop' } },
  { key: 'bailleur-social', category: 'housing', label: { fr: 'Bailleur social', en: 'Social landlord' } },
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
}

export const MEASURE_PRESETS: readonly MeasurePreset[] = [
  { key: 'aemo', label: { fr: 'AEMO', en: 'Home supervision order' } },
  { key: 'aed', label: { fr: 'AED', en: 'Home support' } },
  { key: 'placement', label: { fr: 'Placement', en: 'Placement' } },
  { key: 'curatelle', label: { fr: 'Curatelle', en: 'Curatorship' } },
  { key: 'tutelle', label: { fr: 'Tutelle', en: 'Guardianship' } },
  { key: 'controle-judiciaire', label: { fr: 'Contrôle judiciaire', en: 'Judicial supervision' } },
  { key: 'obligation-soins', label: { fr: 'Obligation de soins', en: 'Treatment order' } },
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
