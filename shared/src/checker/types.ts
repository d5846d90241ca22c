export type CheckSeverity = 'error' | 'warning'

export type CheckField = 'title' | 'sapo' | 'body' | string

export interface CheckMessage {
  vi: string
  en: string
}

export interface CheckFinding {
  /** Rule id, e.g. 'repeated-word'. */
  rule: string
  severity: CheckSeverity
  /** Which field of the input. */
  field: CheckField
  /** UTF-16 offset of the span in the field's text as given (before any normalisation). */
  start: number
  end: number
  /** The offending text, `text.slice(start, end)`. */
  excerpt: string
  /** Replacement for [start, end) when a fix is known. */
  suggestion?: string
  message: CheckMessage
}

export interface CheckImage {
  alt?: string | null
  /** How to name the image to the editor (file name, caption). */
  label?: string
}

export interface CheckInput {
  title?: string
  sapo?: string
  /** Plain text of the body: callers flatten rich text. */
  body?: string
  /** Images in the article, for the alt-text rule. */
  images?: CheckImage[]
}

/**
 * Where a site puts the tone mark in the open syllables oa, oe, uy: 'old' (kiểu cũ: hòa, thúy,
 * ủy) or 'new' (kiểu mới: hoà, thuý, uỷ); 'any' accepts either but not both in one article.
 */
export type ToneStyle = 'new' | 'old' | 'any'

export interface CheckOptions {
  /** Default 'old' ("hòa"). */
  toneStyle?: ToneStyle
}

export type ResolvedCheckOptions = Required<CheckOptions>
