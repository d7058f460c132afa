// Every user-visible string, French first. The English table must have exactly the same keys
// (the type enforces it). Strings live in shared/ because exported diagrams (legends, title
// blocks) are rendered outside the browser too.

export const fr = {
  'app.name': 'Maillage',
  'app.tagline': 'Sociogénogrammes pour la Clinique de Concertation',
  'app.version': 'Version {version}',
  'start.title': 'Bienvenue dans Maillage',
  'start.intro':
    'Dessinez en séance la famille, son réseau primaire et son réseau secondaire sur un seul schéma. Les données restent sur cet ordinateur, chiffrées.',
  'start.newCase': 'Nouvelle situation',
  'start.openExample': 'Ouvrir l’exemple (situation fictive)',
  'start.library': 'Bibliothèque des situations',
  'start.privacy': 'Rien ne quitte cet ordinateur : aucune connexion réseau.',
  'language.label': 'Langue',
  'language.fr': 'Français',
  'language.en': 'English',
} as const;

export type MessageKey = keyof typeof fr;
export type Messages = Readonly<Record<MessageKey, string>>;

export const en: Messages = {
  'app.name': 'Maillage',
  'app.tagline': 'Sociogenograms for the Clinique de Concertation',
  'app.version': 'Version {version}',
  'start.title': 'Welcome to Maillage',
  'start.intro':
    'Draw the family, its primary network and its secondary network on one diagram, live in a session. Data stays on this computer, encrypted.',
  'start.newCase': 'New case',
  'start.openExample': 'Open the example (an invented case)',
  'start.library': 'Case library',
  'start.privacy': 'Nothing leaves this computer: no network connection.',
  'language.label': 'Language',
  'language.fr': 'Français',
  'language.en': 'English',
};

export const MESSAGES = { fr, en } as const;
export type Locale = keyof typeof MESSAGES;
export const LOCALES: readonly Locale[] = ['fr', 'en'];

/** Looks a message up and fills its `{placeholders}`. */
export function translate(locale: Locale, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const template: string = MESSAGES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
