// Quick entry as people talk: "Enzo, 14", "Enzo 14 ans", "Enzo (14)" name the person and give
// their age in one go; "Monique, 1963" gives a birth year; "Louis, †2019" marks a death.
export interface NameEntry {
  name: string;
  age?: number;
  birthYear?: number;
  deathYear?: number;
}

const AGE_SUFFIX = /^(.*?)(?:,\s*|\s+\(|\s+)(\d{1,3})\s*(?:ans?|years?|yo)?\)?\s*$/iu;
const YEAR_SUFFIX = /^(.*?)(?:,\s*|\s+)(†\s*)?(1[89]\d\d|2[01]\d\d)\s*$/u;

export function parseNameEntry(raw: string): NameEntry {
  const text = raw.trim().replace(/\s+/g, ' ');
  const year = YEAR_SUFFIX.exec(text);
  if (year?.[1]) {
    const value = Number(year[3]);
    return year[2] ? { name: year[1].trim(), deathYear: value } : { name: year[1].trim(), birthYear: value };
  }
  const age = AGE_SUFFIX.exec(text);
  // A bare number is not a name with an age ("14" alone stays a name).
  if (age?.[1] && Number(age[2]) <= 130) return { name: age[1].trim().replace(/,$/, ''), age: Number(age[2]) };
  return { name: text };
}
