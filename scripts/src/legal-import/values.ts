/**
 * Reading single cells the way Vietnamese registers write them: dates as "01/7/2021" or real Excel
 * date cells, types and fields by label or code, lists separated by ";". Every rule about what a
 * number, a type or a field is comes from `@cong/shared`; this file only reads spreadsheet text.
 */
import { foldForSearch } from '@cong/shared/fold'
import {
  LEGAL_DOC_TYPES,
  LEGAL_DOC_TYPE_CODES,
  LEGAL_FIELDS,
  LEGAL_FIELD_CODES,
  type LegalDocType,
  type LegalField,
  type LegalRelationScope,
} from '@cong/shared/legalVocabulary'
import { cleanText } from '@cong/shared/normalize'
import { formatVietnameseDate, isIsoDate, type IsoDate } from '@cong/shared/vnDate'
import type { CellValue } from './sheet'

/** A cell as one line of text: NFC, no control characters, single spaces; `null` when empty. */
export function cellText(value: CellValue): string | null {
  if (value === null) return null
  const text =
    value instanceof Date
      ? formatVietnameseDate(excelDay(value))
      : cleanText(String(value)).replace(/\s+/g, ' ').trim()
  return text === '' ? null : text
}

/** The items of a list cell: ";" or line breaks separate them (labels themselves hold commas). */
export function splitList(value: CellValue): string[] {
  if (value === null) return []
  return cleanText(String(value))
    .split(/[;\n]/)
    .map((item) => item.replace(/\s+/g, ' ').trim())
    .filter((item) => item !== '')
}

/**
 * Matching key of a label or a code: "Lao động – Tiền lương", "lao dong - tien luong" and
 * "lao-dong-tien-luong" are the same field.
 */
export const labelKey = (text: string): string =>
  foldForSearch(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const TYPE_LOOKUP = new Map<string, LegalDocType>()
for (const code of LEGAL_DOC_TYPE_CODES) {
  for (const name of [code, LEGAL_DOC_TYPES[code].label.vi, LEGAL_DOC_TYPES[code].label.en])
    TYPE_LOOKUP.set(labelKey(name), code)
}
const FIELD_LOOKUP = new Map<string, LegalField>()
for (const code of LEGAL_FIELD_CODES) {
  for (const name of [code, LEGAL_FIELDS[code].vi, LEGAL_FIELDS[code].en])
    FIELD_LOOKUP.set(labelKey(name), code)
}

export const lookupType = (text: string): LegalDocType | undefined => TYPE_LOOKUP.get(labelKey(text))
export const lookupField = (text: string): LegalField | undefined => FIELD_LOOKUP.get(labelKey(text))

export const KNOWN_TYPES = LEGAL_DOC_TYPE_CODES.map((code) => LEGAL_DOC_TYPES[code].label.vi).join(', ')
export const KNOWN_FIELDS = LEGAL_FIELD_CODES.map((code) => LEGAL_FIELDS[code].vi).join('; ')

// ── dates ────────────────────────────────────────────────────────────────────────────────────

/**
 * ExcelJS reads a date cell as midnight UTC of the day the sheet shows, whatever the zone of the
 * computer that typed it; the UTC day is that day.
 */
const excelDay = (date: Date): IsoDate => date.toISOString().slice(0, 10)

/** Day 0 of Excel's 1900 date system (it counts a 29 February 1900 that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)

const pad = (n: string) => n.padStart(2, '0')
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/
const YEAR_MONTH_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/
/** "ngày 15 tháng 02 năm 2020", as documents print it. */
const SPELLED_OUT = /^ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$/

export type DateResult =
  { ok: true; date: IsoDate } | { ok: false; code: 'date-invalid' | 'date-range'; shown: string }

/**
 * A date cell: text as Vietnamese write it (dd/MM/yyyy, day and month with or without a leading
 * zero; also yyyy-MM-dd), an Excel date cell, or an Excel serial number that lost its date format.
 * Month-first dates ("7/15/2021" from an American Excel) are refused, not guessed.
 */
export function parseDateCell(value: Exclude<CellValue, null>): DateResult {
  let date: string | undefined
  let shown: string
  if (value instanceof Date) {
    date = Number.isNaN(value.getTime()) ? undefined : excelDay(value)
    shown = date ? formatVietnameseDate(date) : String(value)
  } else if (typeof value === 'number') {
    shown = String(value)
    if (Number.isFinite(value) && value >= 1)
      date = excelDay(new Date(EXCEL_EPOCH + Math.floor(value) * 86_400_000))
  } else {
    shown = String(value).trim()
    const folded = foldForSearch(shown)
    const dmy = DAY_MONTH_YEAR.exec(shown) ?? SPELLED_OUT.exec(folded)
    const ymd = YEAR_MONTH_DAY.exec(shown)
    if (dmy) date = `${dmy[3]}-${pad(dmy[2])}-${pad(dmy[1])}`
    else if (ymd) date = `${ymd[1]}-${pad(ymd[2])}-${pad(ymd[3])}`
  }
  if (date === undefined || !isIsoDate(date)) return { ok: false, code: 'date-invalid', shown }
  const year = Number(date.slice(0, 4))
  if (year < 1945 || year > 2100) return { ok: false, code: 'date-range', shown }
  return { ok: true, date }
}

// ── relations ────────────────────────────────────────────────────────────────────────────────

const PART = new Set(['mot phan', '1 phan', 'part', 'in part', 'partial', 'partly'])
const WHOLE = new Set(['toan bo', 'whole', 'in full', 'full'])

/**
 * One item of a relation cell: a number, optionally followed by "(một phần)"/"(part)" when the
 * relation touches only some articles, or "(toàn bộ)"/"(whole)" to say so explicitly.
 */
export function splitScope(item: string): { text: string; scope: LegalRelationScope } | null {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(item)
  if (!match) return { text: item, scope: 'whole' }
  const marker = foldForSearch(match[2])
  if (PART.has(marker)) return { text: match[1], scope: 'part' }
  if (WHOLE.has(marker)) return { text: match[1], scope: 'whole' }
  return null
}
