import sanitizeHtml from 'sanitize-html'
import { expect } from 'vitest'
import { storageProblem } from '@cong/shared/testing/arbitraries'
import { minimalPdf } from '../helpers/documents'

/**
 * The hostile-input corpus for the public endpoints: what an attacker (or a broken client) sends,
 * and what each endpoint must answer. Endpoint tests walk these tables; the expectations are the
 * contract: a 4xx with a Vietnamese / English message, never a 5xx, and nothing unsafe stored.
 */

/** Every element a parser finds in `html`, entities decoded (scripted URLs kept, to be seen). */
export function elementsIn(html: string): { tag: string; attribs: Record<string, string> }[] {
  const found: { tag: string; attribs: Record<string, string> }[] = []
  sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    // Otherwise the parser itself would drop the scripted URLs a test looks for.
    allowedSchemesAppliedToAttributes: [],
    exclusiveFilter: (frame) => {
      found.push({ tag: frame.tag, attribs: { ...frame.attribs } })
      return false
    },
  })
  return found
}

/** A stored document's text fields: NFC, no control or invisible characters, no markup. */
export function expectStoredSafely(doc: Record<string, unknown>, fields: readonly string[]): void {
  for (const field of fields) {
    const value = doc[field]
    if (typeof value !== 'string') continue
    expect(storageProblem(value), field).toBeNull()
    expect(elementsIn(value), `${field}: ${value}`).toEqual([])
  }
}

type Label = { vi: string; en: string }
const isLabel = (value: unknown): value is Label =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Label).vi === 'string' &&
  typeof (value as Label).en === 'string'

/**
 * A refusal the sender can read: the status, and either a `{ vi, en }` message (or the
 * "Vietnamese / English" string of the view counter) or field errors each carrying one.
 */
export async function expectRefusal(
  res: Response,
  status: number,
  code?: string,
): Promise<Record<string, unknown>> {
  const body = (await res.json()) as Record<string, unknown>
  expect(res.status, JSON.stringify(body)).toBe(status)
  if (code)
    expect([
      body.code,
      body.error,
      ...((body.errors as { code: string }[] | undefined) ?? []).map((e) => e.code),
    ]).toContain(code)
  const errors = (body.errors as { message: unknown }[] | undefined) ?? []
  const messages = [body.message, ...errors.map((e) => e.message)].filter((m) => m !== undefined)
  expect(messages.length, JSON.stringify(body)).toBeGreaterThan(0)
  for (const message of messages) {
    if (typeof message === 'string') expect(message).toMatch(/\S \/ \S/)
    else expect(isLabel(message), JSON.stringify(message)).toBe(true)
  }
  return body
}

/** Raw bodies that are not a usable JSON object, each with how a JSON endpoint refuses it. */
export const BAD_BODIES: { name: string; type: string | null; body: Uint8Array | string; status: number }[] =
  [
    { name: 'text/plain', type: 'text/plain', body: '{"name":"x"}', status: 415 },
    {
      name: 'form-urlencoded',
      type: 'application/x-www-form-urlencoded',
      body: 'name=x&text=y',
      status: 415,
    },
    {
      name: 'XML',
      type: 'application/xml',
      body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
      status: 415,
    },
    { name: 'no content type', type: null, body: '{"name":"x"}', status: 415 },
    { name: 'JSON disguised by a parameter', type: 'application/jsonp', body: '{}', status: 415 },
    { name: 'malformed JSON', type: 'application/json', body: '{"name": "An", ', status: 400 },
    { name: 'an empty body', type: 'application/json', body: '', status: 400 },
    {
      name: 'invalid UTF-8 (a lone continuation byte and an overlong slash)',
      type: 'application/json',
      body: Uint8Array.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0x80, 0xc0, 0xaf, 0x22, 0x7d]),
      status: 400,
    },
    {
      name: 'UTF-16 JSON',
      type: 'application/json; charset=utf-16',
      body: new Uint8Array(Buffer.from('\ufeff{"a":"b"}', 'utf16le')),
      status: 400,
    },
    { name: 'a JSON array', type: 'application/json', body: '[{"name":"An"}]', status: 400 },
    { name: 'a JSON number', type: 'application/json', body: '42', status: 400 },
    { name: 'JSON null', type: 'application/json', body: 'null', status: 400 },
    { name: 'a JSON string', type: 'application/json', body: '"<script>alert(1)</script>"', status: 400 },
  ]

