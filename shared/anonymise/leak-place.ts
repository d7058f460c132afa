// Where the leak guard found a name, said in the user's words and language ("le libellé de la
// personne « Mère »", "le titre"): what a blocked export shows, in the app and on the command line.
import { translate, type Locale } from '../i18n/messages';
import type { Leak, LeakPlace } from './leak-guard';

export function describePlace(place: LeakPlace, locale: Locale): string {
  if (place.kind === 'label') return translate(locale, `export.place.${place.element}`, { label: place.label });
  return translate(locale, `export.place.${place.kind}`);
}

/** "« Sophie » trouvé dans le libellé de la personne « Mère »". */
export function describeLeak(leak: Leak, locale: Locale): string {
  return translate(locale, 'export.leakAt', { text: leak.text, place: describePlace(leak.place, locale) });
}
