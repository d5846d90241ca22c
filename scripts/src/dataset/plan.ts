/**
 * What the reference dataset holds, item by item, without the CMS: every item is drawn from the
 * seed, its kind and its position, so the same seed and scale always plan the same content (and
 * the same natural keys: slug, document number, tracking code), and a re-run finds what an earlier
 * run created by those keys. Dates count back from the run's "now" like the demo seed's.
 */
import { makeReference } from '@cong/shared/draftComment'
import { makeTrackingCode } from '@cong/shared/citizenCase'
import type { LegalDocType, LegalField, LegalRelationKind } from '@cong/shared/legalVocabulary'
import { slugify } from '@cong/shared/slug'
import { hashString } from '../seed/images'
import { seededBytes } from '../seed/random'
import {
  ALBUM_TITLES,
  ANSWER_TEXTS,
  ARTICLE_PARAGRAPHS,
  ARTICLE_TITLES,
  COMMENT_TEXTS,
  DEPARTMENTS,
  DRAFT_TITLES,
  ENGLISH_PARAGRAPHS,
  ENGLISH_TITLES,
  LEGAL_BODIES,
  LEGAL_SUMMARIES,
  PERIODS,
  PHOTO_CAPTIONS,
  PROVINCES,
  PROVINCIAL_UNITS,
  QUESTION_TEXTS,
  SIGNERS,
  TAGS,
  TOPICS,
  type Topic,
} from './vocabulary'

/** The kinds in the order they are generated (later kinds point at earlier ones). */
export const KINDS = ['units', 'articles', 'legal', 'drafts', 'cases', 'albums'] as const
export type Kind = (typeof KINDS)[number]

export const KIND_LABELS: Record<Kind, string> = {
  units: 'Đơn vị / units',
  articles: 'Tin bài / articles',
  legal: 'Văn bản / legal documents',
  drafts: 'Dự thảo / drafts (+ góp ý / comments)',
  cases: 'Hỏi đáp / cases (Q&A)',
  albums: 'Đa phương tiện / albums',
}

export interface Scale {
  units: number
  articles: number
  /** Of the articles, how many have a published English version. */
  english: number
  legal: number
  drafts: number
  /** Average approved comments per draft (each draft has between 2/3 and 4/3 of it). */
  commentsPerDraft: number
  /** Citizen cases; half of them are published answers (Q&A), the rest answered privately. */
  cases: number
  albums: number
  photosPerAlbum: number
}

/** targets.md, "Reference scale". */
export const REFERENCE: Scale = {
  units: 150,
  articles: 50_000,
  english: 10_000,
  legal: 12_000,
  drafts: 400,
  commentsPerDraft: 30,
  cases: 40_000,
  albums: 2_000,
  photosPerAlbum: 8,
}

export const SCALE_NAMES = ['small', 'reference'] as const
export type ScaleName = (typeof SCALE_NAMES)[number]

/** `small` is one hundredth of the reference (at least one of each); per-item shapes stay. */
export function scaleOf(name: ScaleName): Scale {
  if (name === 'reference') return REFERENCE
  const hundredth = (n: number) => Math.max(1, Math.round(n / 100))
  return {
    ...REFERENCE,
    units: hundredth(REFERENCE.units),
    articles: hundredth(REFERENCE.articles),
    english: hundredth(REFERENCE.english),
    legal: hundredth(REFERENCE.legal),
    drafts: hundredth(REFERENCE.drafts),
    cases: hundredth(REFERENCE.cases),
    albums: hundredth(REFERENCE.albums),
  }
}

/** Deterministic choices for one item: each draw hashes the seed, the item and a counter. */
export interface Draw {
  int(min: number, max: number): number
  one<T>(items: readonly T[]): T
  chance(percent: number): boolean
}

/**
 * FNV-1a's low bits follow the last characters of the key closely, and draws take `% n` of them;
 * MurmurHash3's finalizer spreads every input bit over the output first.
 */
function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export function drawFor(seed: number, key: string): Draw {
  let counter = 0
  const next = () => mix(hashString(`${seed}#${key}#${counter++}`))
  return {
    int: (min, max) => min + (next() % (max - min + 1)),
    one: (items) => items[next() % items.length]!,
    chance: (percent) => next() % 100 < percent,
  }
}

const DAY_MS = 86_400_000
/** Ten years of a ministry: item i of n is dated proportionally, the last one most recently. */
const SPAN_DAYS = 3_650

