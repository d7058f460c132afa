// Quick entry as people talk: "Enzo, 14", "Enzo 14 ans", "Enzo (14)" name the person and give
// their age in one go; "Monique, 1963" gives a birth year; "Louis, †2019" marks a death.
// Only an explicit form counts: after a comma, in brackets, with "ans", or after "†". A number
// after a plain space belongs to the name ("Temp 3", "Chambre 12", "Louis XIV").
export interface NameEntry {
  name: string;
  age?: number;
  birthYear?: number;
  deathYear?: number;
}

const YEAR = '(1[89]\\d\\d|2[01]\\d\\d)';
const AGE = '(\\d{1,3})';
const UNIT = '(?:ans?|years?|yrs?|yo)';
const FORMS: ReadonlyArray<{ pattern: RegExp; field: 'age' | 'birthYear' | 'deathYear' }> = [
  { pattern: new RegExp(`^(.+?)(?:,\\s*|\\s+)†\\s*${YEAR}$`, 'iu'), field: 'deathYear' },
  { pattern: new RegExp(`^(.+?)(?:,\\s*${YEAR}|\\s+\\(${YEAR}\\))$`, 'iu'), field: 'birthYear' },
  { pattern: new RegExp(`^(.+?)(?:,\\s*${AGE}(?:\\s*${UNIT})?|\\s+\\(${AGE}(?:\\s*${UNIT})?\\)|\\s+${AGE}\\s*${UNIT})$`, 'iu'), field: 'age' },
];
const MAX_AGE = 130;

export function parseNameEntry(raw: string): NameEntry {
  const text = raw.trim().replace(/\s+/g, ' ');
  for (const { pattern, field } of FORMS) {
    const match = pattern.exec(text);
    const name = match?.[1]?.trim();
    const value = Number(match?.slice(2).find((group) => group !== undefined));
    if (!name || Number.isNaN(value) || (field === 'age' && value > MAX_AGE)) continue;
    return { name, [field]: value };
  }
  return { name: text };
}
