import { describe, expect, it } from 'vitest'
import { CORRECT_SENTENCES, NEW_STYLE_SENTENCES } from './corpus/correct'
import { FAULTY_SAMPLES } from './corpus/faulty'
import {
  applySuggestion,
  CHECK_RULES,
  checkContent,
  hasBlockingErrors,
  type CheckFinding,
  type CheckInput,
} from './index'

const SAPO = 'Bài viết giới thiệu kết quả công tác của Bộ.'

function textOf(input: CheckInput, field: string): string | undefined {
  return field === 'title' || field === 'sapo' || field === 'body' ? input[field] : undefined
}

/** Every finding's excerpt is its span, and its suggestion makes the finding go away. */
function expectSound(input: CheckInput, findings: readonly CheckFinding[]) {
  for (const finding of findings) {
    const text = textOf(input, finding.field)
    if (text === undefined) continue
    expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt)
    if (finding.suggestion === undefined) continue
    const fixed = { ...input, [finding.field]: applySuggestion(text, finding) }
    const same = (other: CheckFinding) => other.rule === finding.rule && other.field === finding.field
    expect(checkContent(fixed).filter(same).length).toBeLessThan(findings.filter(same).length)
  }
}

describe('CHECK_RULES', () => {
  it('has one rule per id, with the documented severities', () => {
    const severities = Object.fromEntries(CHECK_RULES.map((rule) => [rule.id, rule.severity]))
    expect(Object.keys(severities)).toHaveLength(CHECK_RULES.length)
    expect(severities).toEqual({
      nfc: 'error',
      'invalid-syllable': 'error',
      vocabulary: 'error',
      'repeated-word': 'error',
      'missing-space-after-punctuation': 'error',
      'unbalanced-brackets': 'error',
      'image-alt': 'error',
      'tone-style': 'warning',
      'double-space': 'warning',
      'space-before-punctuation': 'warning',
      'title-all-caps': 'warning',
      'title-too-long': 'warning',
      'missing-sapo': 'warning',
    })
  })
})

describe('checkContent', () => {
  it('sorts findings by field, then position', () => {
    const findings = checkContent({
      body: 'thời thời gian  qua',
      title: 'Công thông tin điện tử',
      images: [{ alt: '' }],
    })
    expect(findings.map((finding) => [finding.field, finding.rule, finding.start])).toEqual([
      ['title', 'vocabulary', 0],
      ['sapo', 'missing-sapo', 0],
      ['body', 'repeated-word', 0],
      ['body', 'double-space', 14],
      ['images', 'image-alt', 0],
    ])
  })

  it('reports a known misspelling once, not also as an invalid syllable', () => {
    const findings = checkContent({ sapo: SAPO, body: 'quảu lý và quảu' })
    expect(findings.map((finding) => [finding.rule, finding.excerpt])).toEqual([
      ['vocabulary', 'quảu lý'],
      ['invalid-syllable', 'quảu'],
    ])
  })

  it('points into decomposed text as given, and its suggestions compose it', () => {
    const input = { sapo: SAPO, body: 'Ho\u0323\u0302i nghi\u0323.Thu\u031B\u0301 tru\u031Bo\u031B\u0309ng' }
    const findings = checkContent(input)
    expect(findings.map((finding) => [finding.rule, finding.start, finding.end])).toEqual([
      ['nfc', 1, 25],
      ['missing-space-after-punctuation', 11, 12],
    ])
    expectSound(input, findings)
    // The spans overlap: fix one, check again, fix the next, as the admin would.
    let body = input.body
    for (let finding = findings[0]; finding; finding = checkContent({ sapo: SAPO, body })[0]) {
      body = applySuggestion(body, finding)
    }
    expect(body).toBe('Hội nghị. Thứ trưởng')
  })

  it('accepts an empty input', () => {
    expect(checkContent({})).toEqual([])
  })
})

describe('applySuggestion', () => {
  const [finding] = checkContent({ sapo: 'trong thời thời gian tới' })

  it('replaces the span with the suggestion', () => {
    expect(applySuggestion('trong thời thời gian tới', finding)).toBe('trong thời gian tới')
  })

  it('refuses a finding whose text has changed', () => {
    expect(() => applySuggestion('trong thời gian tới', finding)).toThrow(/Stale finding 'repeated-word'/)
  })

  it('leaves the text alone when there is no suggestion', () => {
    const [invalid] = checkContent({ sapo: 'đoạn clilp' })
    expect(invalid.suggestion).toBeUndefined()
    expect(applySuggestion('đoạn clilp', invalid)).toBe('đoạn clilp')
  })
})

describe('hasBlockingErrors', () => {
  it.each([
    ['an error', { sapo: 'thời thời' }, true],
    ['only warnings', { sapo: 'hai  khoảng trắng' }, false],
    ['nothing', { sapo: 'Đúng chính tả.' }, false],
  ])('%s → %s', (_case, input, expected) => {
    expect(hasBlockingErrors(checkContent(input))).toBe(expected)
  })
})

describe('the correct corpus', () => {
  it('holds at least 150 sentences', () => {
    expect(CORRECT_SENTENCES.length).toBeGreaterThanOrEqual(150)
  })

  it.each(CORRECT_SENTENCES.map((sentence) => [sentence]))('finds nothing in %j', (sentence) => {
    expect(checkContent({ sapo: SAPO, body: sentence })).toEqual([])
  })

  it.each(CORRECT_SENTENCES.filter((sentence) => sentence.length <= 120).map((sentence) => [sentence]))(
    'finds nothing in %j as a title',
    (sentence) => {
      expect(checkContent({ title: sentence })).toEqual([])
    },
  )

  it('finds nothing in the whole corpus as one article, in any style', () => {
    const input = { title: 'Tin tức', sapo: SAPO, body: CORRECT_SENTENCES.join('\n') }
    expect(checkContent(input)).toEqual([])
    expect(checkContent(input, { toneStyle: 'any' })).toEqual([])
  })

  it.each(NEW_STYLE_SENTENCES.map((sentence) => [sentence]))(
    'finds only tone-style warnings in the new-style %j, and none on a new-style site',
    (sentence) => {
      const input = { sapo: SAPO, body: sentence }
      const findings = checkContent(input)
      expect(findings.length).toBeGreaterThan(0)
      expect(
        findings.every((finding) => finding.rule === 'tone-style' && finding.severity === 'warning'),
      ).toBe(true)
      expectSound(input, findings)
      expect(checkContent(input, { toneStyle: 'new' })).toEqual([])
    },
  )
})

describe('the faulty corpus', () => {
  it.each(FAULTY_SAMPLES.map((sample) => [sample.name, sample]))('%s', (_name, { input, expected }) => {
    const findings = checkContent(input)
    expect([...new Set(findings.map((finding) => finding.rule))].sort()).toEqual([...expected].sort())
    expectSound(input, findings)
  })
})
