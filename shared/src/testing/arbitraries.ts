import fc from 'fast-check'

/**
 * Text an attacker or a careless paste sends to a public form, for property tests on both sides
 * (the shared validators here, the CMS sanitiser there). Plain random strings almost never hit
 * the interesting characters, so these are weighted towards them.
 */

/** Characters that break storage, display or filters when they survive. */
export const NASTY_CHARACTERS = [
  '\u0000', // NUL: ends C strings, breaks PostgreSQL text
  '\u0007',
  '\u001B', // ESC: terminal escapes in logs
  '\u007F',
  '\u0085', // C1 NEL, a mis-decoded Windows-1252 byte
  '\u009B',
  '\r',
  '\r\n',
  '\t',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u200B', // zero-width space
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF', // byte-order mark
  '\u202A',
  '\u202E', // right-to-left override
  '\u2066',
  '\u2069',
  '\u200F',
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\uFFFD',
  '\u0301', // combining acute, Vietnamese tone marks in NFD
  '\u0323',
  '\u0302',
] as const

/** Fragments of markup and injection payloads. */
export const HOSTILE_FRAGMENTS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<iframe src="data:text/html,<script>alert(1)</script>">',
  '<style>*{display:none}</style>',
  '<!-- comment -->',
  '<![CDATA[x]]>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&amp;lt;b&amp;gt;',
  '&amp;amp;lt;i&amp;amp;gt;',
  '&#60;b&#62;',
  '<',
  '>',
  '&',
  '"',
  "'",
  "' OR 1=1 --",
  '{"$gt":""}',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%00',
] as const

/** Vietnamese as typed, as pasted from macOS (NFD) and with the deprecated tone marks. */
export const VIETNAMESE = [
  'Nguyễn Văn An',
  'Nguyễn Văn An'.normalize('NFD'),
  'Bảo hiểm thất nghiệp',
  'Bảo hiểm thất nghiệp'.normalize('NFD'),
  'e\u0323\u0302', // ệ with its marks in the other order
  'a\u0341', // á with the deprecated U+0341
  'Điều 5, khoản 2',
] as const

/** One piece of hostile input: a nasty character, an attack fragment, Vietnamese or anything. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_CHARACTERS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...VIETNAMESE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\n', '\n\n\n', 'a', 'x'.repeat(300)) },
)

/** A string made of hostile pieces. */
export const hostileText = (maxPieces = 12): fc.Arbitrary<string> =>
  fc.array(hostilePiece, { maxLength: maxPieces }).map((pieces) => pieces.join(''))

/** Any JSON-ish value a client may send where a string is expected (objects, arrays, numbers). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(null, undefined, true, 0, -1, 1e308, { $gt: '' }, ['a'], { toString: 'x' }),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
)

/** A valid value most of the time wrapped in hostile pieces, sometimes anything at all. */
export const around = (valid: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.tuple(hostilePiece, hostilePiece).map(([a, b]) => `${a}${valid}${b}`) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 6, arbitrary: fc.constant(valid) },
  )

/** Control characters (other than newline and tab) and invisible overrides that must never be stored. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_STORED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/
/** Half of a UTF-16 pair without the other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Why `value` must not be stored as public text, or `null` when it may (NFC, no controls, whole UTF-16). */
export function storageProblem(value: string): string | null {
  if (value.normalize('NFC') !== value) return `not NFC: ${JSON.stringify(value)}`
  const control = FORBIDDEN_STORED.exec(value)
  if (control)
    return `control U+${control[0].codePointAt(0)!.toString(16).toUpperCase()} in ${JSON.stringify(value)}`
  if (LONE_SURROGATE.test(value)) return `lone surrogate in ${JSON.stringify(value)}`
  return null
}