export function spreadDate(now: Date, i: number, n: number, jitterKey: number): Date {
  const daysAgo = ((n - 1 - i) * SPAN_DAYS) / Math.max(1, n)
  const at = new Date(now.getTime() - daysAgo * DAY_MS)
  // Office hours in Vietnam (UTC+7), never after "now".
  at.setUTCHours(1 + (jitterKey % 9), jitterKey % 60, 0, 0)
  return new Date(Math.min(at.getTime(), now.getTime() - 60_000))
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`))
}

/** Slugs carry the marker `ds-`, the seed and the position: unique, and never a demo slug. */
const dsSlug = (seed: number, kind: string, i: number, title: string) =>
  slugify(`ds-${seed}-${kind}${i + 1}-${title}`, { maxLength: 90 })

// ── units ────────────────────────────────────────────────────────────────────────────────────

export interface UnitPlan {
  key: string
  name: string
  slug: string
  kind: string
  /** Index of the parent unit in the plan, or null for the ministry. */
  parent: number | null
  order: number
  address: string
  phone: string
  functions: string[]
}

export function planUnit(seed: number, i: number): UnitPlan {
  const d = drawFor(seed, `unit#${i}`)
  let name: string
  let kind: string
  let province: string = PROVINCES[0]
  if (i === 0) {
    name = 'Bộ Lao động – Thương binh và Xã hội (dữ liệu thử)'
    kind = 'ministry'
  } else if (i <= DEPARTMENTS.length) {
    ;[name, kind] = DEPARTMENTS[i - 1]!
  } else {
    const k = i - 1 - DEPARTMENTS.length
    province = PROVINCES[k % PROVINCES.length]!
    const [base, unitKind] = PROVINCIAL_UNITS[Math.floor(k / PROVINCES.length) % PROVINCIAL_UNITS.length]!
    const round = Math.floor(k / (PROVINCES.length * PROVINCIAL_UNITS.length))
    name = `${base} ${province}${round > 0 ? ` số ${round + 1}` : ''}`
    kind = unitKind
  }
  const topic = d.one(TOPICS)
  const slug = dsSlug(seed, 'u', i, name)
  return {
    key: slug,
    name,
    slug,
    kind,
    parent: i === 0 ? null : 0,
    order: i,
    address: `Số ${d.int(1, 300)} đường Lê Duẩn, ${province}`,
    phone: `024 ${d.int(3000, 3999)} ${d.int(1000, 9999)}`,
    functions: [
      `${name} có chức năng tham mưu, giúp việc về ${topic.subjects[0]} và ${d.one(topic.subjects)}.`,
      `Đơn vị hướng dẫn, kiểm tra việc thực hiện chính sách đối với ${d.one(topic.groups)} trên địa bàn ${province}.`,
    ],
  }
}

// ── articles ─────────────────────────────────────────────────────────────────────────────────

export interface ArticlePlan {
  key: string
  title: string
  slug: string
  sapo: string
  paragraphs: string[]
  tags: string[]
  field: LegalField
  /** Index into the dataset's units, sections and cover images (taken modulo their counts). */
  unit: number
  section: number
  cover: number | null
  publishedAt: Date
  english: { title: string; sapo: string; paragraphs: string[] } | null
}

/** Spreads `share` of `total` items evenly (exactly `share` of them). */
export const inShare = (i: number, share: number, total: number): boolean =>
  Math.floor(((i + 1) * share) / total) > Math.floor((i * share) / total)

function words(d: Draw, topic: Topic, now: Date) {
  const year = now.getUTCFullYear() - d.int(0, 9)
  return {
    province: d.one(PROVINCES),
    subject: d.one(topic.subjects),
    group: d.one(topic.groups),
    year,
    yearEnd: year + 5,
    period: d.one(PERIODS),
    count: d.int(12, 2_400).toLocaleString('vi-VN'),
  }
}

