import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import {
  boundedString,
  line,
  normalizePhone,
  optionalLine,
  optionalPhone,
  paragraphs,
  parseForm,
  PHONE,
} from './formInput'

describe('line', () => {
  it.each<[unknown, unknown]>([
    ['  Nguyễn   Văn  An ', 'Nguyễn Văn An'],
    ['Nguye\u0302\u0303n', 'Nguyễn'], // combining marks composed (NFC)
    ['a\u0000b\u0085c', 'abc'], // control characters dropped
    ['dòng một\r\ndòng hai\tba', 'dòng một dòng hai ba'],
    ['a\u00a0\u00a0b', 'a b'], // no-break spaces pasted from a word processor
    ['', ''],
    [42, 42],
    [null, null],
    [undefined, undefined],
  ])('%j → %j', (input, expected) => {
    expect(line(input)).toEqual(expected)
  })
})

describe('paragraphs', () => {
  it.each<[unknown, unknown]>([
    ['  a  b \r\n\r\n\r\n c\t\td \n', 'a b\n\nc d'],
    ['một\ndòng\nmột ý', 'một\ndòng\nmột ý'], // single line breaks kept
    ['a\n \n \n \nb', 'a\n\nb'], // lines of spaces are blank lines
    ['a\u00a0 \nb\u00a0\u00a0c', 'a\nb c'], // no-break spaces are spaces too
    ['a\r\rb', 'a\n\nb'], // old Mac line ends
    ['  \n\n  ', ''],
    [42, 42],
  ])('%j → %j', (input, expected) => {
    expect(paragraphs(input)).toEqual(expected)
  })
})

describe('optionalLine, phones', () => {
  it.each<[unknown, unknown]>([
    ['  ', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    [' a  b ', 'a b'],
    [0, 0],
  ])('optionalLine(%j) → %j', (input, expected) => {
    expect(optionalLine(input)).toEqual(expected)
  })

  it.each<[unknown, unknown]>([
    [' 0912 345 678 ', '0912345678'],
    ['(024) 3826-9556', '02438269556'],
    ['024.3826.9556', '02438269556'],
    ['+84 912 345 678', '+84912345678'],
    [' ', undefined],
    [912345678, 912345678],
  ])('optionalPhone(%j) → %j', (input, expected) => {
    expect(optionalPhone(input)).toEqual(expected)
  })

  it('normalizePhone keeps digits and the plus', () => {
    expect(normalizePhone('+84 (24) 3826.9556')).toBe('+842438269556')
  })

  it.each<[string, boolean]>([
    ['0912345678', true],
    ['02438269556', true],
    ['+84912345678', true],
    ['84912345678', true],
    ['0912345', false],
    ['091234567890', false],
    ['+15551234567', false],
    ['0912 345 678', false], // separators are removed before the check
    ['09123456a8', false],
  ])('PHONE %s → %s', (phone, valid) => {
    expect(PHONE.test(phone)).toBe(valid)
  })
})

describe('boundedString', () => {
  const both = boundedString({ min: 'short', max: 'long' }, 2, 4)
  const maxOnly = boundedString({ max: 'long' }, 1, 4)
  it.each<[z.ZodType, unknown, string | null]>([
    [both, 'ab', null],
    [both, 'abcd', null],
    [both, 'a', 'short'],
    [both, 'abcde', 'long'],
    [both, undefined, 'short'],
    [both, 7, 'short'],
    [maxOnly, '', 'long'],
    [maxOnly, undefined, 'long'],
  ])('%#: %j → %s', (schema, value, code) => {
    const result = schema.safeParse(value)
    expect(result.success ? null : result.error.issues[0]!.message).toBe(code)
  })
})

describe('parseForm', () => {
  type Field = 'title' | 'body' | 'count' | 'agree'
  type Code = 'title-short' | 'title-digit' | 'body-short' | 'count-bad' | 'agree-required' | 'mismatch'
  const CODES: readonly Code[] = ['title-short', 'title-digit', 'body-short', 'count-bad', 'agree-required', 'mismatch']
  // Form order differs from the schema's key order on purpose.
  const ORDER: readonly Field[] = ['title', 'body', 'count', 'agree']
  const schema = z
    .object({
      count: z.number(),
      body: z.preprocess(paragraphs, z.string().min(3, { error: 'body-short' })),
      title: z.preprocess(
        line,
        z.string().min(3, { error: 'title-short' }).regex(/\d/, { error: 'title-digit' }),
      ),
      agree: z.literal(true),
    })
    .refine((v) => v.count < 100, { error: 'mismatch', path: ['unknown'] })
  const fallback = (field: Field): Code => (field === 'count' ? 'count-bad' : 'agree-required')
  const parse = (input: unknown) => parseForm(schema, input, CODES, ORDER, fallback)

  it('returns the parsed value', () => {
    expect(parse({ count: 1, body: ' abc ', title: ' Điều  3 ', agree: true })).toEqual({
      ok: true,
      value: { count: 1, body: 'abc', title: 'Điều 3', agree: true },
    })
  })

  it('reports in form order, the first refusal of each field only', () => {
    // "ab" is both too short and without a digit: only the first is said.
    expect(parse({ count: 'many', body: '', title: 'ab', agree: false })).toEqual({
      ok: false,
      errors: [
        { field: 'title', code: 'title-short' },
        { field: 'body', code: 'body-short' },
        { field: 'count', code: 'count-bad' },
        { field: 'agree', code: 'agree-required' },
      ],
    })
  })

  it('words a refusal without a code of its own with the fallback for the field', () => {
    expect(parse({ count: 1, body: 'abc', title: 'Điều 3', agree: 'yes' })).toEqual({
      ok: false,
      errors: [{ field: 'agree', code: 'agree-required' }],
    })
    expect(parse({ count: null, body: 'abc', title: 'Điều 3', agree: true })).toEqual({
      ok: false,
      errors: [{ field: 'count', code: 'count-bad' }],
    })
  })

  it('puts a refusal outside the form on its last field', () => {
    expect(parse({ count: 500, body: 'abc', title: 'Điều 3', agree: true })).toEqual({
      ok: false,
      errors: [{ field: 'agree', code: 'mismatch' }],
    })
    expect(parse('not a form')).toEqual({ ok: false, errors: [{ field: 'agree', code: 'agree-required' }] })
  })
})
