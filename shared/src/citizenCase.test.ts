import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  CASE_ERROR_CODES,
  CASE_LIMITS,
  contactMatches,
  makeTrackingCode,
  normalizeTrackingCode,
  parseCaseInput,
  parseLookupInput,
  type CaseErrorCode,
  type CaseFormField,
} from './citizenCase'

const VALID = {
  senderKind: 'person',
  type: 'question',
  name: 'Nguyễn Văn An',
  email: 'an.nguyen@example.vn',
  phone: '0912345678',
  address: '12 Ngõ Huế, Hà Nội',
  field: 'viec-lam',
  title: 'Hỏi về trợ cấp thất nghiệp',
  content: 'Tôi nghỉ việc từ tháng 3, xin hỏi thủ tục hưởng trợ cấp thất nghiệp.',
  consent: 'on',
}

const errorsOf = (input: unknown) => {
  const result = parseCaseInput(input)
  return result.ok ? [] : result.errors
}

describe('parseCaseInput', () => {
  it('normalises a valid submission', () => {
    const result = parseCaseInput({
      ...VALID,
      senderKind: ' business ',
      // "ễ" typed as ê + combining tilde, with stray spaces and a control character.
      name: '  Nguye\u0302\u0303n   Văn\u0007  An ',
      email: ' an.nguyen@example.vn ',
      phone: '+84 (912) 345.678',
      address: '   ',
      title: 'Hỏi   về\ttrợ cấp',
      content: '  Dòng một.  \r\n\r\n\r\n\r\nDòng   hai, đủ dài để gửi.  ',
      consent: true,
    })
    expect(result).toEqual({
      ok: true,
      value: {
        senderKind: 'business',
        type: 'question',
        name: 'Nguyễn Văn An',
        email: 'an.nguyen@example.vn',
        phone: '+84912345678',
        address: undefined,
        field: 'viec-lam',
        title: 'Hỏi về trợ cấp',
        content: 'Dòng một.\n\nDòng hai, đủ dài để gửi.',
        consent: true,
      },
    })
    if (result.ok) expect(result.value.name.normalize('NFC')).toBe(result.value.name)
  })

  it.each([
    ['0912 345 678', '0912345678'],
    ['024.3826.9556', '02438269556'],
    ['+84 912345678', '+84912345678'],
    ['84-912-345-678', '84912345678'],
  ])('keeps the phone %s as %s', (phone, stored) => {
    const result = parseCaseInput({ ...VALID, phone })
    expect(result.ok && result.value.phone).toBe(stored)
  })

  it.each(['on', 'true', true])('accepts consent %j', (consent) => {
    expect(parseCaseInput({ ...VALID, consent }).ok).toBe(true)
  })

  it('needs only one contact', () => {
    expect(parseCaseInput({ ...VALID, phone: undefined }).ok).toBe(true)
    expect(parseCaseInput({ ...VALID, email: '' }).ok).toBe(true)
  })

  const long = (n: number) => 'a'.repeat(n)
  const REFUSALS: [string, Record<string, unknown>, CaseFormField, CaseErrorCode][] = [
    ['no sender kind', { senderKind: undefined }, 'senderKind', 'kind-required'],
    ['an unknown sender kind', { senderKind: 'alien' }, 'senderKind', 'kind-required'],
    ['no type', { type: '' }, 'type', 'type-required'],
    ['an unknown type', { type: 'complaint' }, 'type', 'type-required'],
    ['a blank name', { name: '   ' }, 'name', 'name-required'],
    ['a one-letter name', { name: 'A' }, 'name', 'name-required'],
    ['a name too long', { name: long(CASE_LIMITS.nameMax + 1) }, 'name', 'name-too-long'],
    ['a bad e-mail', { email: 'an.nguyen@' }, 'email', 'email-invalid'],
    ['an e-mail too long', { email: `${long(61)}@${long(190)}.vn` }, 'email', 'email-invalid'],
    ['a short phone', { phone: '0912 345' }, 'phone', 'phone-invalid'],
    ['a foreign phone', { phone: '+1 555 123 4567' }, 'phone', 'phone-invalid'],
    ['letters in the phone', { phone: '0912abc678' }, 'phone', 'phone-invalid'],
    ['no contact', { email: undefined, phone: undefined }, 'email', 'contact-required'],
    ['blank contacts', { email: '  ', phone: ' ' }, 'email', 'contact-required'],
    ['an address too long', { address: long(CASE_LIMITS.addressMax + 1) }, 'address', 'address-too-long'],
    ['no field', { field: undefined }, 'field', 'field-required'],
    ['an unknown field', { field: 'thue' }, 'field', 'field-required'],
    ['a short title', { title: 'Hỏi' }, 'title', 'title-too-short'],
    ['a title too long', { title: long(CASE_LIMITS.titleMax + 1) }, 'title', 'title-too-long'],
    ['a short content', { content: long(CASE_LIMITS.contentMin - 1) }, 'content', 'content-too-short'],
    ['a content too long', { content: long(CASE_LIMITS.contentMax + 1) }, 'content', 'content-too-long'],
    ['consent false', { consent: false }, 'consent', 'consent-required'],
    ['consent "false"', { consent: 'false' }, 'consent', 'consent-required'],
    ['consent "off"', { consent: 'off' }, 'consent', 'consent-required'],
    ['consent 1', { consent: 1 }, 'consent', 'consent-required'],
    ['no consent', { consent: undefined }, 'consent', 'consent-required'],
    // Wrong types are reported like missing values, never as a crash or an unknown code.
    ['a number for a name', { name: 42 }, 'name', 'name-required'],
    ['a number for an e-mail', { email: 42 }, 'email', 'email-invalid'],
    ['a number for a phone', { phone: 912345678 }, 'phone', 'phone-invalid'],
    ['an array for a kind', { senderKind: ['person'] }, 'senderKind', 'kind-required'],
    ['an object for a title', { title: { vi: 'Hỏi về trợ cấp' } }, 'title', 'title-too-short'],
    ['null content', { content: null }, 'content', 'content-too-short'],
  ]
  it.each(REFUSALS)('%s → %s: %s', (_, patch, field, code) => {
    expect(errorsOf({ ...VALID, ...patch })).toEqual([{ field, code }])
  })

  it('reaches every error code', () => {
    expect(new Set(REFUSALS.map(([, , , code]) => code))).toEqual(new Set(CASE_ERROR_CODES))
  })

  it('takes the limits themselves', () => {
    const exact = {
      name: long(CASE_LIMITS.nameMax),
      address: long(CASE_LIMITS.addressMax),
      title: long(CASE_LIMITS.titleMax),
      content: long(CASE_LIMITS.contentMax),
    }
    expect(parseCaseInput({ ...VALID, ...exact }).ok).toBe(true)
    expect(parseCaseInput({ ...VALID, content: long(CASE_LIMITS.contentMin) }).ok).toBe(true)
  })

  it('reports every refusal at once, one per field, in form order', () => {
    expect(errorsOf({})).toEqual([
      { field: 'senderKind', code: 'kind-required' },
      { field: 'type', code: 'type-required' },
      { field: 'name', code: 'name-required' },
      { field: 'email', code: 'contact-required' },
      { field: 'field', code: 'field-required' },
      { field: 'title', code: 'title-too-short' },
      { field: 'content', code: 'content-too-short' },
      { field: 'consent', code: 'consent-required' },
    ])
  })

  it.each<[string, Record<string, unknown>]>([
    ['without consent', { consent: undefined }],
    ['without a kind', { senderKind: undefined }],
    ['without a field', { field: 'none' }],
  ])('asks for a contact %s too, so the sender fixes both in one go', (_, patch) => {
    const fields = errorsOf({ ...VALID, email: undefined, phone: undefined, ...patch }).map((e) => e.code)
    expect(fields).toContain('contact-required')
    expect(fields).toHaveLength(2)
  })

  it('reports a bad e-mail, not a missing contact', () => {
    expect(errorsOf({ ...VALID, email: 'x', phone: undefined })).toEqual([{ field: 'email', code: 'email-invalid' }])
    expect(errorsOf({ ...VALID, email: undefined, phone: '12' })).toEqual([{ field: 'phone', code: 'phone-invalid' }])
  })

  it.each([null, undefined, 'senderKind=person', 42, []])('refuses %j without throwing', (input) => {
    const errors = errorsOf(input)
    expect(errors.length).toBeGreaterThan(0)
    for (const error of errors) expect(CASE_ERROR_CODES).toContain(error.code)
  })
})

