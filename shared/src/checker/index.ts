/**
 * Checks an article's Vietnamese text before it is submitted for review. Pure: no I/O, the
 * same input always gives the same findings.
 *
 * Severity: 'error' blocks submission and is kept for what is certainly wrong on a published
 * page – text that is not NFC, invalid syllables, a word repeated, a missing space after
 * sentence punctuation, known misspellings, unbalanced brackets or quotes, an image without alt
 * text. 'warning' is for matters of style and house rules an editor may overrule – double spaces,
 * a space before punctuation, the other tone-mark style, a title in capitals or over 120
 * characters, a missing sapo.
 */
import { runRules } from './engine'
import type { CheckRule } from './rule'
import { doubleSpaceRule } from './rules/double-space'
import { imageAltRule } from './rules/image-alt'
import { invalidSyllableRule } from './rules/invalid-syllable'
import { missingSapoRule } from './rules/missing-sapo'
import { missingSpaceAfterPunctuationRule } from './rules/missing-space-after-punctuation'
import { nfcRule } from './rules/nfc'
import { repeatedWordRule } from './rules/repeated-word'
import { spaceBeforePunctuationRule } from './rules/space-before-punctuation'
import { titleAllCapsRule } from './rules/title-all-caps'
import { titleTooLongRule } from './rules/title-too-long'
import { toneStyleRule } from './rules/tone-style'
import { unbalancedBracketsRule } from './rules/unbalanced-brackets'
import { vocabularyRule } from './rules/vocabulary'
import type { CheckFinding, CheckInput, CheckOptions } from './types'

export const CHECK_RULES: readonly CheckRule[] = [
  nfcRule,
  invalidSyllableRule,
  vocabularyRule,
  repeatedWordRule,
  missingSpaceAfterPunctuationRule,
  unbalancedBracketsRule,
  imageAltRule,
  toneStyleRule,
  doubleSpaceRule,
  spaceBeforePunctuationRule,
  titleAllCapsRule,
  titleTooLongRule,
  missingSapoRule,
]

/** All findings for an article, sorted by field (title, sapo, body, images) then position. */
export function checkContent(input: CheckInput, options?: CheckOptions): CheckFinding[] {
  return runRules(CHECK_RULES, input, options)
}

export { applySuggestion, hasBlockingErrors } from './engine'
export type { CheckDocument, CheckRule } from './rule'
export { isVietnameseSyllable, type SyllableOptions } from './syllable'
export { placeTone, tonePlacementOf, type TonePlacement } from './tone'
export { TITLE_MAX_LENGTH } from './rules/title-too-long'
export type * from './types'
