/**
 * Is a word a well-formed Vietnamese syllable? Decided by phonotactics rather than a dictionary:
 * a syllable is onset + (medial o/u) + nucleus + coda + tone, and the spelling of each part
 * depends on its neighbours. A context-free check cannot tell a rare real word from a typo
 * that happens to be well-formed ("tuyền" passes), but it catches what cannot be Vietnamese at
 * all ("quảu", "clilp", "ngiệp", "gìa").
 */
import { splitTone, VIETNAMESE_LETTERS, type Tone } from './letters'
import { memoise } from './memo'
import { wordList } from './text'

// Longest first is not needed: every onset that prefixes the word is tried.
const ONSETS = ['', ...wordList('b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x')]

// Place names of the Central Highlands are spelled from Bahnaric and Chamic languages with
// clusters and finals Vietnamese lacks (Krông Pắc, Đắk Lắk, M'Đrắk, Chư Prông, Đạ Tẻh).
const PROPER_NAME_ONSETS = ['bl', 'br', 'dr', 'đr', 'gl', 'gr', 'kl', 'kr', 'pl', 'pr']
const PROPER_NAME_CODAS = ['k', 'h']

type RhymeTable = Readonly<Record<string, readonly string[]>>

/** Nucleus → codas it takes when there is no medial. '' is the open syllable. */
const PLAIN: RhymeTable = {
  a: ['', 'c', 'ch', 'i', 'm', 'n', 'ng', 'nh', 'o', 'p', 't', 'u', 'y'],
  ă: ['c', 'm', 'n', 'ng', 'p', 't'],
  â: ['c', 'm', 'n', 'ng', 'p', 't', 'u', 'y'],
  e: ['', 'c', 'm', 'n', 'ng', 'o', 'p', 't'],
  ê: ['', 'ch', 'm', 'n', 'nh', 'p', 't', 'u'],
  i: ['', 'ch', 'm', 'n', 'nh', 'p', 't', 'u'],
  // "kỹ, lý, mỹ, ty": y as a whole rhyme; with a coda it is spelled i.
  y: [''],
  o: ['', 'c', 'i', 'm', 'n', 'ng', 'p', 't'],
  // xoong, boong, quần soóc
  oo: ['c', 'ng'],
  ô: ['', 'c', 'i', 'm', 'n', 'ng', 'p', 't'],
  ơ: ['', 'i', 'm', 'n', 'p', 't'],
  u: ['', 'c', 'i', 'm', 'n', 'ng', 'p', 't'],
  ư: ['', 'c', 'i', 'ng', 't', 'u'],
  // The diphthong /iə/ is spelled iê after an onset, yê without one, ia when open.
  iê: ['c', 'm', 'n', 'ng', 'p', 't', 'u'],
  yê: ['m', 'n', 'ng', 't', 'u'],
  ia: [''],
  uô: ['c', 'i', 'm', 'n', 'ng', 't'],
  ua: [''],
  ươ: ['c', 'i', 'm', 'n', 'ng', 'p', 't', 'u'],
  ưa: [''],
}

/** After the medial o (hoa, hoặc, khoe). */
const MEDIAL_O: RhymeTable = {
  a: ['', 'c', 'ch', 'i', 'm', 'n', 'ng', 'nh', 'p', 't', 'y'],
  ă: ['c', 'm', 'n', 'ng', 't'],
  e: ['', 'n', 'o', 't'],
}

/** After the medial u written as u (thuế, tuần, huy, thuở, khuya, tuyên). */
const MEDIAL_U: RhymeTable = {
  â: ['n', 'ng', 't', 'y'],
  ê: ['', 'ch', 'nh'],
  // tuýp, buýt are loanwords long since spelled this way.
  y: ['', 'ch', 'nh', 'p', 't', 'u'],
  ơ: [''],
  yê: ['n', 't'],
  ya: [''],
}

/** After qu, whose u is the medial. "quảu" fails here: a medial never meets a final u. */
const AFTER_QU: RhymeTable = {
  a: ['', 'c', 'ch', 'i', 'n', 'ng', 'nh', 't', 'y'],
  ă: ['c', 'm', 'n', 'ng', 'p', 't'],
  â: ['n', 'ng', 't', 'y'],
  e: ['', 'n', 'o', 't'],
  ê: ['', 'ch', 'n', 'nh'],
  // "qui" is the pre-1980s spelling of "quy", still common in names.
  i: [''],
  y: ['', 'ch', 'nh', 't'],
  ơ: [''],
  yê: ['n', 't'],
  ô: ['c'],
}

const STOP_CODAS = new Set(['c', 'ch', 'p', 't', 'k'])
const STOP_TONES: ReadonlySet<Tone> = new Set(['sac', 'nang'])
// Before these the velar is spelled k / gh / ngh, elsewhere c / g / ng.
const FRONT_VOWELS = 'ieêy'

interface Parse {
  /** Index in the syllable of the nucleus's first letter. */
  nucleusAt: number
  medial: string
  nucleus: string
  coda: string
}

type Rhymes = readonly (readonly [nucleus: string, codas: readonly string[]])[]

interface Candidate {
  medial: string
  rhymes: Rhymes
}

