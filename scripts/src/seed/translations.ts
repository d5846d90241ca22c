/**
 * English versions of the demo content through the translation workflow: published English for
 * the articles, pages, units, legal documents and albums the data translates (dated the day after
 * the Vietnamese, as the monthly report counts them), some made stale by a later Vietnamese edit,
 * and a translator's queue with items needed, in progress and in review.
 *
 * Idempotent: an item whose translation record has left `not-needed` (or is already where the
 * plan wants it) is counted as present and not touched, so a re-run writes nothing and a
 * translator's work on the demo survives it.
 */
import type { Payload, PayloadRequest } from 'payload'
import { slugify } from '@cong/shared/slug'
import type { TranslatableCollection, TranslationState } from '@cong/shared/translation'
import { findTranslation } from '../../../cms/src/translations/hooks'
import { moveTranslation, publishEnglish } from '../../../cms/src/translations/service'
import { inTransaction } from '../lib/transaction'
import { PUBLISHED_ARTICLES } from './data/articles'
import { DEMO_ALBUMS } from './data/albums'
import { STALE_EDITS, TRANSLATION_QUEUE } from './data/translations'
import { PAGES } from './data/pages'
import { toLexical } from './lexical'
import { DEMO_LOGINS } from './users'

const TRUSTED = { overrideAccess: true, depth: 0, context: { skipPublishWebhook: true } } as const
const DAY_MS = 86_400_000

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

export interface TranslationsReport {
  created: number
  existing: number
  published: number
  stale: number
  queued: number
}

interface Planned {
  collection: TranslatableCollection
  id: Id
  /** For messages: the item's Vietnamese title. */
  title: string
  target: Extract<TranslationState, 'needed' | 'in-progress' | 'in-review' | 'published'>
  /** When the English went out: the day after the Vietnamese, never after the run's now. */
  at?: Date
  /** The working English to write (locale `en`) before moving: queue items only. */
  en?: Record<string, unknown>
  /** A Vietnamese edit after publishing the English, which makes it stale. */
  staleEdit?: Record<string, unknown>
}

export async function seedTranslations(payload: Payload, now: Date): Promise<TranslationsReport> {
  const report: TranslationsReport = { created: 0, existing: 0, published: 0, stale: 0, queued: 0 }
  const translatorLogin = DEMO_LOGINS.find((login) => login.role === 'translator')
  return inTransaction(
    payload,
    async (req) => {
      const translator = translatorLogin ? await userByEmail(payload, translatorLogin.email, req) : null
      for (const item of await plan(payload, now, req)) {
        const record = await findTranslation(payload, item.collection, item.id, req)
        const state = record?.state ?? 'not-needed'
        // Anything past `not-needed` was done by an earlier run or by a person: leave it.
        const done = state !== 'not-needed' && !(state === 'needed' && item.target !== 'needed')
        if (done) {
          report.existing++
          continue
        }
        await apply(payload, item, state, translator, req, now)
        report.created++
        if (item.target === 'published') report.published++
        else report.queued++
        if (item.staleEdit) report.stale++
      }
      return report
    },
    { context: { skipPublishWebhook: true } },
  )
}

async function apply(
  payload: Payload,
  item: Planned,
  from: TranslationState,
  translator: Doc | null,
  req: PayloadRequest,
  now: Date,
): Promise<void> {
  const { collection, id } = item
  // Queue items are dated from the Vietnamese publication, so "oldest first" has an order to show.
  const at = item.at ?? now
  const move = async (to: TranslationState, user: Doc | null, when: Date) => {
    const result = await moveTranslation(payload, { collection, id, to, user, req, at: when })
    if (!result.ok)
      throw new Error(`Seed translation of ${collection} "${item.title}" → ${to}: ${result.message.en}`)
  }
  if (item.target === 'published') {
    await publishEnglish(payload, collection, id, { at, req })
    if (item.staleEdit)
      await payload.update({ ...TRUSTED, collection: collection as 'articles', id, locale: 'vi', data: item.staleEdit, req })
    return
  }
  if (from === 'not-needed') await move('needed', null, at)
  if (item.target === 'needed') return
  if (item.en)
    await payload.update({ ...TRUSTED, collection: collection as 'articles', id, locale: 'en', data: item.en, req })
  // The demo translator takes the item, so the queue shows whose work it is.
  const started = new Date(Math.min(at.getTime() + DAY_MS, now.getTime()))
  await move('in-progress', translator, started)
  if (item.target === 'in-review') await move('in-review', translator, new Date(Math.min(started.getTime() + DAY_MS, now.getTime())))
}

async function userByEmail(payload: Payload, email: string, req: PayloadRequest): Promise<Doc | null> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as Doc | undefined) ?? null
}

