/**
 * Where the tone mark goes in the open rhymes oa, oe, uy. Vietnamese publishing names the two
 * conventions:
 * - kiểu cũ ("old", traditional): on the first vowel – hòa, khỏe, thúy, ủy. Newspapers, school
 *   books and state documents use it ("Cộng hòa xã hội chủ nghĩa Việt Nam", "Ủy ban nhân dân"),
 *   so it is the checker's default;
 * - kiểu mới ("new", the 1980s rule of the Ministry of Education, Unikey's "oà, uý" option): on
 *   the main vowel – hoà, khoẻ, thuý, uỷ.
 * Both agree everywhere else (hoàn, thuyết, quý, khuya, thuở), so only these words can disagree.
 */
import { splitTone, TONES, withTone, type Tone } from './letters'

export type TonePlacement = 'old' | 'new'

const STYLE_PAIRS = new Set(['oa', 'oe', 'uy'])

const withEveryTone = (letters: string) =>
  [...letters].flatMap((letter) => TONES.map((tone) => withTone(letter, tone))).join('')

/**
 * The last two letters of words ending in o or u then a, e or y, marked or not: only those words
 * can differ between the styles. Matching the ending alone lets the regex engine skip ahead
 * instead of trying every word.
 */
export const STYLE_ENDING = new RegExp(
  `[${withEveryTone('oOuU')}][${withEveryTone('aAeEyY')}](?![\\p{L}\\p{M}])`,
  'gu',
)

interface Ending {
  /** Index of the pair's first vowel in the word. */
  at: number
  first: string
  second: string
  tone: Tone
  placement: TonePlacement
}

function styledEnding(word: string): Ending | undefined {
  const letters = [...word]
  if (letters.length < 2) return undefined
  const [first, firstTone] = splitTone(letters[letters.length - 2])
  const [second, secondTone] = splitTone(letters[letters.length - 1])
  if (!STYLE_PAIRS.has((first + second).toLowerCase())) return undefined
  // In qu the u belongs to the onset and never takes the mark: quý is the same in both styles.
  if (letters[letters.length - 3]?.toLowerCase() === 'q') return undefined
  if (firstTone === secondTone) return undefined
  const at = word.length - 2
  return firstTone !== 'ngang'
    ? { at, first, second, tone: firstTone, placement: 'old' }
    : { at, first, second, tone: secondTone, placement: 'new' }
}

/** Which convention a word's tone mark follows, if the two conventions differ on it. */
export function tonePlacementOf(word: string): TonePlacement | undefined {
  return styledEnding(word.normalize('NFC'))?.placement
}

/** The word, in NFC, with its tone mark placed by the given convention ("hoà", 'old' → "hòa"). */
export function placeTone(word: string, placement: TonePlacement): string {
  const nfc = word.normalize('NFC')
  const ending = styledEnding(nfc)
  if (!ending || ending.placement === placement) return nfc
  const [first, second] =
    placement === 'old'
      ? [withTone(ending.first, ending.tone), ending.second]
      : [ending.first, withTone(ending.second, ending.tone)]
  return nfc.slice(0, ending.at) + first + second
}
