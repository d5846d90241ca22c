// đ/Đ are letters of their own, not d + a mark, so NFD leaves them whole. U+00D0 (Ð) appears in
// text converted from Windows-1258, where Đ sits at the byte Latin-1 reads as Ð.
const STROKED_D: Record<string, string> = { đ: 'd', Đ: 'D', Ð: 'D' }

/**
 * Remove Vietnamese tone and vowel marks ("Đăng ký" → "Dang ky"). Accepts NFC or NFD input.
 * Only the Latin combining block is stripped, so marks other scripts need to be read (Devanagari
 * vowel signs, Thai tones) survive; the final NFC recomposes what NFD split apart (Hangul).
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐÐ]/g, (letter) => STROKED_D[letter])
    .normalize('NFC')
}

/** A key for matching search input against titles: case, marks and spacing do not count. */
export function foldForSearch(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim()
}
