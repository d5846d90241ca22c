/**
 * Loads the demo agency into a Cổng CMS through Payload's local API. Idempotent: every item is
 * looked up by its natural key (user e-mail, unit/section/article/page/draft slug, media file name,
 * legal document number, comment reference) and only created when missing; what exists is left as
 * it is, so a re-run changes nothing and an admin's edits to the demo content survive it.
 */
import { SingleBar, Presets } from 'cli-progress'
import type { Payload } from 'payload'
import { periodState, type CommentPeriod } from '@cong/shared/commentPeriod'
import { makeReference, parseCommentInput } from '@cong/shared/draftComment'
import { slugify } from '@cong/shared/slug'
import { formatVietnameseDate, startOfVietnamDay, vietnamDate, type IsoDate } from '@cong/shared/vnDate'
import { storedDay } from '../../../cms/src/days'
import { backfillTranslations } from '../../../cms/src/translations/service'
import { PUBLISHED_ARTICLES, type ArticleSeed } from './data/articles'
import { DRAFTS, type CommentSeed, type DraftFileSeed, type DraftSeed } from './data/drafts'
import { QUEUED_ARTICLES, SCHEDULED_IN_DAYS } from './data/editorial-queue'
import { PAGES, SITE } from './data/pages'
import { SECTIONS, type SectionKey } from './data/sections'
import { UNITS, leaderBio, type UnitSeed } from './data/units'
import {
  COVER_VARIANTS,
  LOGO_FILENAME,
  coverFilename,
  coverImage,
  hashString,
  logoImage,
  portraitFilename,
  portraitImage,
  type GeneratedImage,
} from './images'
import { docxDocument, pdfDocument } from './documents'
import { seedAlbums } from './albums'
import { seedCases } from './cases'
import { seedEditorialHistory } from './editorialHistory'
import { seedLegalDocuments } from './legal'
import { seededBytes } from './random'
import { toLexical } from './lexical'
import { seedTranslations } from './translations'
import { DEMO_LOGINS } from './users'

export const DEMO_ARTICLES: readonly ArticleSeed[] = [...PUBLISHED_ARTICLES, ...QUEUED_ARTICLES]

/** Collections the report counts, in the order the seed fills them. */
export const SEEDED_COLLECTIONS = [
  'media',
  'units',
  'sections',
  'users',
  'articles',
  'pages',
  'legal-documents',
  'document-files',
  'drafts',
  'draft-comments',
  'cases',
  'media-files',
  'albums',
  'translations',
] as const
type SeededCollection = (typeof SEEDED_COLLECTIONS)[number]

export interface StepReport {
  step: string
  created: number
  existing: number
}

export interface SeedReport {
  steps: StepReport[]
  /** Documents in each seeded collection after the run (including any an admin added). */
  totals: Record<SeededCollection, number>
  durationMs: number
}

export interface SeedOptions {
  log?: (msg: string) => void
  /** Show a progress bar for the articles (for a terminal; logs and tests leave it off). */
  progress?: boolean
  /** The run's "now": publication dates are spread back from it. */
  now?: Date
}

/**
 * Seed writes are trusted server code and must not wake the publisher once per item; the seed
 * only needs ids back, so nothing is populated.
 */
const TRUSTED = { overrideAccess: true, depth: 0, context: { skipPublishWebhook: true } } as const
const DAY_MS = 86_400_000
const MEDIA_CREDIT = 'Ảnh minh họa tạo tự động (demo)'

/** Document ids as the generated types declare them (SQLite and PostgreSQL use numbers). */
type Id = number

class Step implements StepReport {
  created = 0
  existing = 0
  constructor(readonly step: string) {}
  count(created: boolean): void {
    if (created) this.created++
    else this.existing++
  }
}