describe('tracking codes', () => {
  const crypto = (n: number) => new Uint8Array(randomBytes(n))
  const FORMAT = /^HD-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/

  it('look like HD-XXXX-XXXX without 0, O, 1, I or L', () => {
    for (let i = 0; i < 1000; i++) {
      const code = makeTrackingCode(crypto)
      expect(code).toMatch(FORMAT)
      expect(code.slice(3)).not.toMatch(/[01OIL]/)
    }
  })

  it('use the whole alphabet', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 500; i++) for (const c of makeTrackingCode(crypto).slice(3).replace('-', '')) seen.add(c)
    expect([...seen].sort().join('')).toBe('23456789ABCDEFGHJKMNPQRSTUVWXYZ')
  })

  it('do not collide over 100 000 codes', () => {
    const codes = new Set<string>()
    for (let i = 0; i < 100_000; i++) codes.add(makeTrackingCode(crypto))
    expect(codes.size).toBe(100_000)
  })

  it.each<[unknown, string | null]>([
    ['HD-7KQ3-M8PD', 'HD-7KQ3-M8PD'],
    ['hd-7kq3-m8pd', 'HD-7KQ3-M8PD'],
    [' hd 7kq3 m8pd ', 'HD-7KQ3-M8PD'],
    ['HD7KQ3M8PD', 'HD-7KQ3-M8PD'],
    ['HD–7KQ3–M8PD', 'HD-7KQ3-M8PD'],
    ['HD.7KQ3.M8PD', 'HD-7KQ3-M8PD'],
    ['HD - 7KQ3 - M8PD', 'HD-7KQ3-M8PD'],
    ['HD-7KQ3-M8P0', null],
    ['HD-7KQ3-M8PO', null],
    ['HD-7KQ3-M8P1', null],
    ['HD-7KQ3-M8PI', null],
    ['HD-7KQ3-M8PL', null],
    ['hd-7kq3-m8pl', null],
    ['HD-7KQ3-M8P', null],
    ['HD-7KQ3-M8PDX', null],
    ['7KQ3-M8PD', null],
    ['GY-7KQ3-M8PD', null],
    ['HD-7KQ3_M8PD', null],
    ['', null],
    [null, null],
    [42, null],
  ])('normalizeTrackingCode(%j) → %j', (input, expected) => {
    expect(normalizeTrackingCode(input)).toBe(expected)
  })

  it('normalises a made code to itself', () => {
    const code = makeTrackingCode(crypto)
    expect(normalizeTrackingCode(code)).toBe(code)
    expect(normalizeTrackingCode(code.toLowerCase().replaceAll('-', ' '))).toBe(code)
  })
})

