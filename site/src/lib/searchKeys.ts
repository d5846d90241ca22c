import { foldForSearch } from '@cong/shared/fold'
import { parse } from 'node-html-parser'

/** Text a page puts in its search index: plain strings and HTML fragments (bodies, functions). */
export interface IndexedText {
  text?: readonly (string | undefined)[]
  html?: readonly (string | undefined)[]
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu
const STROKED_D = /[đĐÐ]/

/**
 * Unaccented spellings of the page's words that contain đ, for Pagefind to index beside the text.
 * Pagefind strips tone and vowel marks at query time but keeps đ, a letter of its own, so "dong"
 * would never reach "động". Other words need nothing: Pagefind already matches them unaccented.
 * Returns the keys separated by spaces, each once, in order of first appearance; '' when none.
 */
export function searchKeys({ text = [], html = [] }: IndexedText): string {
  const plain = [...text, ...html.map((fragment) => (fragment ? parse(fragment).textContent : undefined))]
  const keys = new Set<string>()
  for (const part of plain) {
    for (const [word] of (part ?? '').matchAll(WORD)) {
      if (STROKED_D.test(word)) keys.add(foldForSearch(word))
    }
  }
  return [...keys].join(' ')
}