export async function seed(payload: Payload, opts: SeedOptions = {}): Promise<SeedReport> {
  const started = Date.now()
  const log = opts.log ?? (() => {})
  const now = opts.now ?? new Date()
  const steps: Step[] = []
  let stepStarted = started
  const finish = (step: Step, extra = '') => {
    steps.push(step)
    const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1)
    log(`${step.step}: ${step.created} created, ${step.existing} already present${extra} (${seconds} s)`)
    stepStarted = Date.now()
  }

  /** Ids of the documents whose `field` is one of `values`, keyed by that value (drafts included). */
  const existingIds = async (
    collection: SeededCollection,
    field: string,
    values: string[],
  ): Promise<Map<string, Id>> => {
    const { docs } = await payload.find({
      collection,
      where: { [field]: { in: values } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return new Map(docs.map((doc) => [String((doc as unknown as Record<string, unknown>)[field]), doc.id]))
  }

  // Images first: units, articles and settings point at them.
  const media = new Step('Media')
  const leaders = UNITS.flatMap((unit) =>
    unit.leaders.map((leader) => ({ name: leader.name, slug: slugify(leader.name) })),
  )
  const wanted: { filename: string; make: () => Promise<GeneratedImage> }[] = [
    ...Array.from({ length: COVER_VARIANTS }, (_, variant) => ({
      filename: coverFilename(variant),
      make: () => coverImage(variant),
    })),
    ...leaders.map(({ name, slug }) => ({
      filename: portraitFilename(slug),
      make: () => portraitImage(name, slug),
    })),
    { filename: LOGO_FILENAME, make: () => logoImage(SITE.name) },
  ]
  const mediaIds = await existingIds(
    'media',
    'filename',
    wanted.map((w) => w.filename),
  )
  const missing = wanted.filter((w) => !mediaIds.has(w.filename))
  // sharp draws on its own threads, so render every missing image at once; uploads stay sequential.
  for (const image of await Promise.all(missing.map((w) => w.make()))) {
    const doc = await payload.create({
      ...TRUSTED,
      collection: 'media',
      locale: 'vi',
      data: { alt: image.alt.vi, credit: MEDIA_CREDIT },
      file: { data: image.data, mimetype: image.mimetype, name: image.filename, size: image.data.length },
    })
    await payload.update({
      ...TRUSTED,
      collection: 'media',
      id: doc.id,
      locale: 'en',
      data: { alt: image.alt.en },
    })
    mediaIds.set(image.filename, doc.id)
  }
  wanted.forEach((w) => media.count(missing.includes(w)))
  finish(media)
  const covers = Array.from({ length: COVER_VARIANTS }, (_, variant) =>
    requireId(mediaIds, coverFilename(variant), 'image'),
  )
  const portraits = new Map(
    leaders.map(({ name, slug }) => [name, requireId(mediaIds, portraitFilename(slug), 'image')]),
  )

  const units = new Step('Units')
  const unitIds = new Map<string, Id>()
  const unitSlugs = await existingIds(
    'units',
    'slug',
    UNITS.map((unit) => slugify(unit.name.vi)),
  )
  for (const unit of UNITS) {
    const slug = slugify(unit.name.vi)
    const found = unitSlugs.get(slug)
    units.count(found === undefined)
    unitIds.set(unit.shortName, found ?? (await createUnit(payload, unit, slug, unitIds, portraits)))
  }
  finish(units)

  const sections = new Step('Sections')
  const sectionIds = new Map<SectionKey, Id>()
  const sectionSlugs = await existingIds(
    'sections',
    'slug',
    SECTIONS.map((section) => slugify(section.title.vi)),
  )
  for (const [index, section] of SECTIONS.entries()) {
    const slug = slugify(section.title.vi)
    let id = sectionSlugs.get(slug)
    sections.count(id === undefined)
    if (id === undefined) {
      const doc = await payload.create({
        ...TRUSTED,
        collection: 'sections',
        locale: 'vi',
        data: {
          title: section.title.vi,
          slug,
          kind: section.kind,
          description: section.description.vi,
          order: index + 1,
          showOnHome: section.showOnHome,
        },
      })
      await payload.update({
        ...TRUSTED,
        collection: 'sections',
        id: doc.id,
        locale: 'en',
        data: { title: section.title.en, description: section.description.en },
      })
      id = doc.id
    }
    sectionIds.set(section.key, id)
  }
  finish(sections)

  const users = new Step('Users')
  const emails = await existingIds(
    'users',
    'email',
    DEMO_LOGINS.map((login) => login.email),
  )
  for (const login of DEMO_LOGINS) {
    users.count(!emails.has(login.email))
    if (emails.has(login.email)) continue
    await payload.create({
      ...TRUSTED,
      collection: 'users',
      data: {
        email: login.email,
        password: login.password,
        name: login.name,
        role: login.role,
        unit: login.unitShortName ? requireId(unitIds, login.unitShortName, 'unit') : null,
        active: true,
      },
    })
  }
  finish(users)

  const articles = new Step('Articles')
  const bar = opts.progress
    ? new SingleBar({ format: '  Articles {bar} {value}/{total}' }, Presets.shades_classic)
    : null
  bar?.start(DEMO_ARTICLES.length, 0)
  const articleSlugs = await existingIds(
    'articles',
    'slug',
    DEMO_ARTICLES.map((article) => slugify(article.vi.title)),
  )
  for (const [index, article] of DEMO_ARTICLES.entries()) {
    const slug = slugify(article.vi.title)
    articles.count(!articleSlugs.has(slug))
    if (!articleSlugs.has(slug)) {
      await createArticle(payload, article, slug, {
        now,
        unit: requireId(unitIds, article.unit, 'unit'),
        sections: article.sections.map((key) => requireId(sectionIds, key, 'section')),
        // In list order, so neighbouring items in a listing never share a picture.
        cover: article.noCover ? null : covers[index % COVER_VARIANTS],
      })
    }
    bar?.increment()
  }
  bar?.stop()
  finish(articles, ` (${DEMO_ARTICLES.filter((a) => a.en).length} with an English text)`)

  const pages = new Step('Pages')
  const pageSlugs = await existingIds(
    'pages',
    'slug',
    PAGES.map((page) => slugify(page.vi.title)),
  )
  for (const page of PAGES) {
    const slug = slugify(page.vi.title)
    pages.count(!pageSlugs.has(slug))
    if (pageSlugs.has(slug)) continue
    const doc = await payload.create({
      ...TRUSTED,
      collection: 'pages',
      locale: 'vi',
      data: {
        title: page.vi.title,
        slug,
        kind: page.kind,
        order: page.order,
        body: toLexical(page.vi.body),
        workflowStatus: 'published',
        publishedAt: now.toISOString(),
      },
    })
    await payload.update({
      ...TRUSTED,
      collection: 'pages',
      id: doc.id,
      locale: 'en',
      data: { title: page.en.title, body: toLexical(page.en.body) },
    })
  }
  finish(pages)

  // Through the importer, as an agency would load its register; it reports what it created.
  const legal = new Step('Legal documents')
  const imported = await seedLegalDocuments(payload, { now })
  legal.created = imported.created
  legal.existing = imported.unchanged
  finish(legal, ` (imported from data/legal-documents.csv in ${(imported.durationMs / 1000).toFixed(1)} s)`)

  const drafts = new Step('Drafts')
  const today = vietnamDate(now)
  const draftSlugs = await existingIds(
    'drafts',
    'slug',
    DRAFTS.map((draft) => slugify(draft.title.vi)),
  )
  const moderators = await moderatorIds(payload)
  for (const draft of DRAFTS) {
    const slug = slugify(draft.title.vi)
    drafts.count(!draftSlugs.has(slug))
    if (!draftSlugs.has(slug)) {
      draftSlugs.set(
        slug,
        await createDraft(payload, draft, slug, { today, now, unit: requireId(unitIds, draft.unit, 'unit') }),
      )
    }
  }
  finish(drafts)

  const comments = new Step('Draft comments')
  const wantedComments = DRAFTS.flatMap((draft) => {
    const slug = slugify(draft.title.vi)
    return draft.comments.map((comment, index) => ({
      draft,
      slug,
      comment,
      reference: commentReference(slug, index),
    }))
  })
  const references = await existingIds(
    'draft-comments',
    'reference',
    wantedComments.map((c) => c.reference),
  )
  for (const { draft, slug, comment, reference } of wantedComments) {
    comments.count(!references.has(reference))
    if (references.has(reference)) continue
    const moderator = moderators.get(draft.unit) ?? requireId(moderators, EDITOR_KEY, 'editor')
    await createComment(payload, comment, reference, {
      draft: requireId(draftSlugs, slug, 'draft'),
      period: draftPeriod(draft, today),
      now,
      moderator,
    })
  }
  finish(comments)

  const settings = new Step('Site settings')
  const current = await payload.findGlobal({
    slug: 'site-settings',
    locale: 'vi',
    depth: 0,
    overrideAccess: true,
  })
  settings.count(!current.siteName)
  if (!current.siteName) await seedSettings(payload, requireId(mediaIds, LOGO_FILENAME, 'image'))
  finish(settings)

  // After the units and the case handlers they are routed to.
  const cases = new Step('Citizen cases')
  const seededCases = await seedCases(payload, now)
  cases.created = seededCases.created
  cases.existing = seededCases.existing
  finish(cases, seededCases.settingsCreated ? ' (and the case settings: deadlines, holidays, intake e-mail)' : '')

  // After the units, sections and the article it embeds a photo album and a video in.
  const multimedia = new Step('Multimedia')
  const albums = await seedAlbums(payload, { now, units: unitIds, sections: sectionIds })
  multimedia.created = albums.created
  multimedia.existing = albums.existing
  for (const note of albums.notes) log(`  ${note}`)
  finish(
    multimedia,
    ` (photo albums, videos and recordings; ${albums.files} video, audio and subtitle files${albums.embedded ? '; a photo album and a video placed in an article' : ''})`,
  )

  // After everything it translates: it publishes English, edits Vietnamese and fills the queue.
  const english = new Step('English versions')
  // A database seeded before the translation workflow has items without a record.
  const backfilled = await backfillTranslations(payload)
  if (backfilled > 0) log(`  ${backfilled} translation records made for items saved before the workflow`)
  const translated = await seedTranslations(payload, now)
  english.created = translated.created
  english.existing = translated.existing
  finish(
    english,
    ` (${translated.published} published, ${translated.stale} of them stale after a Vietnamese edit, ${translated.queued} in the translator's queue)`,
  )

  // Last: it reads the articles and contributors created above.
  const history = new Step('Editorial history')
  const recorded = await seedEditorialHistory(payload, now)
  history.created = recorded.submissions + recorded.tallies
  finish(history, ` (${recorded.submissions} submissions to the board, ${recorded.tallies} view tallies for last month)`)

  const totals = {} as Record<SeededCollection, number>
  for (const collection of SEEDED_COLLECTIONS) {
    totals[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return { steps, totals, durationMs: Date.now() - started }
}

function requireId<K>(ids: Map<K, Id>, key: K, what: string): Id {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Seed data refers to unknown ${what} "${String(key)}"`)
  return id
}

async function createUnit(
  payload: Payload,
  unit: UnitSeed,
  slug: string,
  unitIds: Map<string, Id>,
  portraits: Map<string, Id>,
): Promise<Id> {
  // UNITS lists parents before their children, so the parent's id is already known.
  const parent = unit.parent ? requireId(unitIds, unit.parent, 'parent unit') : null
  const doc = await payload.create({
    ...TRUSTED,
    collection: 'units',
    locale: 'vi',
    data: {
      name: unit.name.vi,
      shortName: unit.shortName,
      kind: unit.kind,
      slug,
      parent,
      order: unit.order,
      functions: toLexical({ paragraphs: unit.functions.vi }),
      legalBasis: unit.legalBasis,
      address: unit.address,
      phone: unit.phone,
      email: unit.email,
      website: unit.website,
      leaders: unit.leaders.map((leader) => ({
        name: leader.name,
        title: leader.title.vi,
        isHead: leader.isHead,
        photo: requireId(portraits, leader.name, 'portrait'),
        bio: leaderBio(leader, 'vi'),
        responsibilities: leader.responsibilities?.vi,
        phone: leader.phone,
      })),
    },
  })
  // Array rows keep their ids across locales: the English pass fills the same rows.
  await payload.update({
    ...TRUSTED,
    collection: 'units',
    id: doc.id,
    locale: 'en',
    data: {
      name: unit.name.en,
      functions: toLexical({ paragraphs: unit.functions.en }),
      leaders: (doc.leaders ?? []).map((row, i) => ({
        ...row,
        title: unit.leaders[i].title.en,
        bio: leaderBio(unit.leaders[i], 'en'),
        responsibilities: unit.leaders[i].responsibilities?.en,
      })),
    },
  })
  return doc.id
}

interface ArticleLinks {
  now: Date
  unit: Id
  sections: Id[]
  cover: Id | null
}

/** A stable time of day (08:00–16:59 in Vietnam) so items published the same day do not tie. */
function publicationTime(now: Date, daysAgo: number, slug: string): string {
  const day = new Date(now.getTime() - daysAgo * DAY_MS)
  const hash = hashString(slug)
  day.setUTCHours(1 + (hash % 9), hash % 60, 0, 0)
  return new Date(Math.min(day.getTime(), now.getTime())).toISOString()
}

async function createArticle(
  payload: Payload,
  article: ArticleSeed,
  slug: string,
  links: ArticleLinks,
): Promise<void> {
  const state = article.state ?? 'published'
  const wasPublished = state === 'published' || state === 'unpublished'
  const publishAt = new Date(links.now.getTime() + SCHEDULED_IN_DAYS * DAY_MS)
  publishAt.setUTCHours(1, 0, 0, 0)
  const doc = await payload.create({
    ...TRUSTED,
    collection: 'articles',
    locale: 'vi',
    data: {
      title: article.vi.title,
      slug,
      sapo: article.vi.sapo,
      body: toLexical(article.vi.body),
      cover: links.cover,
      coverCaption: links.cover ? 'Ảnh minh họa' : null,
      sections: links.sections,
      unit: links.unit,
      author: article.author,
      origin: article.source ? 'republished' : 'own',
      source: article.source ?? {},
      tags: article.tags,
      featured: Boolean(article.featured),
      workflowStatus: state,
      workflowReason: article.reason ?? null,
      publishedAt: wasPublished ? publicationTime(links.now, article.daysAgo, slug) : null,
      publishAt: state === 'scheduled' ? publishAt.toISOString() : null,
    },
  })
  // The working English; it reaches the site when the translation step publishes it.
  if (!article.en) return
  await payload.update({
    ...TRUSTED,
    collection: 'articles',
    id: doc.id,
    locale: 'en',
    data: {
      title: article.en.title,
      sapo: article.en.sapo,
      body: toLexical(article.en.body),
      coverCaption: links.cover ? 'Illustration' : null,
    },
  })
}

async function seedSettings(payload: Payload, logo: Id): Promise<void> {
  const saved = await payload.updateGlobal({
    ...TRUSTED,
    slug: 'site-settings',
    locale: 'vi',
    data: {
      siteName: SITE.name.vi,
      tagline: SITE.tagline.vi,
      footerNote: SITE.footerNote.vi,
      logo,
      address: SITE.address,
      phone: SITE.phone,
      email: SITE.email,
      weeklyQuotaPerUnit: SITE.weeklyQuotaPerUnit,
      onlineServicesUrl: SITE.onlineServicesUrl,
      quickLinks: SITE.quickLinks.map((link) => ({ label: link.label.vi, url: link.url })),
    },
  })
  await payload.updateGlobal({
    ...TRUSTED,
    slug: 'site-settings',
    locale: 'en',
    data: {
      siteName: SITE.name.en,
      tagline: SITE.tagline.en,
      footerNote: SITE.footerNote.en,
      quickLinks: (saved.quickLinks ?? []).map((row, i) => ({ ...row, label: SITE.quickLinks[i].label.en })),
    },
  })
}

// ── drafts for comment ───────────────────────────────────────────────────────────────────────

const addDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days))
    .toISOString()
    .slice(0, 10)

export function draftPeriod(draft: DraftSeed, today: IsoDate): CommentPeriod {
  const p = draft.period
  return 'opensOn' in p
    ? p
    : { opensOn: addDays(today, p.opensInDays), closesOn: addDays(today, p.closesInDays) }
}

const EDITOR_KEY = 'editor'

/** Who moderated the demo comments: a contributor of the drafting unit, else the editor. */
async function moderatorIds(payload: Payload): Promise<Map<string, Id>> {
  const logins = DEMO_LOGINS.filter(
    (l) => l.role === 'editor' || (l.role === 'contributor' && l.unitShortName),
  )
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { in: logins.map((l) => l.email) } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const ids = new Map<string, Id>()
  for (const login of logins) {
    const user = docs.find((doc) => doc.email === login.email)
    if (user) ids.set(login.role === 'editor' ? EDITOR_KEY : login.unitShortName!, user.id)
  }
  return ids
}

async function uploadFile(payload: Payload, file: DraftFileSeed): Promise<Id> {
  const data = file.name.endsWith('.pdf')
    ? pdfDocument(file.title, file.paragraphs)
    : docxDocument(file.title, file.paragraphs)
  const doc = await payload.create({
    ...TRUSTED,
    collection: 'document-files',
    data: {},
    file: {
      data,
      name: file.name,
      size: data.length,
      mimetype: file.name.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream',
    },
  })
  return doc.id
}

async function createDraft(
  payload: Payload,
  draft: DraftSeed,
  slug: string,
  links: { today: IsoDate; now: Date; unit: Id },
): Promise<Id> {
  const period = draftPeriod(draft, links.today)
  const files: { file: Id; label: DraftFileSeed['label'] }[] = []
  for (const file of draft.files) files.push({ file: await uploadFile(payload, file), label: file.label })
  let resultingDocument: Id | null = null
  if (draft.resultingDocument) {
    const { docs } = await payload.find({
      collection: 'legal-documents',
      where: { number: { equals: draft.resultingDocument } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    resultingDocument = requireId(
      new Map(docs.map((doc) => [doc.number, doc.id])),
      draft.resultingDocument,
      'legal document',
    )
  }
  const summary = draft.summary && {
    body: toLexical({
      ...draft.summary.body,
      paragraphs: draft.summary.body.paragraphs.map((p) =>
        p.replace(
          '{period}',
          `${formatVietnameseDate(period.opensOn)} – ${formatVietnameseDate(period.closesOn)}`,
        ),
      ),
    }),
    file: { file: await uploadFile(payload, draft.summary.file), label: draft.summary.file.label },
    publishedAt: storedDay(addDays(period.closesOn, draft.summary.publishedDaysAfterClose))!.toISOString(),
  }
  const doc = await payload.create({
    ...TRUSTED,
    collection: 'drafts',
    locale: 'vi',
    data: {
      title: draft.title.vi,
      slug,
      type: draft.type,
      draftingUnit: links.unit,
      fields: draft.fields,
      description: toLexical(draft.description.vi),
      opensOn: storedDay(period.opensOn)!.toISOString(),
      closesOn: storedDay(period.closesOn)!.toISOString(),
      files: files.map(({ file, label }) => ({ file, label: label.vi })),
      resultingDocument,
      summary: summary
        ? {
            body: summary.body,
            files: [{ file: summary.file.file, label: summary.file.label.vi }],
            publishedAt: summary.publishedAt,
          }
        : undefined,
      _status: 'published',
    },
  })
  // A draft without an English title has no English version (the title is required in each locale).
  if (!draft.title.en) return doc.id
  // Array rows keep their ids across locales: the English pass labels the same files.
  await payload.update({
    ...TRUSTED,
    collection: 'drafts',
    id: doc.id,
    locale: 'en',
    data: {
      title: draft.title.en,
      ...(draft.description.en ? { description: toLexical(draft.description.en) } : {}),
      files: (doc.files ?? []).map((row, i) => ({ ...row, label: files[i].label.en })),
      ...(summary
        ? {
            summary: {
              files: (doc.summary?.files ?? []).map((row) => ({ ...row, label: summary.file.label.en })),
            },
          }
        : {}),
      _status: 'published',
    },
  })
  return doc.id
}

/** The same reference on every run (the comment's natural key), drawn like the endpoint's. */
function commentReference(draftSlug: string, index: number): string {
  return makeReference('GY', seededBytes(`${draftSlug}#${index}`))
}

async function createComment(
  payload: Payload,
  comment: CommentSeed,
  reference: string,
  links: { draft: Id; period: CommentPeriod; now: Date; moderator: Id },
): Promise<void> {
  // The public endpoint's own validation, so the demo holds only what a real form could send.
  const input = parseCommentInput(comment)
  if (!input.ok)
    throw new Error(
      `Seed comment "${comment.text.slice(0, 40)}…" is invalid: ${JSON.stringify(input.errors)}`,
    )
  const sent = new Date(
    Math.min(
      startOfVietnamDay(addDays(links.period.opensOn, comment.day)).getTime() + comment.hour * 3_600_000,
      links.now.getTime(),
    ),
  )
  if (periodState(links.period, sent) !== 'open')
    throw new Error(`Seed comment ${reference} falls outside its draft's period`)
  const moderated = comment.moderation !== 'pending'
  await payload.create({
    ...TRUSTED,
    collection: 'draft-comments',
    data: {
      draft: links.draft,
      reference,
      ...input.value,
      submittedAt: sent.toISOString(),
      moderation: comment.moderation,
      moderationNote: comment.note ?? null,
      moderatedBy: moderated ? links.moderator : null,
      moderatedAt: moderated
        ? new Date(Math.min(sent.getTime() + 26 * 3_600_000, links.now.getTime())).toISOString()
        : null,
    },
  })
}