describe('parseLookupInput', () => {
  it.each<[unknown, ReturnType<typeof parseLookupInput>]>([
    [
      { code: ' hd 7kq3 m8pd ', contact: ' an.nguyen@example.vn ' },
      { ok: true, code: 'HD-7KQ3-M8PD', contact: 'an.nguyen@example.vn' },
    ],
    [{ code: 'HD-7KQ3-M8PD', contact: '0912 345 678' }, { ok: true, code: 'HD-7KQ3-M8PD', contact: '0912 345 678' }],
    [{ code: 'HD-7KQ3-M8PD' }, { ok: false, errors: [{ field: 'contact', code: 'contact-required' }] }],
    [{ code: 'HD-7KQ3-M8PD', contact: '  ' }, { ok: false, errors: [{ field: 'contact', code: 'contact-required' }] }],
    [{ code: 'HD-0000-0000', contact: 'a@b.vn' }, { ok: false, errors: [{ field: 'code', code: 'code-invalid' }] }],
    [
      { code: 42, contact: 912345678 },
      {
        ok: false,
        errors: [
          { field: 'code', code: 'code-invalid' },
          { field: 'contact', code: 'contact-required' },
        ],
      },
    ],
    [
      null,
      {
        ok: false,
        errors: [
          { field: 'code', code: 'code-invalid' },
          { field: 'contact', code: 'contact-required' },
        ],
      },
    ],
  ])('%j', (input, expected) => {
    expect(parseLookupInput(input)).toEqual(expected)
  })
})

describe('contactMatches', () => {
  const stored = { email: 'An.Nguyen@Example.VN', phone: '0912 345 678' }
  it.each<[string, { email?: string | null; phone?: string | null }, boolean]>([
    ['an.nguyen@example.vn', stored, true],
    ['  AN.NGUYEN@EXAMPLE.VN ', stored, true],
    ['an.nguyen@example.com', stored, false],
    ['nguyen@example.vn', stored, false],
    ['0912345678', stored, true],
    ['0912 345 678', stored, true],
    ['0912.345.678', stored, true],
    ['+84912345678', stored, true],
    ['+84 912 345 678', stored, true],
    ['84912345678', stored, true],
    ['0912345679', stored, false],
    ['912345678', stored, false],
    ['0912345678', { phone: '+84 912 345 678' }, true],
    ['0912345678', { phone: '84912345678' }, true],
    // The other contact is not a way in.
    ['an.nguyen@example.vn', { phone: '0912345678' }, false],
    ['0912345678', { email: 'an.nguyen@example.vn' }, false],
    // Nothing stored matches nothing typed.
    ['', { email: '', phone: '' }, false],
    ['', { email: null, phone: null }, false],
    ['@', { email: '', phone: '' }, false],
    ['0912345678', { email: null, phone: null }, false],
    // Too short to tell one sender from another.
    ['0912', { phone: '0912' }, false],
    ['0912345', { phone: '0912345' }, false],
  ])('%j against %j → %s', (contact, against, expected) => {
    expect(contactMatches(contact, against)).toBe(expected)
  })
})
