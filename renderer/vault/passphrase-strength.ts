// A rough strength estimate for feedback while typing (not a security boundary: the KDF is). A few
// lines rather than a dictionary library that would weigh more than the whole app.
export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

export function passphraseStrength(passphrase: string, minLength: number): Strength {
  const text = passphrase.normalize('NFC');
  if ([...text].length < minLength) return 'too-short';
  const classes = [/[a-zà-ÿ]/, /[A-ZÀ-Þ]/, /\d/, /[^\p{L}\d]/u].filter((re) => re.test(text)).length;
  const words = text.trim().split(/\s+/).filter((w) => w.length >= 3).length;
  const distinct = new Set(text).size;
  if (distinct < 5) return 'weak';
  const score = [...text].length / 4 + classes * 2 + words * 2;
  if (score >= 14) return 'strong';
  if (score >= 9) return 'fair';
  return 'weak';
}