export function planArticle(seed: number, i: number, scale: Scale, now: Date): ArticlePlan {
  const d = drawFor(seed, `article#${i}`)
  const topic = d.one(TOPICS)
  const w = words(d, topic, now)
  const publishedAt = spreadDate(now, i, scale.articles, d.int(0, 10_000))
  const unitName = d.one(DEPARTMENTS)[0]
  const values = {
    ...w,
    unit: unitName,
    day: publishedAt.toISOString().slice(0, 10).split('-').reverse().join('/'),
  }
  const title = fill(d.one(ARTICLE_TITLES), values)
  const paragraphs = Array.from({ length: d.int(4, 7) }, () => fill(d.one(ARTICLE_PARAGRAPHS), values))
  const slug = dsSlug(seed, 'a', i, title)
  const englishValues = {
    ...values,
    subject: topic.en.subject,
    group: topic.en.group,
    unit: 'the Ministry',
    periodEn: 'six months',
  }
  return {
    key: slug,
    title,
    slug,
    sapo: `${paragraphs[0]!.slice(0, 180).replace(/\s+\S*$/, '')}…`,
    paragraphs,
    tags: [d.one(TAGS), topic.subjects[0]!],
    field: topic.field,
    unit: d.int(0, 1_000_000),
    section: d.int(0, 1_000_000),
    cover: d.chance(85) ? d.int(0, 1_000_000) : null,
    publishedAt,
    english: inShare(i, scale.english, scale.articles)
      ? {
          title: fill(d.one(ENGLISH_TITLES), englishValues),
          sapo: fill(ENGLISH_PARAGRAPHS[0], englishValues),
          paragraphs: ENGLISH_PARAGRAPHS.map((p) => fill(p, englishValues)),
        }
      : null,
  }
}

// ── legal documents ──────────────────────────────────────────────────────────────────────────

const LEGAL_SHAPES: readonly {
  type: LegalDocType
  symbol: (body: string) => string
  yearInNumber: boolean
  body: number
}[] = [
  { type: 'thong-tu', symbol: (b) => `TT-${b}`, yearInNumber: true, body: 0 },
  { type: 'thong-tu', symbol: (b) => `TT-${b}`, yearInNumber: true, body: 0 },
  { type: 'nghi-dinh', symbol: (b) => `NĐ-${b}`, yearInNumber: true, body: 1 },
  { type: 'quyet-dinh', symbol: (b) => `QĐ-${b}`, yearInNumber: false, body: 2 },
  { type: 'quyet-dinh', symbol: (b) => `QĐ-${b}`, yearInNumber: false, body: 0 },
  { type: 'cong-van', symbol: (b) => `${b}-VP`, yearInNumber: false, body: 0 },
  { type: 'ke-hoach', symbol: (b) => `KH-${b}`, yearInNumber: false, body: 0 },
]

export interface LegalPlan {
  key: string
  number: string
  type: LegalDocType
  issuingBody: string
  signerName: string
  signerTitle: string
  issuedDate: Date
  effectiveDate: Date | null
  summary: string
  fields: LegalField[]
  unit: number
  /** Relations to earlier documents of the dataset (by index, always lower than this one's). */
  relations: { target: number; kind: LegalRelationKind; scope: 'whole' | 'part' }[]
}

export function planLegal(seed: number, i: number, scale: Scale, now: Date): LegalPlan {
  const d = drawFor(seed, `legal#${i}`)
  const shape = d.one(LEGAL_SHAPES)
  const body = LEGAL_BODIES[shape.body]!
  const topic = d.one(TOPICS)
  const issuedDate = spreadDate(now, i, scale.legal, d.int(0, 10_000))
  issuedDate.setUTCHours(0, 0, 0, 0)
  const year = issuedDate.getUTCFullYear()
  // Serials above the demo register's, so the dataset never takes a demo document's number, and
  // a block per seed (70 of them fit in six digits), so two seeds in one database do not share one.
  const serial = 5_001 + (seed % 70) * 13_000 + i
  const number = `${serial}/${shape.yearInNumber ? `${year}/` : ''}${shape.symbol(body.symbol)}`
  const normative = shape.type === 'thong-tu' || shape.type === 'nghi-dinh' || shape.type === 'quyet-dinh'
  const relations: LegalPlan['relations'] = []
  if (normative && i > 0 && d.chance(40)) {
    const count = d.int(1, 2)
    for (let k = 0; k < count; k++) {
      const target = d.int(Math.max(0, i - 400), i - 1)
      if (relations.some((r) => r.target === target)) continue
      const kind = d.one(['amends', 'amends', 'guides', 'replaces', 'repeals'] as const)
      relations.push({
        target,
        kind,
        scope: kind === 'amends' || kind === 'guides' ? 'part' : d.chance(50) ? 'whole' : 'part',
      })
    }
  }
  const w = words(d, topic, now)
  return {
    key: number,
    number,
    type: shape.type,
    issuingBody: body.body,
    signerName: d.one(SIGNERS),
    signerTitle: shape.body === 0 ? 'Thứ trưởng' : shape.body === 1 ? 'Phó Thủ tướng' : 'Thủ tướng',
    issuedDate,
    effectiveDate: normative ? new Date(issuedDate.getTime() + d.int(15, 45) * DAY_MS) : null,
    summary: fill(d.one(LEGAL_SUMMARIES), { ...w, year, yearEnd: year + 5 }),
    fields: [topic.field],
    unit: d.int(0, 1_000_000),
    relations,
  }
}

