// The five tone marks, as combining characters after NFD. The letter-forming marks (circumflex,
// breve, horn) are other code points, so "ơa" or "ưy" never match.
const tone = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';

// Older spelling puts the tone of a syllable-final "oa", "oe", "uy" on the second vowel ("Hoà",
// "Thuỵ"); the newer puts it on the first ("Hòa", "Thụy"). After "q" the "u" belongs to the
// consonant, so "Quý" is spelt the same both ways, and before a final consonant both put it on
// the second vowel ("Hoàng"), hence the look-ahead.
const finalOaOe = new RegExp(`(^|[^q])o([ae])(${tone})(?![\\p{L}\\p{M}])`, 'gu');
const finalUy = new RegExp(`(^|[^q])uy(${tone})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * A name in a form where spelling conventions do not matter: NFC, lower case, single spaces, tone
 * marks placed the newer way. "Thuận Hoà" and "Thuận Hòa" compare equal; "Đắk Long" and "Đăk Long"
 * do not (that is a change of the official spelling).
 */
export function comparableName(name: string): string {
  return name
    .normalize('NFD')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(finalOaOe, '$1o$3$2')
    .replace(finalUy, '$1u$2y')
    .normalize('NFC');
}

export function sameName(a: string, b: string): boolean {
  return comparableName(a) === comparableName(b);
}