async function bySlug(
  payload: Payload,
  collection: 'articles' | 'pages' | 'albums',
  slugs: string[],
  req: PayloadRequest,
): Promise<Map<string, Doc>> {
  const { docs } = await payload.find({
    collection: collection as 'articles',
    where: { slug: { in: slugs } },
    depth: 0,
    pagination: false,
    locale: 'vi',
    overrideAccess: true,
    req,
  })
  return new Map((docs as unknown as Doc[]).map((doc) => [String(doc.slug), doc]))
}

/** The day after the Vietnamese went out, as translators usually deliver, capped at the run's now. */
const dayAfter = (publishedAt: unknown, now: Date): Date =>
  new Date(Math.min(Date.parse(String(publishedAt ?? now.toISOString())) + DAY_MS, now.getTime()))

async function plan(payload: Payload, now: Date, req: PayloadRequest): Promise<Planned[]> {
  const planned: Planned[] = []
  const staleBySlug = new Map(STALE_EDITS.map((edit) => [slugify(edit.article), edit.vi]))
  const queueBySlug = new Map(TRANSLATION_QUEUE.map((entry) => [slugify(entry.article), entry]))

  const translated = PUBLISHED_ARTICLES.filter((a) => a.en && (a.state ?? 'published') === 'published')
  const articleSlugs = [...translated.map((a) => slugify(a.vi.title)), ...queueBySlug.keys()]
  const articles = await bySlug(payload, 'articles', articleSlugs, req)
  const article = (slug: string): Doc => {
    const doc = articles.get(slug)
    if (!doc) throw new Error(`Seed translation plan refers to unknown article "${slug}"`)
    return doc
  }
  for (const a of translated) {
    const slug = slugify(a.vi.title)
    const doc = article(slug)
    planned.push({
      collection: 'articles',
      id: doc.id,
      title: a.vi.title,
      target: 'published',
      at: dayAfter(doc.publishedAt, now),
      staleEdit: staleBySlug.get(slug),
    })
  }
  for (const missing of [...staleBySlug.keys()].filter((slug) => !translated.some((a) => slugify(a.vi.title) === slug)))
    throw new Error(`Seed stale edit refers to article "${missing}", which has no published English`)
  for (const [slug, entry] of queueBySlug) {
    const en = entry.en && {
      ...(entry.en.title ? { title: entry.en.title } : {}),
      ...(entry.en.sapo ? { sapo: entry.en.sapo } : {}),
      ...(entry.en.body ? { body: toLexical(entry.en.body) } : {}),
    }
    const doc = article(slug)
    planned.push({ collection: 'articles', id: doc.id, title: entry.article, target: entry.state, at: dayAfter(doc.publishedAt, now), en })
  }

  // Pages, units and legal documents: every one the data gives an English text is published.
  const pages = await bySlug(
    payload,
    'pages',
    PAGES.filter((p) => p.en).map((p) => slugify(p.vi.title)),
    req,
  )
  for (const doc of pages.values())
    planned.push({ collection: 'pages', id: doc.id, title: String(doc.title), target: 'published', at: dayAfter(doc.publishedAt, now) })

  const units = await payload.find({ collection: 'units', depth: 0, pagination: false, locale: 'en', fallbackLocale: false, overrideAccess: true, req })
  for (const doc of units.docs as unknown as Doc[])
    if (doc.name) planned.push({ collection: 'units', id: doc.id, title: String(doc.name), target: 'published', at: now })

  const legal = await payload.find({
    collection: 'legal-documents',
    where: { _status: { equals: 'published' } },
    depth: 0,
    pagination: false,
    locale: 'en',
    fallbackLocale: false,
    overrideAccess: true,
    req,
  })
  // The service reads a legal document's English from its newest version (a translator's save is a
  // draft beside the published document): publish only where that version has English too, so an
  // admin's unfinished edit makes the seed skip the document instead of failing.
  const latest = await payload.find({
    collection: 'legal-documents',
    depth: 0,
    pagination: false,
    locale: 'en',
    fallbackLocale: false,
    draft: true,
    overrideAccess: true,
    req,
  })
  const latestWithEnglish = new Set((latest.docs as unknown as Doc[]).filter((doc) => doc.summary).map((doc) => String(doc.id)))
  for (const doc of legal.docs as unknown as Doc[])
    if (doc.summary && latestWithEnglish.has(String(doc.id)))
      planned.push({
        collection: 'legal-documents',
        id: doc.id,
        title: String(doc.number),
        target: 'published',
        at: dayAfter(doc.issuedDate, now),
      })

  const albumSlugs = DEMO_ALBUMS.filter((a) => a.englishPublished).map((a) => slugify(a.title.vi))
  const albums = albumSlugs.length ? await bySlug(payload, 'albums', albumSlugs, req) : new Map<string, Doc>()
  for (const doc of albums.values())
    planned.push({ collection: 'albums', id: doc.id, title: String(doc.title), target: 'published', at: dayAfter(doc.publishedAt, now) })
  return planned
}