// ── drafts for comment ───────────────────────────────────────────────────────────────────────

export interface CommentPlan {
  reference: string
  name: string
  organisation: string | undefined
  email: string | undefined
  phone: string
  clause: string
  text: string
  /** Hours after the period opened. */
  afterHours: number
}

export interface DraftPlan {
  key: string
  title: string
  slug: string
  type: LegalDocType
  field: LegalField
  description: string[]
  unit: number
  opensOn: Date
  closesOn: Date
  comments: CommentPlan[]
}

const PERIOD_DAYS = 60

export function commentCount(seed: number, i: number, scale: Scale): number {
  // Pairs of drafts average exactly `commentsPerDraft`: one above by k, the next below by k.
  const pair = Math.floor(i / 2)
  const spread = Math.floor(scale.commentsPerDraft / 3)
  const k = spread === 0 ? 0 : drawFor(seed, `draft-pair#${pair}`).int(0, spread)
  return Math.max(1, scale.commentsPerDraft + (i % 2 === 0 ? k : -k))
}

export function planDraft(seed: number, i: number, scale: Scale, now: Date): DraftPlan {
  const d = drawFor(seed, `draft#${i}`)
  const topic = d.one(TOPICS)
  const w = words(d, topic, now)
  const template = d.one(DRAFT_TITLES)
  const title = fill(template, w)
  const type: LegalDocType = template.includes('Thông tư')
    ? 'thong-tu'
    : template.includes('Nghị định')
      ? 'nghi-dinh'
      : 'quyet-dinh'
  // The newest drafts are still open; the rest closed, spread back over the years.
  const opens = spreadDate(now, i, scale.drafts, 0)
  const day = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  const opensOn = day(new Date(Math.min(opens.getTime(), now.getTime() - 10 * DAY_MS)))
  const closesOn = new Date(opensOn.getTime() + PERIOD_DAYS * DAY_MS)
  const slug = dsSlug(seed, 'd', i, title)
  // Comments arrive in the part of the period that has passed.
  const openHours = Math.max(
    24,
    Math.floor((Math.min(closesOn.getTime(), now.getTime()) - opensOn.getTime()) / 3_600_000) - 24,
  )
  const comments = Array.from({ length: commentCount(seed, i, scale) }, (_, c): CommentPlan => {
    const cd = drawFor(seed, `comment#${i}#${c}`)
    const person = `${cd.one(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'])} ${cd.one(['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc'])} ${cd.one(['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Lan', 'Nam', 'Tâm', 'Yến'])}`
    const business = cd.chance(25)
    return {
      reference: makeReference('GY', seededBytes(`ds#${seed}#${slug}#${c}`)),
      name: person,
      organisation: business
        ? `Công ty TNHH ${cd.one(['Sao Mai', 'Hồng Phát', 'Tân Việt', 'Trường An'])} (dữ liệu thử)`
        : undefined,
      // The form asks for a way to answer: an e-mail or a phone number.
      email: cd.chance(60) ? `gopy.${seed}.${i}.${c}@example.com` : undefined,
      phone: `09${cd.int(10, 99)}${cd.int(100, 999)}${cd.int(100, 999)}`,
      clause: `Điều ${cd.int(1, 30)}, khoản ${cd.int(1, 5)}`,
      text: fill(cd.one(COMMENT_TEXTS), { ...words(cd, topic, now), clause: `Điều ${cd.int(1, 30)}` }),
      afterHours: cd.int(1, openHours),
    }
  })
  return {
    key: slug,
    title,
    slug,
    type,
    field: topic.field,
    description: [
      `Bộ Lao động – Thương binh và Xã hội lấy ý kiến rộng rãi về ${title.toLowerCase()}.`,
      `Dự thảo tập trung vào ${w.subject}, bảo đảm quyền lợi của ${w.group}.`,
    ],
    unit: d.int(0, 1_000_000),
    opensOn,
    closesOn,
    comments,
  }
}

// ── citizen cases (published answers) ────────────────────────────────────────────────────────

export interface CasePlan {
  key: string
  trackingCode: string
  visibility: 'public' | 'private'
  type: 'question' | 'feedback' | 'petition'
  field: LegalField
  name: string
  email: string
  title: string
  question: string
  answer: string[]
  unit: number
  receivedAt: Date
  answeredAt: Date
}

