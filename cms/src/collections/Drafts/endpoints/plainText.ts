import sanitizeHtml from 'sanitize-html'

const STRIP_ALL = { allowedTags: [], allowedAttributes: {} }

/** sanitize-html escapes text; what it leaves is turned back into the characters people typed. */
const unescape = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/**
 * Text from the public as plain text: markup is dropped (a `<script>` with its content), the
 * rest is kept as typed ("lương < 5 triệu" stays). Repeated until stable, so markup that was
 * typed escaped (`&lt;b&gt;`) cannot come back as markup either.
 */
export function plainText(value: string): string {
  let text = value
  for (let round = 0; round < 3; round++) {
    const next = unescape(sanitizeHtml(text, STRIP_ALL))
    if (next === text) break
    text = next
  }
  return text
}
