import sanitizeHtml from 'sanitize-html'

const STRIP_ALL = { allowedTags: [], allowedAttributes: {} }

/** sanitize-html escapes text; what it leaves is turned back into the characters people typed. */
const unescape = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/** Enough for anything a person types; only crafted input needs more. */
const ROUNDS = 4

/**
 * Text from the public as plain text: markup is dropped (a `<script>` with its content), the
 * rest is kept as typed ("lương < 5 triệu" stays). Repeated until stable, so markup that was
 * typed escaped (`&lt;b&gt;`) cannot come back as markup either. Crafted input can need a round
 * per level of nesting (`&amp;amp;lt;`, `<<i>i>`): past a few rounds its `<` and `&` are
 * dropped, which leaves nothing to decode or parse as a tag, so the result is stable too.
 */
export function plainText(value: string): string {
  let text = value
  for (let round = 0; round < ROUNDS; round++) {
    const next = unescape(sanitizeHtml(text, STRIP_ALL))
    if (next === text) return text
    text = next
  }
  return unescape(sanitizeHtml(text, STRIP_ALL)) === text ? text : text.replace(/[<&]/g, '')
}