const PLAIN_RHYMES: Rhymes = Object.entries(PLAIN)
const AFTER_C: readonly Candidate[] = [{ medial: '', rhymes: PLAIN_RHYMES }]
const AFTER_QU_ONLY: readonly Candidate[] = [{ medial: '', rhymes: Object.entries(AFTER_QU) }]
const WITH_MEDIALS: readonly Candidate[] = [
  { medial: '', rhymes: PLAIN_RHYMES },
  { medial: 'o', rhymes: Object.entries(MEDIAL_O) },
  { medial: 'u', rhymes: Object.entries(MEDIAL_U) },
]

function parseRhyme(onset: string, rhyme: string, properName: boolean): Parse | undefined {
  if (onset === 'gi') return parseAfterGi(rhyme, properName)
  const candidates = onset === 'qu' ? AFTER_QU_ONLY : onset === 'c' ? AFTER_C : WITH_MEDIALS
  for (const { medial, rhymes } of candidates) {
    if (!rhyme.startsWith(medial)) continue
    const rest = rhyme.slice(medial.length)
    for (const [nucleus, codas] of rhymes) {
      if (!rest.startsWith(nucleus)) continue
      const coda = rest.slice(nucleus.length)
      if (!takesCoda(codas, coda, properName)) continue
      if (!spellsOnset(onset, medial, nucleus)) continue
      return { nucleusAt: onset.length + medial.length, medial, nucleus, coda }
    }
  }
  return undefined
}

// gi already holds an i, which doubles as the nucleus (gì, gìn) or as the start of iê (giếng).
function parseAfterGi(rhyme: string, properName: boolean): Parse | undefined {
  if (rhyme === '' || !'aăâeêioôơuưy'.includes(rhyme[0])) {
    return takesCoda(PLAIN.i, rhyme, properName)
      ? { nucleusAt: 1, medial: '', nucleus: 'i', coda: rhyme }
      : undefined
  }
  if (rhyme[0] === 'ê') {
    const coda = rhyme.slice(1)
    return takesCoda(PLAIN.iê, coda, properName)
      ? { nucleusAt: 2, medial: '', nucleus: 'ê', coda }
      : undefined
  }
  for (const [nucleus, codas] of PLAIN_RHYMES) {
    if ('iy'.includes(nucleus[0]) || !rhyme.startsWith(nucleus)) continue
    const coda = rhyme.slice(nucleus.length)
    if (takesCoda(codas, coda, properName)) return { nucleusAt: 2, medial: '', nucleus, coda }
  }
  return undefined
}

function takesCoda(codas: readonly string[], coda: string, properName: boolean): boolean {
  return codas.includes(coda) || (properName && PROPER_NAME_CODAS.includes(coda))
}

function spellsOnset(onset: string, medial: string, nucleus: string): boolean {
  // After qu the medial is in the onset, so its diphthong is spelled yê as after any medial u.
  if (onset !== 'qu' && medial === '' && nucleus === (onset ? 'yê' : 'iê')) return false
  const front = medial === '' && FRONT_VOWELS.includes(nucleus[0])
  switch (onset) {
    case 'k':
    case 'gh':
    case 'ngh':
      return front
    case 'c':
    case 'g':
    case 'ng':
      return !front
    default:
      return true
  }
}

/** Where the tone mark may sit, as indexes into the syllable. */
function toneSlots({ nucleusAt, medial, nucleus, coda }: Parse): number[] {
  if (nucleus.length === 2) return [coda ? nucleusAt + 1 : nucleusAt]
  // The open rhymes oa, oe, uy are the ones whose mark moves between the two spelling styles.
  if (medial && !coda && 'aey'.includes(nucleus)) return [nucleusAt, nucleusAt - 1]
  return [nucleusAt]
}

export interface SyllableOptions {
  /**
   * The word is capitalised, so it may be a Central Highlands place name: accept their extra
   * onset clusters and finals k / h.
   */
  properName?: boolean
  /**
   * Check letters only. For a word typed without any mark the missing tone says nothing:
   * "chat", "top", "hot" are loanwords, not Vietnamese syllables lacking a sắc.
   */
  ignoreTone?: boolean
}

function validate(word: string, properName: boolean, ignoreTone: boolean): boolean {
  let letters = ''
  let tone: Tone = 'ngang'
  let toneAt = -1
  for (const char of word.normalize('NFC').toLowerCase()) {
    const [base, charTone] = splitTone(char)
    if (!VIETNAMESE_LETTERS.has(base)) return false
    if (charTone !== 'ngang') {
      if (toneAt >= 0) return false
      tone = charTone
      toneAt = letters.length
    }
    letters += base
  }
  const onsets = properName ? [...ONSETS, ...PROPER_NAME_ONSETS] : ONSETS
  for (const onset of onsets) {
    if (!letters.startsWith(onset)) continue
    const parse = parseRhyme(onset, letters.slice(onset.length), properName)
    if (!parse) continue
    if (ignoreTone) return true
    if (STOP_CODAS.has(parse.coda) && !STOP_TONES.has(tone)) continue
    if (toneAt >= 0 && !toneSlots(parse).includes(toneAt)) continue
    return true
  }
  return false
}

// Keyed by the two option flags and the word.
const validateKey = memoise((key) => validate(key.slice(2), key[0] === '1', key[1] === '1'))

export function isVietnameseSyllable(word: string, options: SyllableOptions = {}): boolean {
  return validateKey(`${options.properName ? 1 : 0}${options.ignoreTone ? 1 : 0}${word}`)
}
