import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HOSTILE_FRAGMENTS, hostileText } from '@cong/shared/testing/arbitraries'
import { plainText } from '../../src/collections/Drafts/endpoints/plainText'
import { sanitizeArticleHtml } from '../../src/publishing/richText'
import { elementsIn } from './corpus'

/**
 * The two sanitisers: `plainText` (what the public sends, stored as text) and the article HTML
 * allow-list (what the site renders as HTML). Checked by parsing their output again as a browser
 * would see it, not by searching for strings an encoding could hide.
 */

const SCRIPTED_URL = /^\s*(javascript|vbscript|data):/i
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href']

function dangerIn(html: string): string | null {
  for (const { tag, attribs } of elementsIn(html)) {
    if (['script', 'style', 'object', 'embed', 'svg', 'math', 'form', 'base', 'meta', 'link'].includes(tag))
      return `<${tag}>`
    for (const [name, value] of Object.entries(attribs)) {
      if (/^on/i.test(name)) return `${tag}[${name}]`
      // The parser decoded entities; tabs and newlines inside a scheme are ignored by browsers.
      if (URL_ATTRIBUTES.includes(name.toLowerCase()) && SCRIPTED_URL.test(value.replace(/[\t\n\r]/g, '')))
        return `${tag}[${name}=${value}]`
    }
  }
  return null
}

/** Markup built from allowed and forbidden tags, attributes and URLs, nested at random. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText(4),
    fc
      .tuple(
        fc.constantFrom(
          'p',
          'a',
          'img',
          'script',
          'svg',
          'iframe',
          'span',
          'style',
          'video',
          'b',
          'table',
          'td',
          'math',
        ),
        fc.array(
          fc.tuple(
            fc.constantFrom(
              'href',
              'src',
              'onerror',
              'onload',
              'style',
              'class',
              'srcset',
              'poster',
              'xlink:href',
              'title',
            ),
            fc.constantFrom(
              'javascript:alert(1)',
              'JaVaScRiPt:alert(1)',
              ' javascript:alert(1)',
              'java&#x09;script:alert(1)',
              '&#106;avascript:alert(1)',
              'data:text/html;base64,PHNjcmlwdD4=',
              'https://www.youtube.com/embed/x',
              '/media/a.jpg',
              'expression(alert(1))',
              'x" onmouseover="alert(1)',
            ),
          ),
          { maxLength: 3 },
        ),
        fc.array(tie('node'), { maxLength: 3 }),
      )
      .map(
        ([tag, attrs, children]) =>
          `<${tag}${attrs.map(([name, value]) => ` ${name}="${value}"`).join('')}>${children.join('')}</${tag}>`,
      ),
    fc.constantFrom(...HOSTILE_FRAGMENTS),
  ),
})).node

describe('plainText, the sanitiser of public text (property)', () => {
  it('leaves no element at all, whatever was sent, and sanitising twice equals once', () => {
    fc.assert(
      fc.property(fc.oneof(markup, hostileText()), (input) => {
        const once = plainText(input)
        expect(elementsIn(once)).toEqual([])
        expect(plainText(once)).toBe(once)
      }),
      { numRuns: 500 },
    )
  })
})

describe('sanitizeArticleHtml, the site’s HTML allow-list (property)', () => {
  it('never lets a script, an event handler or a scripted URL through, and sanitising twice equals once', () => {
    fc.assert(
      fc.property(markup, (input) => {
        const once = sanitizeArticleHtml(input)
        expect(dangerIn(once)).toBeNull()
        expect(sanitizeArticleHtml(once)).toBe(once)
      }),
      { numRuns: 500 },
    )
  })

  it('the danger check itself sees what it must (so the properties above can fail)', () => {
    expect(dangerIn('<img src=x onerror=alert(1)>')).toBe('img[onerror]')
    expect(dangerIn('<a href="java&#x09;script:alert(1)">x</a>')).toBe('a[href=java\tscript:alert(1)]')
    expect(dangerIn('<script>alert(1)</script>')).toBe('<script>')
    expect(elementsIn('lương < 5 triệu & thưởng')).toEqual([])
  })
})
