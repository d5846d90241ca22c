/**
 * Unicode NFC. Text pasted from some editors and macOS carries Vietnamese marks as separate
 * combining characters (ệ as e + U+0323 + U+0302, in either order, or with the deprecated tone
 * marks U+0340/U+0341); stored that way it looks the same but fails equality, search and slugs.
 */
export function toNFC(text: string): string {
  return text.normalize('NFC')
}

export function isNFC(text: string): boolean {
  return text === text.normalize('NFC')
}

/**
 * User input as it should be stored: LF line ends, NFC, no control characters other than newline
 * and tab (a pasted NUL or a C1 byte from a mis-decoded Windows-1252 file breaks XML feeds).
 */
export function cleanText(text: string): string {
  // NFC comes last: removing a control character can bring a base letter next to its mark.
  return toNFC(text.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\n\t]/gu, ''))
}