export function planCase(seed: number, i: number, scale: Scale, now: Date): CasePlan {
  const d = drawFor(seed, `case#${i}`)
  const topic = d.one(TOPICS)
  const w = words(d, topic, now)
  const trackingCode = makeTrackingCode(seededBytes(`ds#${seed}#case#${i}`))
  const receivedAt = spreadDate(now, i, scale.cases, d.int(0, 10_000))
  receivedAt.setTime(Math.min(receivedAt.getTime(), now.getTime() - 20 * DAY_MS))
  const question = fill(d.one(QUESTION_TEXTS), w)
  return {
    key: trackingCode,
    trackingCode,
    visibility: i % 2 === 0 ? 'public' : 'private',
    type: d.one(['question', 'question', 'feedback', 'petition'] as const),
    field: topic.field,
    name: `${d.one(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'])} ${d.one(['Văn', 'Thị', 'Minh'])} ${d.one(['An', 'Bình', 'Hà', 'Nam', 'Yến'])}`,
    email: `hoidap.${seed}.${i}@example.com`,
    title: `Hỏi về ${w.subject} (${w.province})`,
    question,
    answer: ANSWER_TEXTS.map((p) => fill(p, w)),
    unit: d.int(0, 1_000_000),
    receivedAt,
    answeredAt: new Date(receivedAt.getTime() + d.int(2, 14) * DAY_MS),
  }
}

// ── photo albums ─────────────────────────────────────────────────────────────────────────────

export type AlbumKind = 'photo' | 'video' | 'audio'

export interface AlbumPlan {
  key: string
  kind: AlbumKind
  title: string
  slug: string
  description: string
  /** Photo albums only. */
  photos: { image: number; caption: string; alt: string }[]
  /** Videos (embedded from a public host) and recordings (one shared file). */
  embedUrl?: string
  durationSeconds?: number
  transcript?: string
  unit: number
  section: number
  publishedAt: Date
}

/** The demo's own public videos: the embed check accepts their host by default. */
const EMBEDS = [
  'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
  'https://www.youtube.com/watch?v=eRsGyueVLvQ',
] as const

/** Seven in ten albums are photo albums, two videos, one a recording. */
export const albumKind = (i: number): AlbumKind => (i % 10 < 7 ? 'photo' : i % 10 < 9 ? 'video' : 'audio')

export function planAlbum(seed: number, i: number, scale: Scale, now: Date): AlbumPlan {
  const d = drawFor(seed, `album#${i}`)
  const topic = d.one(TOPICS)
  const w = words(d, topic, now)
  const kind = albumKind(i)
  const title =
    kind === 'photo'
      ? fill(d.one(ALBUM_TITLES), w)
      : `${kind === 'video' ? 'Video' : 'Ghi âm'}: ${fill(d.one(ARTICLE_TITLES), w)}`
  const slug = dsSlug(seed, 'p', i, title)
  return {
    key: slug,
    kind,
    title,
    slug,
    description: `${kind === 'photo' ? 'Một số hình ảnh' : kind === 'video' ? 'Video' : 'Bản ghi âm'} về ${w.subject} đối với ${w.group} tại ${w.province}.`,
    photos:
      kind === 'photo'
        ? Array.from({ length: scale.photosPerAlbum }, () => {
            const caption = fill(d.one(PHOTO_CAPTIONS), w)
            return { image: d.int(0, 1_000_000), caption, alt: caption }
          })
        : [],
    ...(kind === 'photo'
      ? {}
      : {
          embedUrl: kind === 'video' ? d.one(EMBEDS) : undefined,
          durationSeconds: d.int(60, 600),
          transcript: Array.from({ length: 3 }, () =>
            fill(d.one(ARTICLE_PARAGRAPHS), { ...w, unit: d.one(DEPARTMENTS)[0], day: 'hôm nay' }),
          ).join('\n\n'),
        }),
    unit: d.int(0, 1_000_000),
    section: d.int(0, 1_000_000),
    publishedAt: spreadDate(now, i, scale.albums, d.int(0, 10_000)),
  }
}

/** How many items of `kind` the scale plans (draft comments are part of their draft). */
export const countOf = (scale: Scale, kind: Kind): number =>
  ({
    units: scale.units,
    articles: scale.articles,
    legal: scale.legal,
    drafts: scale.drafts,
    cases: scale.cases,
    albums: scale.albums,
  })[kind]
