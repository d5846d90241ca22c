export type Tone = 'ngang' | 'huyen' | 'sac' | 'hoi' | 'nga' | 'nang'

const TONE_MARKS: Record<Exclude<Tone, 'ngang'>, string> = {
  huyen: '\u0300',
  sac: '\u0301',
  hoi: '\u0309',
  nga: '\u0303',
  nang: '\u0323',
}

export const TONES = ['ngang', ...Object.keys(TONE_MARKS)] as readonly Tone[]

const VOWELS = 'aăâeêioôơuưy'

/** The 29 letters of the Vietnamese alphabet (lower case, without tone marks). */
export const VIETNAMESE_LETTERS: ReadonlySet<string> = new Set('aăâbcdđeêghiklmnoôơpqrstuưvxy')

// Letters that only Vietnamese spelling uses; a word holding one of them (or a tone mark) is
// meant as Vietnamese, not as a foreign word typed without marks.
const VIETNAMESE_ONLY_LETTERS: ReadonlySet<string> = new Set('ăâđêôơư')

const TONED = new Map<string, readonly [string, Tone]>()
const COMPOSED = new Map<string, string>()
for (const vowel of VOWELS + VOWELS.toUpperCase()) {
  for (const [tone, mark] of Object.entries(TONE_MARKS) as [Tone, string][]) {
    const toned = (vowel + mark).normalize('NFC')
    TONED.set(toned, [vowel, tone])
    COMPOSED.set(vowel + tone, toned)
  }
}

/** Split a precomposed (NFC) letter into its base letter and tone: 'ế' → ['ê', 'sac']. */
export function splitTone(letter: string): readonly [string, Tone] {
  return TONED.get(letter) ?? [letter, 'ngang']
}

/** The base vowel carrying the tone, in NFC: ('ê', 'sac') → 'ế'. Non-vowels are returned as is. */
export function withTone(base: string, tone: Tone): string {
  return tone === 'ngang' ? base : (COMPOSED.get(base + tone) ?? base)
}

export function isVowel(letter: string): boolean {
  return VOWELS.includes(splitTone(letter.toLowerCase())[0])
}

/** Does the word carry a tone mark or one of ă â đ ê ô ơ ư? */
export function hasVietnameseMarks(word: string): boolean {
  for (const letter of word.toLowerCase()) {
    const [base, tone] = splitTone(letter)
    if (tone !== 'ngang' || VIETNAMESE_ONLY_LETTERS.has(base)) return true
  }
  return false
}

/** Is every letter of the word a Vietnamese letter, with or without a tone mark? */
export function isVietnameseSpelling(word: string): boolean {
  for (const letter of word.toLowerCase()) {
    if (!VIETNAMESE_LETTERS.has(splitTone(letter)[0])) return false
  }
  return true
}