/** Field values that are accepted once cleaned: what was sent, and what must be stored. */
export const CLEANED_TEXT: { name: string; sent: string; stored: string | RegExp }[] = [
  { name: 'NFD Vietnamese', sent: 'Nguyễn Thị Hoà'.normalize('NFD'), stored: 'Nguyễn Thị Hoà' },
  { name: 'deprecated tone marks', sent: 'Nguye\u0302\u0303n Va\u0306n Be\u0341', stored: 'Nguyễn Văn Bé' },
  { name: 'control characters', sent: 'Lê\u0007 Văn\u001b[31m Tám\u007f\u0085', stored: 'Lê Văn[31m Tám' },
  { name: 'null bytes', sent: 'Phạm\u0000 Thị\u0000 Lan', stored: 'Phạm Thị Lan' },
  { name: 'an RTL override', sent: 'Trần \u202Egnaht\u202C Hà', stored: 'Trần gnaht Hà' },
  { name: 'zero-width characters and a BOM', sent: '\uFEFFĐỗ\u200B Văn\u2060 Hùng', stored: 'Đỗ Văn Hùng' },
  { name: 'lone surrogates', sent: 'Bùi \uD800Văn\uDC00 Nam', stored: 'Bùi \uFFFDVăn\uFFFD Nam' },
  {
    name: 'a <script> element',
    sent: 'Hoàng <script>alert(document.cookie)</script>Yến',
    stored: 'Hoàng Yến',
  },
  { name: 'an <img onerror>', sent: 'Vũ <img src=x onerror=alert(1)>Minh', stored: 'Vũ Minh' },
  { name: 'a javascript: link', sent: 'Đặng <a href="javascript:alert(1)">Quang</a>', stored: 'Đặng Quang' },
  {
    name: 'an attribute break-out into <svg onload>',
    sent: 'Ngô "><svg onload=alert(1)> Bảo',
    stored: 'Ngô "> Bảo',
  },
  { name: 'escaped markup', sent: 'Lý &lt;b&gt;Thảo&lt;/b&gt;', stored: 'Lý Thảo' },
  { name: 'doubly escaped markup', sent: 'Mai &amp;amp;lt;i&amp;amp;gt;Hương', stored: 'Mai Hương' },
  {
    name: 'an SQL injection',
    sent: "Robert'); DROP TABLE cases;-- ' OR 1=1 --",
    stored: "Robert'); DROP TABLE cases;-- ' OR 1=1 --",
  },
  {
    name: 'a text with "<" that is no tag',
    sent: 'Lương < 5 triệu & thưởng',
    stored: 'Lương < 5 triệu & thưởng',
  },
]

/** Values of the wrong type where a string is expected: each refused with the field's code. */
export const WRONG_TYPES: { name: string; value: unknown }[] = [
  { name: 'a NoSQL operator object', value: { $gt: '' } },
  { name: 'a $ne operator', value: { $ne: null } },
  { name: 'an array', value: ['An', 'Bình'] },
  { name: 'a number', value: 12345678 },
  { name: 'a boolean', value: true },
  { name: 'an object with toString', value: { toString: 'An' } },
]

/** JSON whose keys try to reach Object.prototype through a naive merge. */
export const POLLUTING_BODIES = (valid: () => object): { name: string; body: () => string }[] => [
  {
    name: '__proto__',
    body: () => JSON.stringify(valid()).replace(/^\{/, '{"__proto__":{"polluted":"yes"},'),
  },
  {
    name: 'constructor.prototype',
    body: () => JSON.stringify(valid()).replace(/^\{/, '{"constructor":{"prototype":{"polluted":"yes"}},'),
  },
]

/** A valid JSON body whose name (the last key wins) carries bytes that are no UTF-8. */
export const withInvalidUtf8 = (valid: object): Uint8Array =>
  new Uint8Array(
    Buffer.concat([
      Buffer.from(`${JSON.stringify(valid).slice(0, -1)},"name":"Ng`),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('uyen"}'),
    ]),
  )

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
)
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')

/** Files whose name and claimed type lie about their bytes: every one refused. */
export const DISGUISED_FILES: { name: string; file: string; type: string; bytes: Buffer }[] = [
  { name: 'SVG named .jpg, claimed image/jpeg', file: 'anh-cccd.jpg', type: 'image/jpeg', bytes: SVG },
  { name: 'SVG named .png, claimed image/png', file: 'anh.png', type: 'image/png', bytes: SVG },
  { name: 'SVG as itself', file: 'logo.svg', type: 'image/svg+xml', bytes: SVG },
  {
    name: 'HTML named .pdf, claimed application/pdf',
    file: 'don-khieu-nai.pdf',
    type: 'application/pdf',
    bytes: HTML,
  },
  {
    name: 'HTML behind a UTF-8 BOM',
    file: 'to-trinh.pdf',
    type: 'application/pdf',
    bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), HTML]),
  },
  {
    name: 'a GIF/HTML polyglot',
    file: 'anh.gif.jpg',
    type: 'image/jpeg',
    bytes: Buffer.concat([Buffer.from('GIF89a'), HTML]),
  },
  {
    name: 'a ZIP named .pdf',
    file: 'hoso.pdf',
    type: 'application/pdf',
    bytes: Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000', 'latin1'),
  },
  { name: 'an empty file', file: 'rong.pdf', type: 'application/pdf', bytes: Buffer.alloc(0) },
]

/**
 * Files that are what they say by their first bytes but carry markup after them: accepted as the
 * type their bytes give, stored under a generated name, so no browser sees them as HTML.
 */
export const POLYGLOTS: { name: string; bytes: Buffer; type: string; mime: string; ext: string }[] = [
  {
    name: 'a PNG with HTML appended, claimed text/html',
    bytes: Buffer.concat([PNG, HTML]),
    type: 'text/html',
    mime: 'image/png',
    ext: 'png',
  },
  {
    name: 'a PDF with a script after %%EOF',
    bytes: Buffer.concat([minimalPdf(), HTML]),
    type: 'application/pdf',
    mime: 'application/pdf',
    ext: 'pdf',
  },
]

/** File names that try to leave the upload folder or hide their type: all stored as generated. */
export const HOSTILE_FILE_NAMES: string[] = [
  '../../etc/passwd.pdf',
  '..\\..\\windows\\win.ini.pdf',
  '/etc/shadow.pdf',
  'C:\\Windows\\System32\\x.pdf',
  'a\u0000.pdf.exe',
  'hoá-đơn\u202Efdp.exe',
  '<img src=x onerror=alert(1)>.pdf',
  `${'a'.repeat(5000)}.pdf`,
]
