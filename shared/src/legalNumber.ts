import { foldDiacritics } from './fold'
import { slugify } from './slug'

/**
 * Số ký hiệu of a Vietnamese document (Nghị định 30/2020/NĐ-CP, Luật Ban hành VBQPPL):
 * `number/year/TYPE-BODY` for normative documents (`14/2017/NĐ-CP`, `05/2024/TT-BLĐTBXH`,
 * `45/2019/QH14`, `05/2015/TTLT-BLĐTBXH-BTC`) and `number/TYPE-BODY` for others
 * (`1234/LĐTBXH-VP`, `574/QĐ-TTg`). Symbol parts are upper-case letters and digits, except the
 * lower-case letters some official symbols keep (`TTg`, `CTN`… `TTg` is the Prime Minister).
 */
export interface ParsedDocumentNumber {
  /** The canonical form: NFC, no spaces, no "Số:" prefix. */
  number: string
  serial: string
  year?: number
  symbol: string
}

export type DocumentNumberError = 'empty' | 'format' | 'year'

const NUMBER_PATTERN = /^(\d{1,6}[a-zA-Z]?)\/(?:(\d{4})\/)?([A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*)$/u

/** The earliest year a document of the Democratic Republic could carry. */
const FIRST_YEAR = 1945

export function parseDocumentNumber(
  input: string,
  opts: { currentYear?: number } = {},
): { ok: true; value: ParsedDocumentNumber } | { ok: false; error: DocumentNumberError } {
  const spaced = input
    .normalize('NFC')
    .replace(/^\s*số\s*:?\s*/iu, '')
    .trim()
  // A space inside a run of letters or digits stands for a missing separator ("ND CP" is not
  // "NDCP"); dropping it would make up a different number.
  if (/[\p{L}\p{N}]\s+[\p{L}\p{N}]/u.test(spaced)) return { ok: false, error: 'format' }
  const text = spaced
    .replace(/\s+/g, '')
    // Typists use a hyphen lookalike often enough that refusing it would only annoy them.
    .replace(/[‐‑‒–—]/g, '-')
  if (text === '') return { ok: false, error: 'empty' }
  const match = NUMBER_PATTERN.exec(text)
  if (!match) return { ok: false, error: 'format' }
  const [, serial, yearText, symbol] = match as unknown as [string, string, string | undefined, string]
  const currentYear = opts.currentYear ?? new Date().getFullYear()
  const year = yearText === undefined ? undefined : Number(yearText)
  if (year !== undefined && (year < FIRST_YEAR || year > currentYear + 1)) return { ok: false, error: 'year' }
  return { ok: true, value: { number: text, serial, year, symbol } }
}

/** The stable URL segment of a document, built from its number: `14/2017/NĐ-CP` → `14-2017-nd-cp`. */
export function documentNumberSlug(number: string): string {
  return slugify(number)
}

/**
 * The key under which a number must be unique: the same number may exist at two issuing bodies
 * (`01/2024/TT-BTC` is not `01/2024/TT-BLĐTBXH`, but `123/QĐ-UBND` exists in every province).
 */
export function documentNumberKey(number: string, issuingBody: string): string {
  const fold = (s: string) => foldDiacritics(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim()
  return `${fold(number).replace(/\s+/g, '')}@${fold(issuingBody)}`
}
