import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMMENT_LIMITS, makeReference, parseCommentInput, REFERENCE_ALPHABET } from './draftComment'

const valid = {
  name: 'Nguyễn Văn An',
  email: 'an.nguyen@example.vn',
  text: 'Đề nghị bổ sung quy định về thời hạn chi trả trợ cấp.',
}

describe('parseCommentInput', () => {
  it('accepts a complete comment and normalises it', () => {
    const result = parseCommentInput({
      name: '  Nguyễn   Văn An ',
      email: ' an.nguyen@example.vn ',
      phone: '0912 345 678',
      organisation: 'Công ty TNHH Minh Phát',
      clause: 'Điều 5, khoản 2',
      text: 'Dòng 1  có   khoảng trắng\r\n\r\n\r\n\r\nDòng 2\u0000',
    })
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Nguyễn Văn An',
        email: 'an.nguyen@example.vn',
        phone: '0912345678',
        organisation: 'Công ty TNHH Minh Phát',
        clause: 'Điều 5, khoản 2',
        text: 'Dòng 1 có khoảng trắng\n\nDòng 2',
      },
    })
  })

  it('stores decomposed Vietnamese (pasted from some editors) as NFC', () => {
    const result = parseCommentInput({
      ...valid,
      name: 'Nguyễn Thị Hằng'.normalize('NFD'),
      text: valid.text.normalize('NFD'),
    })
    expect(result.ok && result.value.name).toBe('Nguyễn Thị Hằng')
    expect(result.ok && result.value.text).toBe(valid.text)
  })

  it('treats empty optional fields as absent', () => {
    const result = parseCommentInput({ ...valid, phone: '   ', organisation: '', clause: null })
    expect(result).toEqual({ ok: true, value: valid })
  })

  it.each([
    ['+84 912 345 678', '+84912345678'],
    ['024.3826.9556', '02438269556'],
    ['(024) 3826 9556', '02438269556'],
  ])('accepts the phone %s as the only contact', (phone, stored) => {
    const result = parseCommentInput({ name: valid.name, phone, text: valid.text })
    expect(result.ok && result.value.phone).toBe(stored)
  })

  const long = (n: number) => 'a'.repeat(n)
  it.each([
    ['no name', { ...valid, name: '' }, [{ field: 'name', code: 'name-required' }]],
    ['a one-letter name', { ...valid, name: ' A ' }, [{ field: 'name', code: 'name-required' }]],
    ['a name that is not text', { ...valid, name: 42 }, [{ field: 'name', code: 'name-required' }]],
    [
      'a name too long',
      { ...valid, name: long(COMMENT_LIMITS.nameMax + 1) },
      [{ field: 'name', code: 'name-too-long' }],
    ],
    ['a bad e-mail', { ...valid, email: 'an@' }, [{ field: 'email', code: 'email-invalid' }]],
    [
      'no way to reply',
      { name: valid.name, text: valid.text },
      [{ field: 'email', code: 'contact-required' }],
    ],
    ['a bad phone', { ...valid, phone: '12345' }, [{ field: 'phone', code: 'phone-invalid' }]],
    ['letters in the phone', { ...valid, phone: '0912abc678' }, [{ field: 'phone', code: 'phone-invalid' }]],
    [
      'an organisation too long',
      { ...valid, organisation: long(COMMENT_LIMITS.organisationMax + 1) },
      [{ field: 'organisation', code: 'organisation-too-long' }],
    ],
    [
      'a clause too long',
      { ...valid, clause: long(COMMENT_LIMITS.clauseMax + 1) },
      [{ field: 'clause', code: 'clause-too-long' }],
    ],
    ['a text too short', { ...valid, text: 'Đồng ý' }, [{ field: 'text', code: 'text-too-short' }]],
    [
      'a text of spaces',
      { ...valid, text: '          \n\n     ' },
      [{ field: 'text', code: 'text-too-short' }],
    ],
    [
      'a text too long',
      { ...valid, text: long(COMMENT_LIMITS.textMax + 1) },
      [{ field: 'text', code: 'text-too-long' }],
    ],
    ['no text at all', { name: valid.name, email: valid.email }, [{ field: 'text', code: 'text-too-short' }]],
    [
      'several fields wrong, reported in form order',
      { name: '', email: 'x', text: '' },
      [
        { field: 'name', code: 'name-required' },
        { field: 'email', code: 'email-invalid' },
        { field: 'text', code: 'text-too-short' },
      ],
    ],
  ])('refuses %s', (_name, input, errors) => {
    expect(parseCommentInput(input)).toEqual({ ok: false, errors })
  })

  it('refuses what is not an object', () => {
    for (const input of [null, 'text', 42, []]) expect(parseCommentInput(input).ok).toBe(false)
  })

  it('never lets a control character or a non-NFC string through, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        (text, name) => {
          const result = parseCommentInput({ ...valid, name: `An ${name}`, text: `Góp ý: ${text} hết.` })
          if (!result.ok) return
          for (const value of [result.value.name, result.value.text]) {
            expect(value).toBe(value.normalize('NFC'))
            expect(value).not.toMatch(/[^\P{Cc}\n\t]/u)
          }
        },
      ),
    )
    // A hundred parses of binary strings take seconds on a busy CI machine: not a speed test.
  }, 30_000)
})

describe('makeReference', () => {
  const bytes = (values: number[]) => () => Uint8Array.from(values)

  it('formats prefix and two groups of four', () => {
    expect(makeReference('GY', bytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]))).toBe(
      'GY-2345-6789',
    )
  })

  it('skips the bytes that would bias the alphabet', () => {
    // 248–255 are rejected: 256 is not a multiple of the 31 letters.
    expect(makeReference('GY', bytes([255, 248, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]))).toBe(
      'GY-2345-6789',
    )
  })

  it('asks for more bytes when too many were rejected', () => {
    const rounds = [
      [255, 254, 253, 252, 251, 250, 249, 248, 0, 1, 2],
      [3, 4, 5, 6, 7],
    ]
    let call = 0
    expect(makeReference('GY', () => Uint8Array.from(rounds[call++]!))).toBe('GY-2345-6789')
  })

  it('uses only letters that cannot be misread aloud', () => {
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OIL]/)
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16, max: 247 }), (random) => {
        expect(makeReference('GY', () => random)).toMatch(/^GY-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/)
      }),
    )
  })
})
