import { createHash } from 'node:crypto'
import type { CollectionSlug, Payload, Where } from 'payload'
import { imageRenditions, srcsetOf } from '@cong/shared/images'
import { draftStatus } from '@cong/shared/commentPeriod'
import { CASE_TYPE_CODES, SENDER_KIND_CODES } from '@cong/shared/citizenCase'
import { computeValidity, type ActingRelation } from '@cong/shared/legalValidity'
import { isLegalDocType, isLegalField, type LegalField } from '@cong/shared/legalVocabulary'
import { DEFAULT_EMBED_HOSTS, normalizeHosts, parseEmbedUrl } from '@cong/shared/media'
import { routes } from '@cong/shared/routes'
import { slugify } from '@cong/shared/slug'
import {
  SNAPSHOT_VERSION,
  type Locale,
  type Snapshot,
  type SnapshotAlbum,
  type SnapshotAlbumPhoto,
  type SnapshotMediaFile,
  type SnapshotTextTrack,
  type SnapshotArticle,
  type SnapshotArticleText,
  type SnapshotAttachment,
  type SnapshotDraft,
  type SnapshotDraftComment,
  type SnapshotFile,
  type SnapshotImage,
  type SnapshotImageFile,
  type SnapshotLeader,
  type SnapshotLegalDocument,
  type SnapshotLegalRelation,
  type SnapshotPage,
  type SnapshotQuestion,
  type SnapshotSection,
  type SnapshotSettings,
  type SnapshotUnit,
} from '@cong/shared/snapshot'
import { vietnamDate } from '@cong/shared/vnDate'
import { clock } from '../clock'
import type { TranslatableCollection } from '@cong/shared/translation'
import { TRANSLATED_FIELDS } from '../translations/fields'
import {
  actingRelationsOf,
  validityInput,
  type LegalDocumentValues,
  type RelationRow,
} from '../collections/LegalDocuments/validity'
import { dayOf } from '../days'
import { loadPublishedEnglish, type PublishedEnglish } from '../translations/published'
import { escapeAttribute, richTextToHtml, uploadIdsIn, type AlbumEmbed, type RichTextContext } from './richText'

/**
 * Builds the content snapshot (docs/architecture.md, "Snapshot") from the database: published
 * items only, English only where it is published, rich text as sanitised HTML, every media file
 * listed once. Documents are read with `locale: 'all'` and no fallback, so a missing English
 * text stays missing instead of showing the Vietnamese one.
 *
 * Articles are read in id order, one batch at a time, and written out before the next batch is
 * read: at 60k articles the snapshot itself is hundreds of MB, so the endpoint streams it
 * (`snapshotJsonChunks`) and only the id→slug index and the file list stay in memory. Legal
 * documents and drafts are streamed the same way; only the relations between documents are
 * indexed up front, since each document shows the relations others record against it.
 */

export interface SnapshotOptions {
  /** Public base URL of the static site. */
  siteUrl: string
  /** Public base URL of the CMS (view counter, forms). */
  cmsPublicUrl: string
  /**
   * Base URL the publisher downloads media files from: the CMS as the publisher reaches it.
   * Defaults to `CMS_URL`, then the config's `serverURL`, then the demo's local CMS.
   */
  fileBaseUrl?: string
  /** Documents per database read. */
  batchSize?: number
}

/** Articles carry two rich-text bodies each: 100 per read keeps the working set small (measured). */
const DEFAULT_BATCH_SIZE = 100

/** A localized value as `locale: 'all'` returns it. */
type Localized<T> = Partial<Record<Locale, T | null>> | null | undefined
type Ref = string | number | { id: string | number } | null | undefined

interface MediaDoc {
  id: string | number
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  alt?: Localized<string>
  caption?: Localized<string>
  credit?: string | null
  sizes?: Record<
    string,
    { filename?: string | null; width?: number | null; height?: number | null; filesize?: number | null } | undefined
  > | null
}

interface ArticleDoc {
  id: string | number
  title?: Localized<string>
  slug?: string | null
  slugEn?: string | null
  sapo?: Localized<string>
  body?: Localized<unknown>
  cover?: Ref
  coverCaption?: Localized<string>
  sections?: Ref[] | null
  unit?: Ref
  author?: string | null
  origin?: 'own' | 'republished' | null
  source?: { name?: string | null; url?: string | null; permission?: string | null } | null
  tags?: string[] | null
  related?: Ref[] | null
  featured?: boolean | null
  publishedAt?: string | null
  updatedAt: string
  viewCount?: number | null
}

interface SectionDoc {
  id: string | number
  title?: Localized<string>
  slug?: string | null
  kind?: 'section' | 'topic' | null
  parent?: Ref
  description?: Localized<string>
  order?: number | null
  showOnHome?: boolean | null
}

interface UnitDoc {
  id: string | number
  name?: Localized<string>
  slug?: string | null
  parent?: Ref
  kind?: string | null
  order?: number | null
  functions?: Localized<unknown>
  legalBasis?: string | null
  address?: string | null
  phone?: string | null
  email?: string | null
  website?: string | null
  leaders?:
    | {
        name?: string | null
        title?: Localized<string>
        isHead?: boolean | null
        photo?: Ref
        bio?: Localized<string>
        responsibilities?: Localized<string>
        email?: string | null
        phone?: string | null
      }[]
    | null
}

interface PageDoc {
  id: string | number
  title?: Localized<string>
  slug?: string | null
  kind?: string | null
  body?: Localized<unknown>
  updatedAt: string
}

interface SettingsDoc {
  siteName?: Localized<string>
  tagline?: Localized<string>
  footerNote?: Localized<string>
  logo?: Ref
  address?: string | null
  phone?: string | null
  email?: string | null
  quickLinks?: { label?: Localized<string>; url?: string | null }[] | null
  onlineServicesUrl?: string | null
}

interface DocumentFileDoc {
  id: string | number
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
}

interface FileRow {
  file?: Ref
  label?: Localized<string>
}

interface LegalDoc {
  id: string | number
  slug?: string | null
  number?: string | null
  type?: string | null
  fields?: string[] | null
  issuingBody?: Localized<string>
  signerName?: string | null
  signerTitle?: Localized<string>
  issuedDate?: string | null
  effectiveDate?: string | null
  expiryDate?: string | null
  summary?: Localized<string>
  fullText?: Localized<unknown>
  attachments?: FileRow[] | null
  relations?: (RelationRow & { id?: string | null })[] | null
  validityOverride?: LegalDocumentValues['validityOverride']
  updatedAt: string
}

interface DraftDoc {
  id: string | number
  slug?: string | null
  title?: Localized<string>
  type?: string | null
  draftingUnit?: Ref
  fields?: string[] | null
  description?: Localized<unknown>
  opensOn?: string | null
  closesOn?: string | null
  files?: FileRow[] | null
  resultingDocument?: Ref
  summary?: { body?: Localized<unknown>; files?: FileRow[] | null; publishedAt?: string | null } | null
  updatedAt: string
}

/** Only these fields of a comment are ever read for the snapshot: contacts never leave the CMS. */
const PUBLIC_COMMENT_FIELDS = {
  draft: true,
  reference: true,
  name: true,
  organisation: true,
  clause: true,
  text: true,
  submittedAt: true,
} as const

type CommentDoc = { id: string | number; draft?: Ref } & Partial<
  Record<keyof typeof PUBLIC_COMMENT_FIELDS, string | null>
>

/**
 * Only these fields of a citizen's case are ever read for the snapshot: the sender's name,
 * contacts, address, attachments and the staff's notes never leave the CMS.
 */
const PUBLIC_QUESTION_FIELDS = {
  publicSlug: true,
  type: true,
  senderKind: true,
  field: true,
  unit: true,
  receivedAt: true,
  answeredAt: true,
  updatedAt: true,
  title: true,
  publicTitle: true,
  publicQuestion: true,
  answer: true,
} as const

type QuestionDoc = { id: string | number; unit?: Ref; answer?: unknown } & Partial<
  Record<Exclude<keyof typeof PUBLIC_QUESTION_FIELDS, 'unit' | 'answer'>, string | null>
>

/** A case is in Hỏi – Đáp once answered with a public answer (and so given its slug). */
const PUBLIC_ANSWER: Where = {
  and: [{ state: { equals: 'answered' } }, { visibility: { equals: 'public' } }, { publicSlug: { exists: true } }],
}

/** A video, audio or subtitle upload (`media-files`). */
interface MediaFileDoc {
  id: string | number
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  kind?: 'video' | 'audio' | 'subtitles' | null
  durationSeconds?: number | null
  poster?: Ref
}

interface AlbumDoc {
  id: string | number
  title?: Localized<string>
  slug?: string | null
  kind?: string | null
  description?: Localized<string>
  sections?: Ref[] | null
  unit?: Ref
  credit?: string | null
  photos?:
    | { id?: string | null; image?: Ref; caption?: Localized<string>; alt?: Localized<string>; credit?: string | null }[]
    | null
  video?: {
    source?: 'file' | 'embed' | null
    file?: Ref
    embedUrl?: string | null
    poster?: Ref
    durationSeconds?: number | null
    tracks?: { id?: string | null; file?: Ref; lang?: string | null; kind?: string | null }[] | null
  } | null
  audio?: { file?: Ref; durationSeconds?: number | null } | null
  transcript?: Localized<string>
  publishedAt?: string | null
  updatedAt: string
}

/** The published English copy of an album (`englishValues('albums', …)`): photo texts by row id. */
interface AlbumEnglish {
  title?: unknown
  slug?: unknown
  description?: unknown
  transcript?: unknown
  photos?: unknown
}

/** What an article embedding an album, or linking to it, needs once every album is indexed. */
interface IndexedAlbum {
  embed: AlbumEmbed['album']
  vi: { title: string; slug: string }
  en?: { title: string; slug: string }
}

/** What one legal document does to another, indexed for both ends. */
interface IndexedRelation {
  acting: string
  target: string
  kind: SnapshotLegalRelation['kind']
  scope: SnapshotLegalRelation['scope']
  note?: string
  relation: ActingRelation
}

/** Legal documents and drafts use Payload's own drafts: `_status` alone says what is public. */
const PUBLIC: Where = { _status: { equals: 'published' } }

/** Published in the workflow's sense and in Payload's: see "Workflow" in docs/architecture.md. */
export const PUBLISHED: Where = {
  and: [{ _status: { equals: 'published' } }, { workflowStatus: { equals: 'published' } }],
}

const idOf = (ref: Ref): string | undefined =>
  ref === null || ref === undefined ? undefined : typeof ref === 'object' ? String(ref.id) : String(ref)

const text = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/**
 * The English of a required localized field inside an array (a quick link's label, a leader's
 * title). Saving anything in English makes Payload store the Vietnamese fallback of such fields
 * as English, so an English text equal to the Vietnamese one is taken as not translated.
 */
const translated = (value: Localized<string>): string | undefined => {
  const en = text(value?.en)
  return en && en !== text(value?.vi) ? en : undefined
}

/** Drops keys whose value is undefined, so the JSON carries no empty noise. */
function compact<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key]
  return obj
}

interface ArticleRoute {
  vi: string
  en?: string
}

class SnapshotReader {
  readonly files = new Map<string, SnapshotFile>()
  private readonly media = new Map<string, MediaDoc>()
  private readonly articleRoutes = new Map<string, ArticleRoute>()
  private readonly pageSlugs = new Map<string, { slug: string; en: boolean }>()
  private readonly sectionRoutes = new Map<string, { slug: string; kind: 'section' | 'topic'; en: boolean }>()
  private readonly unitSlugs = new Map<string, { slug: string; en: boolean }>()
  private readonly documentFiles = new Map<string, DocumentFileDoc>()
  private readonly mediaFiles = new Map<string, MediaFileDoc>()
  /** Every public album, for embeds and links in rich text (read before any rich text). */
  private readonly albumIndex = new Map<string, IndexedAlbum>()
  /** Hosts the site settings allow videos to be embedded from. */
  private embedHosts: readonly string[] = DEFAULT_EMBED_HOSTS
  /** Published legal documents, and the relations between them by either end. */
  private readonly legalIds = new Set<string>()
  private readonly relationsByActing = new Map<string, IndexedRelation[]>()
  private readonly relationsByTarget = new Map<string, IndexedRelation[]>()
  private readonly batchSize: number
  /** Where Payload serves upload files (`<serverURL>/api/media/file/<filename>`). */
  private readonly mediaFileUrl: string
  private readonly documentFileUrl: string
  private readonly avFileUrl: string
  /** Validity and draft status are as of the moment the snapshot is made. */
  private readonly now = clock.now()

  constructor(
    private readonly payload: Payload,
    options: SnapshotOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE
    const base = options.fileBaseUrl || process.env.CMS_URL || payload.config.serverURL || 'http://127.0.0.1:3000'
    this.mediaFileUrl = `${base.replace(/\/+$/, '')}${payload.config.routes.api}/media/file`
    this.documentFileUrl = `${base.replace(/\/+$/, '')}${payload.config.routes.api}/document-files/file`
    this.avFileUrl = `${base.replace(/\/+$/, '')}${payload.config.routes.api}/media-files/file`
  }

  /** Every matching document, `batchSize` at a time, by ascending id (stable while others write). */
  private async *pages<T>(collection: CollectionSlug, where: Where | undefined, select?: Record<string, true>) {
    let after: string | number | undefined
    for (;;) {
      const conditions: Where[] = [...(where ? [where] : []), ...(after === undefined ? [] : [{ id: { greater_than: after } }])]
      const result = await this.payload.find({
        collection,
        where: conditions.length ? { and: conditions } : undefined,
        sort: 'id',
        limit: this.batchSize,
        pagination: false,
        depth: 0,
        locale: 'all',
        fallbackLocale: false,
        draft: false,
        overrideAccess: true,
        ...(select ? { select } : {}),
      })
      const docs = result.docs as unknown as (T & { id: string | number })[]
      if (docs.length === 0) return
      yield docs
      if (docs.length < this.batchSize) return
      after = docs[docs.length - 1].id
    }
  }

  /**
   * Items newest first by `dateField`, a batch at a time: the order comes from a light read (ids
   * and dates only), then each batch of ids is read whole.
   */
  private async *newestFirst<T>(collection: CollectionSlug, where: Where, dateField: string, select?: Record<string, true>) {
    const { docs } = await this.payload.find({
      collection,
      where,
      select: { [dateField]: true },
      sort: [`-${dateField}`, '-id'],
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const order = docs.map((doc) => String(doc.id))
    for (let i = 0; i < order.length; i += this.batchSize) {
      const chunk = order.slice(i, i + this.batchSize)
      const byId = new Map<string, T>()
      for await (const batch of this.pages<T>(collection, { and: [where, { id: { in: chunk } }] }, select)) {
        for (const doc of batch) byId.set(String(doc.id), doc)
      }
      yield { chunk, byId }
    }
  }

  private async all<T>(collection: CollectionSlug, where?: Where): Promise<T[]> {
    const out: T[] = []
    for await (const batch of this.pages<T>(collection, where)) out.push(...batch)
    return out
  }

  // ---- media --------------------------------------------------------------------------------

  private async loadMedia(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.media.has(id))
    for (let i = 0; i < missing.length; i += this.batchSize) {
      const chunk = missing.slice(i, i + this.batchSize)
      for await (const batch of this.pages<MediaDoc>('media', { id: { in: chunk } })) {
        for (const doc of batch) this.media.set(String(doc.id), doc)
      }
    }
  }

  /** Media docs are only needed while the batch that uses them is mapped. */
  private forgetMedia(): void {
    this.media.clear()
  }

  private fileFor(
    filename: string,
    bytes: number | null | undefined,
    folder = 'media',
    sourceBase = this.mediaFileUrl,
  ): string {
    const path = `/${folder}/${siteFileName(filename)}`
    if (!this.files.has(path)) {
      this.files.set(
        path,
        compact({ path, sourceUrl: `${sourceBase}/${encodeURIComponent(filename)}`, bytes: bytes ?? undefined }),
      )
    }
    return path
  }

  // ---- document files (PDF, DOC, DOCX of legal documents and drafts) -----------------------

  private async loadDocumentFiles(rows: Iterable<FileRow>): Promise<void> {
    const ids = [...new Set([...rows].flatMap((row) => idOf(row.file) ?? []))].filter(
      (id) => !this.documentFiles.has(id),
    )
    for (let i = 0; i < ids.length; i += this.batchSize) {
      const chunk = { id: { in: ids.slice(i, i + this.batchSize) } }
      for await (const batch of this.pages<DocumentFileDoc>('document-files', chunk)) {
        for (const doc of batch) this.documentFiles.set(String(doc.id), doc)
      }
    }
  }

  private attachments(rows: FileRow[] | null | undefined): SnapshotAttachment[] {
    return (rows ?? []).flatMap((row) => {
      const id = idOf(row.file)
      const doc = id ? this.documentFiles.get(id) : undefined
      if (!doc?.filename || !doc.mimeType) return []
      const label = compact({ vi: text(row.label?.vi), en: translated(row.label) })
      return [
        compact({
          path: this.fileFor(doc.filename, doc.filesize, 'files', this.documentFileUrl),
          name: doc.filename,
          mimeType: doc.mimeType,
          bytes: doc.filesize ?? 0,
          label: label.vi || label.en ? label : undefined,
        }),
      ]
    })
  }

  private image(ref: Ref): SnapshotImage | undefined {
    const id = idOf(ref)
    const doc = id ? this.media.get(id) : undefined
    if (!doc?.filename || !doc.mimeType?.startsWith('image/')) return undefined
    const sizes: Record<string, SnapshotImageFile> = {}
    for (const [name, size] of Object.entries(doc.sizes ?? {})) {
      if (!size?.filename || !size.width || !size.height) continue
      sizes[name] = { path: this.fileFor(size.filename, size.filesize), width: size.width, height: size.height }
    }
    const caption = compact({ vi: text(doc.caption?.vi), en: translated(doc.caption) })
    return compact({
      mediaId: String(doc.id),
      mimeType: doc.mimeType,
      path: this.fileFor(doc.filename, doc.filesize),
      width: doc.width ?? 0,
      height: doc.height ?? 0,
      alt: compact({ vi: text(doc.alt?.vi) ?? '', en: translated(doc.alt) }),
      caption: caption.vi || caption.en ? caption : undefined,
      credit: text(doc.credit),
      sizes,
    })
  }

  // ---- rich text ----------------------------------------------------------------------------

  private richText(locale: Locale): RichTextContext {
    return {
      upload: (value, altOverride) => this.uploadHtml(value, altOverride, locale),
      internalHref: (relationTo, value) => this.internalHref(relationTo, idOf(value as Ref), locale),
      locale,
      album: (id, albumLocale) => this.albumEmbed(id, albumLocale),
      embedHosts: this.embedHosts,
    }
  }

  private uploadHtml(value: unknown, altOverride: string | undefined, locale: Locale): string {
    const id = idOf(value as Ref)
    const doc = id ? this.media.get(id) : undefined
    if (!doc?.filename) return ''
    const image = this.image(doc.id)
    if (!image) {
      const path = this.fileFor(doc.filename, doc.filesize)
      return `<p><a href="${escapeAttribute(path)}">${escapeAttribute(doc.filename)}</a></p>`
    }
    // An English page shows the Vietnamese alt text, marked as such, rather than none: screen
    // readers need one.
    const alt = text(altOverride) ?? image.alt[locale] ?? image.alt.vi
    const altLang = !text(altOverride) && !image.alt[locale] && locale !== 'vi' ? ' lang="vi"' : ''
    // Article HTML keeps to one <img>: the sanitiser allows no <picture>, so no AVIF here.
    const srcset = srcsetOf(imageRenditions(image).fallback.filter((f) => f !== image))
    const caption = image.caption?.[locale]
    return (
      `<figure><img src="${escapeAttribute(image.path)}"` +
      (srcset ? ` srcset="${escapeAttribute(srcset)}" sizes="(max-width: 800px) 100vw, 800px"` : '') +
      ` alt="${escapeAttribute(alt)}"${altLang} width="${image.width}" height="${image.height}" loading="lazy" decoding="async">` +
      (caption ? `<figcaption>${escapeAttribute(caption)}</figcaption>` : '') +
      `</figure>`
    )
  }

  private internalHref(relationTo: string, id: string | undefined, locale: Locale): string | null {
    if (!id) return null
    switch (relationTo) {
      case 'articles': {
        const route = this.articleRoutes.get(id)
        const slug = route?.[locale]
        return slug ? routes.article(locale, slug) : route ? routes.article('vi', route.vi) : null
      }
      case 'pages': {
        const page = this.pageSlugs.get(id)
        return page ? routes.page(page.en && locale === 'en' ? 'en' : 'vi', page.slug) : null
      }
      case 'sections': {
        const s = this.sectionRoutes.get(id)
        return s ? routes[s.kind](s.en && locale === 'en' ? 'en' : 'vi', s.slug) : null
      }
      case 'units': {
        const u = this.unitSlugs.get(id)
        return u ? routes.unit(u.en && locale === 'en' ? 'en' : 'vi', u.slug) : null
      }
      case 'albums':
        return this.albumEmbed(id, locale)?.href ?? null
      default:
        return null
    }
  }

  private html(value: Localized<unknown>, locale: Locale): string {
    return richTextToHtml(value?.[locale], this.richText(locale))
  }

  // ---- collections --------------------------------------------------------------------------

  /** Id → public slugs of every published article, for related links and internal links. */
  async indexArticles(): Promise<void> {
    const select = { slug: true, slugEn: true, title: true } as const
    for await (const batch of this.pages<ArticleDoc>('articles', PUBLISHED, select)) {
      await this.withPublishedEnglish('articles', batch)
      for (const doc of batch) {
        if (!doc.slug) continue
        const en = hasEnglish(doc) ? (doc.slugEn ?? undefined) : undefined
        this.articleRoutes.set(String(doc.id), compact({ vi: doc.slug, en }))
      }
    }
  }

  async sections(): Promise<SnapshotSection[]> {
    const docs = await this.all<SectionDoc>('sections')
    const out: SnapshotSection[] = []
    for (const doc of docs) {
      const vi = text(doc.title?.vi)
      if (!doc.slug || !vi) continue
      const enTitle = text(doc.title?.en)
      const kind = doc.kind === 'topic' ? 'topic' : 'section'
      this.sectionRoutes.set(String(doc.id), { slug: doc.slug, kind, en: Boolean(enTitle) })
      out.push(
        compact({
          id: String(doc.id),
          slug: doc.slug,
          kind,
          parentId: idOf(doc.parent),
          order: doc.order ?? 0,
          showOnHome: Boolean(doc.showOnHome),
          vi: compact({ title: vi, description: text(doc.description?.vi) }),
          en: enTitle ? compact({ title: enTitle, description: text(doc.description?.en) }) : undefined,
        }),
      )
    }
    return out
  }

  async units(): Promise<SnapshotUnit[]> {
    const docs = await this.withPublishedEnglish('units', await this.all<UnitDoc>('units'))
    for (const doc of docs) {
      if (doc.slug) this.unitSlugs.set(String(doc.id), { slug: doc.slug, en: Boolean(text(doc.name?.en)) })
    }
    const mediaIds = new Set<string>()
    for (const doc of docs) {
      for (const leader of doc.leaders ?? []) {
        const id = idOf(leader.photo)
        if (id) mediaIds.add(id)
      }
      uploadIdsIn(doc.functions?.vi, mediaIds)
      uploadIdsIn(doc.functions?.en, mediaIds)
    }
    await this.loadMedia(mediaIds)
    const out: SnapshotUnit[] = []
    for (const doc of docs) {
      const vi = text(doc.name?.vi)
      if (!doc.slug || !vi) continue
      const en = text(doc.name?.en)
      out.push(
        compact({
          id: String(doc.id),
          slug: doc.slug,
          parentId: idOf(doc.parent),
          kind: doc.kind ?? 'other',
          order: doc.order ?? 0,
          address: text(doc.address),
          phone: text(doc.phone),
          email: text(doc.email),
          website: text(doc.website),
          legalBasis: text(doc.legalBasis),
          leaders: (doc.leaders ?? []).flatMap((leader) => this.leader(leader)),
          vi: compact({ name: vi, functionsHtml: this.html(doc.functions, 'vi') || undefined }),
          en: en ? compact({ name: en, functionsHtml: this.html(doc.functions, 'en') || undefined }) : undefined,
        }),
      )
    }
    this.forgetMedia()
    return out
  }

  /** Leaders are public officials: their name, title and official contacts are public by law. */
  private leader(leader: NonNullable<UnitDoc['leaders']>[number]): SnapshotLeader[] {
    const name = text(leader.name)
    const viTitle = text(leader.title?.vi)
    if (!name || !viTitle) return []
    const enTitle = translated(leader.title)
    return [
      compact({
        name,
        isHead: Boolean(leader.isHead),
        photo: this.image(leader.photo),
        email: text(leader.email),
        phone: text(leader.phone),
        vi: compact({ title: viTitle, bio: text(leader.bio?.vi), responsibilities: text(leader.responsibilities?.vi) }),
        en: enTitle
          ? compact({ title: enTitle, bio: translated(leader.bio), responsibilities: translated(leader.responsibilities) })
          : undefined,
      }),
    ]
  }

  async pagesOfSite(): Promise<SnapshotPage[]> {
    const docs = await this.withPublishedEnglish('pages', await this.all<PageDoc>('pages', PUBLISHED))
    const mediaIds = new Set<string>()
    for (const doc of docs) {
      if (doc.slug) this.pageSlugs.set(String(doc.id), { slug: doc.slug, en: Boolean(text(doc.title?.en)) })
      uploadIdsIn(doc.body?.vi, mediaIds)
      uploadIdsIn(doc.body?.en, mediaIds)
    }
    await this.loadMedia(mediaIds)
    const out: SnapshotPage[] = []
    for (const doc of docs) {
      const vi = text(doc.title?.vi)
      if (!doc.slug || !vi) continue
      const en = text(doc.title?.en)
      out.push(
        compact({
          id: String(doc.id),
          slug: doc.slug,
          kind: doc.kind ?? 'generic',
          updatedAt: doc.updatedAt,
          vi: { title: vi, bodyHtml: this.html(doc.body, 'vi') },
          en: en ? { title: en, bodyHtml: this.html(doc.body, 'en') } : undefined,
        }),
      )
    }
    this.forgetMedia()
    return out
  }

  async *articles(): AsyncGenerator<SnapshotArticle[]> {
    for await (const batch of this.pages<ArticleDoc>('articles', PUBLISHED)) {
      await this.withPublishedEnglish('articles', batch)
      const mediaIds = new Set<string>()
      for (const doc of batch) {
        const cover = idOf(doc.cover)
        if (cover) mediaIds.add(cover)
        uploadIdsIn(doc.body?.vi, mediaIds)
        if (hasEnglish(doc)) uploadIdsIn(doc.body?.en, mediaIds)
      }
      await this.loadMedia(mediaIds)
      yield batch.flatMap((doc) => this.article(doc))
      this.forgetMedia()
    }
  }

  private article(doc: ArticleDoc): SnapshotArticle[] {
    const route = this.articleRoutes.get(String(doc.id))
    const viTitle = text(doc.title?.vi)
    if (!doc.slug || !viTitle) return []
    const articleText = (locale: Locale, title: string, slug: string): SnapshotArticleText =>
      compact({
        title,
        slug,
        sapo: text(doc.sapo?.[locale]) ?? '',
        bodyHtml: this.html(doc.body, locale),
        coverCaption: text(doc.coverCaption?.[locale]),
      })
    const enTitle = text(doc.title?.en)
    // The index pass decided English; an article published since then shows in vi only.
    const enSlug = route?.en
    const republished = doc.origin === 'republished'
    return [
      compact({
        id: String(doc.id),
        sectionIds: (doc.sections ?? []).flatMap((s) => idOf(s) ?? []),
        unitId: idOf(doc.unit),
        publishedAt: doc.publishedAt ?? doc.updatedAt,
        updatedAt: doc.updatedAt,
        featured: Boolean(doc.featured),
        origin: republished ? 'republished' : 'own',
        source:
          republished && text(doc.source?.name)
            ? compact({
                name: text(doc.source?.name) ?? '',
                url: text(doc.source?.url),
                permission: text(doc.source?.permission),
              })
            : undefined,
        author: text(doc.author),
        tags: (doc.tags ?? []).map((t) => t.trim()).filter(Boolean),
        // Related items that are not public are left out rather than linked to a 404.
        relatedIds: (doc.related ?? []).flatMap((r) => {
          const id = idOf(r)
          return id && this.articleRoutes.has(id) ? [id] : []
        }),
        cover: this.image(doc.cover),
        viewCount: doc.viewCount ?? 0,
        vi: articleText('vi', viTitle, doc.slug),
        en: enTitle && enSlug && hasEnglish(doc) ? articleText('en', enTitle, enSlug) : undefined,
      }),
    ]
  }

  /** Which legal documents are public, and what each does to the others. */
  async indexLegalDocuments(): Promise<void> {
    const select = { number: true, issuedDate: true, effectiveDate: true, relations: true } as const
    const all: LegalDocumentValues[] = []
    for await (const batch of this.pages<LegalDocumentValues>('legal-documents', PUBLIC, select)) {
      for (const doc of batch) {
        this.legalIds.add(String(doc.id))
        all.push(doc)
      }
    }
    for (const doc of all) {
      const acting = String(doc.id)
      const rows = (doc.relations ?? []).filter((row) => row.kind && this.legalIds.has(idOf(row.target as Ref) ?? ''))
      const relations = actingRelationsOf({ ...doc, relations: rows })
      relations.forEach(({ targetId, relation }, i) => {
        if (targetId === acting) return
        const indexed: IndexedRelation = {
          acting,
          target: targetId,
          kind: relation.kind,
          scope: relation.scope,
          note: text(rows[i]?.note),
          relation,
        }
        this.relationsByActing.set(acting, [...(this.relationsByActing.get(acting) ?? []), indexed])
        this.relationsByTarget.set(targetId, [...(this.relationsByTarget.get(targetId) ?? []), indexed])
      })
    }
  }

  async *legalDocuments(): AsyncGenerator<SnapshotLegalDocument[]> {
    const today = vietnamDate(this.now)
    for await (const batch of this.pages<LegalDoc>('legal-documents', PUBLIC)) {
      await this.withPublishedEnglish('legal-documents', batch)
      const mediaIds = new Set<string>()
      for (const doc of batch) {
        uploadIdsIn(doc.fullText?.vi, mediaIds)
        uploadIdsIn(doc.fullText?.en, mediaIds)
      }
      await this.loadMedia(mediaIds)
      await this.loadDocumentFiles(batch.flatMap((doc) => doc.attachments ?? []))
      yield batch.flatMap((doc) => this.legalDocument(doc, today))
      this.forgetMedia()
      this.documentFiles.clear()
    }
  }

  private legalDocument(doc: LegalDoc, today: string): SnapshotLegalDocument[] {
    const id = String(doc.id)
    const issuedDate = dayOf(doc.issuedDate)
    const summary = text(doc.summary?.vi)
    const issuingBody = text(doc.issuingBody?.vi)
    if (!doc.slug || !doc.number || !isLegalDocType(doc.type) || !issuedDate || !summary || !issuingBody) return []
    const incoming = this.relationsByTarget.get(id) ?? []
    const validity = computeValidity(validityInput(doc, incoming.map((r) => r.relation)), today)
    const relation = (r: IndexedRelation, direction: SnapshotLegalRelation['direction']): SnapshotLegalRelation =>
      compact({ kind: r.kind, direction, scope: r.scope, documentId: direction === 'outgoing' ? r.target : r.acting, note: r.note })
    const signerName = text(doc.signerName)
    const enSummary = translated(doc.summary)
    return [
      compact({
        id,
        slug: doc.slug,
        number: doc.number,
        type: doc.type,
        fields: (doc.fields ?? []).filter((f): f is LegalField => isLegalField(f)),
        issuingBody: compact({ vi: issuingBody, en: translated(doc.issuingBody) }),
        signer: signerName
          ? { name: signerName, title: compact({ vi: text(doc.signerTitle?.vi) ?? '', en: translated(doc.signerTitle) }) }
          : undefined,
        issuedDate,
        effectiveDate: dayOf(doc.effectiveDate),
        expiryDate: dayOf(doc.expiryDate),
        validity,
        relations: [
          ...(this.relationsByActing.get(id) ?? []).map((r) => relation(r, 'outgoing')),
          ...incoming.map((r) => relation(r, 'incoming')),
        ],
        attachments: this.attachments(doc.attachments),
        updatedAt: doc.updatedAt,
        vi: compact({ summary, fullTextHtml: this.html(doc.fullText, 'vi') || undefined }),
        en: enSummary ? compact({ summary: enSummary, fullTextHtml: this.html(doc.fullText, 'en') || undefined }) : undefined,
      }),
    ]
  }

  async *drafts(): AsyncGenerator<SnapshotDraft[]> {
    for await (const batch of this.pages<DraftDoc>('drafts', PUBLIC)) {
      const mediaIds = new Set<string>()
      for (const doc of batch) {
        for (const value of [doc.description?.vi, doc.description?.en, doc.summary?.body?.vi, doc.summary?.body?.en]) {
          uploadIdsIn(value, mediaIds)
        }
      }
      await this.loadMedia(mediaIds)
      await this.loadDocumentFiles(batch.flatMap((doc) => [...(doc.files ?? []), ...(doc.summary?.files ?? [])]))
      const comments = await this.approvedComments(batch.map((doc) => doc.id))
      yield batch.flatMap((doc) => this.draft(doc, comments.get(String(doc.id)) ?? []))
      this.forgetMedia()
      this.documentFiles.clear()
    }
  }

  /** Approved comments of the given drafts, oldest first, with their public fields only. */
  private async approvedComments(draftIds: (string | number)[]): Promise<Map<string, SnapshotDraftComment[]>> {
    const byDraft = new Map<string, SnapshotDraftComment[]>()
    if (draftIds.length === 0) return byDraft
    const { docs } = await this.payload.find({
      collection: 'draft-comments',
      where: { and: [{ draft: { in: draftIds } }, { moderation: { equals: 'approved' } }] },
      select: PUBLIC_COMMENT_FIELDS,
      // Comments sent in the same millisecond keep the order they were stored in.
      sort: ['submittedAt', 'id'],
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as CommentDoc[]) {
      const draft = idOf(doc.draft)
      const name = text(doc.name)
      const body = text(doc.text)
      if (!draft || !doc.reference || !name || !body || !doc.submittedAt) continue
      const comment: SnapshotDraftComment = compact({
        reference: doc.reference,
        name,
        organisation: text(doc.organisation),
        clause: text(doc.clause),
        text: body,
        submittedAt: doc.submittedAt,
      })
      byDraft.set(draft, [...(byDraft.get(draft) ?? []), comment])
    }
    return byDraft
  }

  private draft(doc: DraftDoc, comments: SnapshotDraftComment[]): SnapshotDraft[] {
    const title = text(doc.title?.vi)
    const opensOn = dayOf(doc.opensOn)
    const closesOn = dayOf(doc.closesOn)
    if (!doc.slug || !title || !isLegalDocType(doc.type) || !opensOn || !closesOn) return []
    // A resulting document that is not public yet does not make the draft "issued" on the site.
    const resulting = idOf(doc.resultingDocument)
    const resultingDocumentId = resulting && this.legalIds.has(resulting) ? resulting : undefined
    const summaryHtml = this.html(doc.summary?.body, 'vi')
    const summaryFiles = this.attachments(doc.summary?.files)
    const enTitle = translated(doc.title)
    return [
      compact({
        id: String(doc.id),
        slug: doc.slug,
        type: doc.type,
        draftingUnitId: idOf(doc.draftingUnit),
        fields: (doc.fields ?? []).filter((f): f is LegalField => isLegalField(f)),
        opensOn,
        closesOn,
        status: draftStatus({ opensOn, closesOn, resultingDocumentId }, this.now),
        resultingDocumentId,
        files: this.attachments(doc.files),
        summary:
          summaryHtml || summaryFiles.length
            ? compact({ html: summaryHtml || undefined, files: summaryFiles, publishedAt: doc.summary?.publishedAt ?? undefined })
            : undefined,
        comments,
        updatedAt: doc.updatedAt,
        vi: compact({ title, descriptionHtml: this.html(doc.description, 'vi') || undefined }),
        en: enTitle ? compact({ title: enTitle, descriptionHtml: this.html(doc.description, 'en') || undefined }) : undefined,
      }),
    ]
  }

  /**
   * Public answers, newest answer first. The order is fixed up front from a light read (ids and
   * dates only); the cases themselves are then read a batch at a time, like the other streams.
   */
  async *questions(): AsyncGenerator<SnapshotQuestion[]> {
    for await (const { chunk, byId } of this.newestFirst<QuestionDoc>('cases', PUBLIC_ANSWER, 'answeredAt', PUBLIC_QUESTION_FIELDS)) {
      const english = await loadPublishedEnglish(this.payload, 'cases', [...byId.keys()])
      const mediaIds = new Set<string>()
      for (const doc of byId.values()) uploadIdsIn(doc.answer, mediaIds)
      for (const published of english.values()) uploadIdsIn(published.values.answer, mediaIds)
      await this.loadMedia(mediaIds)
      yield chunk.flatMap((id) => {
        const doc = byId.get(id)
        return doc ? this.question(doc, english.get(id)) : []
      })
      this.forgetMedia()
    }
  }

  private question(doc: QuestionDoc, english?: PublishedEnglish): SnapshotQuestion[] {
    const title = text(doc.publicTitle) ?? text(doc.title)
    // Only the question as the board wrote it for publication: the sender's own words may name them.
    const question = text(doc.publicQuestion)
    const answerHtml = richTextToHtml(doc.answer, this.richText('vi'))
    const type = CASE_TYPE_CODES.find((code) => code === doc.type)
    const senderKind = SENDER_KIND_CODES.find((code) => code === doc.senderKind)
    if (!doc.publicSlug || !title || !question || !answerHtml || !type || !senderKind || !isLegalField(doc.field)) return []
    if (!doc.receivedAt || !doc.answeredAt || !doc.updatedAt) return []
    return [
      compact({
        id: String(doc.id),
        slug: doc.publicSlug,
        type,
        senderKind,
        field: doc.field,
        unitId: idOf(doc.unit),
        askedAt: doc.receivedAt,
        answeredAt: doc.answeredAt,
        updatedAt: doc.updatedAt,
        vi: { title, question, answerHtml },
        en: this.questionEnglish(english),
      }),
    ]
  }

  /** The published English of a public answer: whole (title, question and answer) or none. */
  private questionEnglish(english: PublishedEnglish | undefined): SnapshotQuestion['en'] {
    const values = english?.values
    const title = text(values?.title as string | undefined)
    const question = text(values?.question as string | undefined)
    const answerHtml = values ? richTextToHtml(values.answer, this.richText('en')) : ''
    return title && question && answerHtml ? { title, question, answerHtml } : undefined
  }

  /**
   * Puts the published English (the translation record's frozen copy) in place of the `en` of
   * every translated field of `docs`, read with `locale: 'all'`: the working English in the
   * items' own `en` locale never reaches the site, and the mapping below reads `en` as before.
   * Callers pass public items only, so English shows only while its Vietnamese is public.
   */
  private async withPublishedEnglish<T>(collection: TranslatableCollection, docs: T[]): Promise<T[]> {
    const rows = docs as unknown as (Record<string, unknown> & { id: string | number })[]
    const english = await loadPublishedEnglish(this.payload, collection, rows.map((doc) => doc.id))
    const spec = TRANSLATED_FIELDS[collection]
    const localized = (value: unknown, en: unknown) => ({ vi: (value as { vi?: unknown } | null)?.vi, en: en ?? undefined })
    for (const doc of rows) {
      const values = english.get(String(doc.id))?.values ?? {}
      for (const field of spec.fields) {
        if (!field.array) {
          if (field.name in doc) doc[field.name] = localized(doc[field.name], values[field.name])
          continue
        }
        const published = new Map(
          ((values[field.array] as { id?: unknown }[] | undefined) ?? []).map((row) => [String(row.id), row as Record<string, unknown>]),
        )
        for (const row of (doc[field.array] as (Record<string, unknown> & { id?: unknown })[] | null | undefined) ?? [])
          row[field.name] = localized(row[field.name], published.get(String(row.id))?.[field.name])
      }
      if (spec.slug && 'slugEn' in doc) doc.slugEn = typeof values.slug === 'string' ? values.slug : null
    }
    return docs
  }

  // ---- albums (Đa phương tiện) --------------------------------------------------------------

  /**
   * Every public album, mapped once before any rich text is rendered: articles (and pages,
   * units…) embed albums and link to them, and an embed shows the album's cover, player and
   * English title. Only the embed's part is kept; the albums themselves are streamed later.
   */
  async indexAlbums(): Promise<void> {
    const settings = (await this.payload.findGlobal({
      slug: 'site-settings',
      depth: 0,
      overrideAccess: true,
    })) as unknown as { embedHosts?: unknown }
    // Left empty, the setting means the default hosts (as the albums' own check reads it).
    const hosts = normalizeHosts(Array.isArray(settings.embedHosts) ? settings.embedHosts.filter((h): h is string => typeof h === 'string') : [])
    if (hosts.length) this.embedHosts = hosts
    for await (const batch of this.pages<AlbumDoc>('albums', PUBLISHED)) {
      const english = await this.loadAlbumBatch(batch)
      for (const doc of batch) {
        const album = this.album(doc, english.get(String(doc.id)))
        if (!album) continue
        this.albumIndex.set(album.id, {
          embed: compact({
            kind: album.kind,
            cover: album.cover,
            video: album.video,
            audio: album.audio,
            photoCount: album.photos?.length ?? 0,
          }),
          vi: { title: album.vi.title, slug: album.vi.slug },
          en: album.en ? { title: album.en.title, slug: album.en.slug } : undefined,
        })
      }
      this.forgetAlbumFiles()
    }
  }

  /** Public albums, newest first; the order comes from a light read, the albums a batch at a time. */
  async *albums(): AsyncGenerator<SnapshotAlbum[]> {
    for await (const { chunk, byId } of this.newestFirst<AlbumDoc>('albums', PUBLISHED, 'publishedAt')) {
      const english = await this.loadAlbumBatch([...byId.values()])
      yield chunk.flatMap((id) => {
        const doc = byId.get(id)
        const album = doc && this.album(doc, english.get(id))
        // Published yet not showable: its file was deleted, or its embed host taken off the list.
        if (doc && !album) {
          this.payload.logger.warn(`Album ${id} is published but left off the site: no photo, no playable file or an embed host no longer allowed`)
        }
        return album ? [album] : []
      })
      this.forgetAlbumFiles()
    }
  }

  /** Loads what a batch of albums shows (images, media files, posters) and their published English. */
  private async loadAlbumBatch(docs: AlbumDoc[]): Promise<Map<string, PublishedEnglish>> {
    const fileIds = new Set<string>()
    const mediaIds = new Set<string>()
    for (const doc of docs) {
      for (const photo of doc.photos ?? []) mediaIds.add(idOf(photo.image) ?? '')
      mediaIds.add(idOf(doc.video?.poster) ?? '')
      fileIds.add(idOf(doc.video?.file) ?? '')
      fileIds.add(idOf(doc.audio?.file) ?? '')
      for (const track of doc.video?.tracks ?? []) fileIds.add(idOf(track.file) ?? '')
    }
    fileIds.delete('')
    const wanted = [...fileIds].filter((id) => !this.mediaFiles.has(id))
    for (let i = 0; i < wanted.length; i += this.batchSize) {
      const chunk = { id: { in: wanted.slice(i, i + this.batchSize) } }
      for await (const batch of this.pages<MediaFileDoc>('media-files', chunk)) {
        for (const doc of batch) this.mediaFiles.set(String(doc.id), doc)
      }
    }
    // A video without a poster of its own shows the frame ffmpeg took from its file.
    for (const file of this.mediaFiles.values()) mediaIds.add(idOf(file.poster) ?? '')
    mediaIds.delete('')
    await this.loadMedia(mediaIds)
    return loadPublishedEnglish(this.payload, 'albums', docs.map((doc) => doc.id))
  }

  private forgetAlbumFiles(): void {
    this.forgetMedia()
    this.mediaFiles.clear()
  }

  /**
   * One album as the site shows it, or nothing when it cannot be shown (a photo album without a
   * photo, a video without its file or with a link to a host no longer allowed). The English
   * comes only from the published copy; photo captions and alt texts match their row by id.
   */
  private album(doc: AlbumDoc, english: PublishedEnglish | undefined): SnapshotAlbum | undefined {
    const title = text(doc.title?.vi)
    const kind = doc.kind === 'photo' || doc.kind === 'video' || doc.kind === 'audio' ? doc.kind : undefined
    if (!doc.slug || !title || !kind) return undefined
    const en = english?.values as AlbumEnglish | undefined
    const enTitle = stringOf(en?.title)
    const enSlug = stringOf(en?.slug)
    const hasEn = Boolean(enTitle && enSlug)
    const enRows = new Map<string, { caption?: unknown; alt?: unknown }>()
    if (hasEn && Array.isArray(en?.photos)) {
      for (const row of en.photos as { id?: unknown; caption?: unknown; alt?: unknown }[]) {
        if (row && typeof row === 'object' && row.id !== undefined && row.id !== null) enRows.set(String(row.id), row)
      }
    }
    const album: SnapshotAlbum = {
      id: String(doc.id),
      kind,
      sectionIds: (doc.sections ?? []).flatMap((s) => idOf(s) ?? []),
      unitId: idOf(doc.unit),
      publishedAt: doc.publishedAt ?? doc.updatedAt,
      updatedAt: doc.updatedAt,
      credit: text(doc.credit),
      vi: compact({
        title,
        slug: doc.slug,
        description: text(doc.description?.vi),
        transcriptHtml: kind === 'photo' ? undefined : paragraphsHtml(doc.transcript?.vi),
      }),
      en:
        enTitle && enSlug
          ? compact({
              title: enTitle,
              slug: enSlug,
              description: stringOf(en?.description),
              transcriptHtml: kind === 'photo' ? undefined : paragraphsHtml(stringOf(en?.transcript)),
            })
          : undefined,
    }
    if (kind === 'photo') {
      const photos = (doc.photos ?? []).flatMap((row, i): SnapshotAlbumPhoto[] => {
        const image = this.image(row.image)
        if (!image) return []
        const rowEn = row.id ? enRows.get(String(row.id)) : undefined
        const caption = compact({ vi: text(row.caption?.vi), en: stringOf(rowEn?.caption) })
        return [
          compact({
            id: row.id ? String(row.id) : `${album.id}-${i + 1}`,
            image,
            alt: compact({ vi: text(row.alt?.vi) ?? image.alt.vi, en: stringOf(rowEn?.alt) }),
            caption: caption.vi || caption.en ? caption : undefined,
            credit: text(row.credit),
          }),
        ]
      })
      if (photos.length === 0) return undefined
      album.photos = photos
      album.cover = photos[0].image
    } else if (kind === 'video') {
      const video = this.video(doc)
      if (!video) return undefined
      album.video = video
      album.cover = video.poster
    } else {
      const file = this.mediaFiles.get(idOf(doc.audio?.file) ?? '')
      const audio = file ? this.avFile(file, 'audio') : undefined
      if (!file || !audio) return undefined
      album.audio = compact({ file: audio, durationSeconds: seconds(doc.audio?.durationSeconds) ?? seconds(file.durationSeconds) })
    }
    return compact(album)
  }

  private video(doc: AlbumDoc): SnapshotAlbum['video'] | undefined {
    const group = doc.video
    if (!group) return undefined
    const file = this.mediaFiles.get(idOf(group.file) ?? '')
    const poster = this.image(group.poster) ?? this.image(file?.poster)
    const durationSeconds = seconds(group.durationSeconds) ?? seconds(file?.durationSeconds)
    if (group.source === 'embed') {
      // Checked again here: a host the admin has since taken off the list is no longer embedded.
      const parsed = parseEmbedUrl(group.embedUrl ?? '', this.embedHosts)
      if (!parsed.ok) return undefined
      const embed = { provider: parsed.provider, embedUrl: parsed.embedUrl, pageUrl: parsed.pageUrl }
      return compact({ embed, poster, durationSeconds, tracks: [] })
    }
    const videoFile = file ? this.avFile(file, 'video') : undefined
    if (!videoFile) return undefined
    const tracks = (group.tracks ?? []).flatMap((row): SnapshotTextTrack[] => {
      const track = this.mediaFiles.get(idOf(row.file) ?? '')
      const vtt = track ? this.avFile(track, 'subtitles') : undefined
      const lang = row.lang === 'vi' || row.lang === 'en' ? row.lang : undefined
      if (!vtt || !lang) return []
      const kind = row.kind === 'captions' ? 'captions' : 'subtitles'
      return [{ ...vtt, lang, kind, label: TRACK_LABELS[lang][kind] }]
    })
    return compact({ file: videoFile, poster, durationSeconds, tracks })
  }

  /** A video, recording or subtitle file as the site serves it (under `/media/av/`), if it is one. */
  private avFile(doc: MediaFileDoc, kind: 'video' | 'audio' | 'subtitles'): SnapshotMediaFile | undefined {
    if (!doc.filename) return undefined
    const mime = doc.mimeType ?? ''
    const isKind =
      kind === 'subtitles'
        ? doc.kind === 'subtitles' || mime === 'text/vtt' || /\.vtt$/i.test(doc.filename)
        : doc.kind === kind || mime.startsWith(`${kind}/`)
    if (!isKind) return undefined
    return {
      path: this.fileFor(doc.filename, doc.filesize, 'media/av', this.avFileUrl),
      // Content sniffing may have stored a WebVTT file as text/plain; a <track> needs text/vtt.
      mimeType: kind === 'subtitles' ? 'text/vtt' : mime,
      bytes: doc.filesize ?? 0,
    }
  }

  /** An embedded album in the text's language when it has one, else the Vietnamese, said so. */
  private albumEmbed(id: string, locale: Locale): AlbumEmbed | null {
    const entry = this.albumIndex.get(id)
    if (!entry) return null
    const own = locale === 'en' ? entry.en : entry.vi
    const shown = own ?? entry.vi
    return compact({
      album: entry.embed,
      href: routes.album(own ? locale : 'vi', entry.embed.kind, shown.slug),
      title: shown.title,
      lang: own ? undefined : ('vi' as const),
    })
  }

  async settings(): Promise<SnapshotSettings> {
    const doc = (await this.payload.findGlobal({
      slug: 'site-settings',
      depth: 0,
      locale: 'all',
      fallbackLocale: false,
      draft: false,
      overrideAccess: true,
    })) as unknown as SettingsDoc
    const logo = idOf(doc.logo)
    if (logo) await this.loadMedia([logo])
    const viName = text(doc.siteName?.vi) ?? ''
    const settings: SnapshotSettings = compact({
      vi: compact({ siteName: viName, tagline: text(doc.tagline?.vi), footerNote: text(doc.footerNote?.vi) }),
      // The site's name is a proper name: the English site may show it untranslated.
      en: compact({
        siteName: text(doc.siteName?.en) ?? viName,
        tagline: text(doc.tagline?.en),
        footerNote: text(doc.footerNote?.en),
      }),
      address: text(doc.address),
      phone: text(doc.phone),
      email: text(doc.email),
      logo: this.image(doc.logo),
      quickLinks: (doc.quickLinks ?? []).flatMap((link) => {
        const url = text(link.url)
        const vi = text(link.label?.vi)
        return url && vi ? [compact({ url, vi, en: translated(link.label) })] : []
      }),
      onlineServicesUrl: text(doc.onlineServicesUrl),
    })
    this.forgetMedia()
    return settings
  }
}

const PLAIN_FILE_NAME = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/

/**
 * The name a media file gets on the site. Payload keeps uploaded names as given ("Ảnh hội
 * nghị.jpg"), but site paths are plain ASCII segments (the publisher refuses anything else), so
 * such names are folded and made unique with a hash of the original name.
 */
export function siteFileName(filename: string): string {
  if (PLAIN_FILE_NAME.test(filename)) return filename
  const dot = filename.lastIndexOf('.')
  const ext = dot > 0 ? filename.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : ''
  const base = slugify(dot > 0 ? filename.slice(0, dot) : filename, { maxLength: 80 }) || 'file'
  const hash = createHash('sha256').update(filename).digest('hex').slice(0, 8)
  return `${base}-${hash}${ext ? `.${ext}` : ''}`
}

const TRACK_LABELS: Record<Locale, Record<SnapshotTextTrack['kind'], string>> = {
  vi: { subtitles: 'Tiếng Việt', captions: 'Tiếng Việt (có mô tả âm thanh)' },
  en: { subtitles: 'English', captions: 'English (CC)' },
}

const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? text(value) : undefined)

const seconds = (value: number | null | undefined): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined

/**
 * A transcript typed in a textarea, as HTML: a blank line starts a paragraph, a single line break
 * (one speaker's turn, a time mark) is kept as one. Everything is escaped: it is plain text.
 */
export function paragraphsHtml(value: string | null | undefined): string | undefined {
  const paragraphs = (value ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  if (paragraphs.length === 0) return undefined
  return paragraphs.map((p) => `<p>${p.split(/\s*\n\s*/).map(escapeAttribute).join('<br>')}</p>`).join('')
}

function hasEnglish(doc: Pick<ArticleDoc, 'title'>): boolean {
  return Boolean(text(doc.title?.en))
}

/**
 * The snapshot as JSON text, produced piece by piece. Top-level keys are those of `Snapshot`;
 * `articles`, `legalDocuments`, `drafts` and `questions` are written batch by batch and `files` last, once
 * every item has named its files.
 */
export async function* snapshotJsonChunks(payload: Payload, options: SnapshotOptions): AsyncGenerator<string> {
  const reader = new SnapshotReader(payload, options)
  await reader.indexArticles()
  await reader.indexAlbums()
  const settings = await reader.settings()
  const sections = await reader.sections()
  const units = await reader.units()
  const pages = await reader.pagesOfSite()
  const head = {
    version: SNAPSHOT_VERSION,
    generatedAt: new Date().toISOString(),
    siteUrl: options.siteUrl,
    cmsPublicUrl: options.cmsPublicUrl,
    settings,
    sections,
    units,
    pages,
  }
  yield JSON.stringify(head).slice(0, -1) + ',"articles":['
  yield* jsonArrayItems(reader.articles())
  await reader.indexLegalDocuments()
  yield '],"legalDocuments":['
  yield* jsonArrayItems(reader.legalDocuments())
  yield '],"drafts":['
  yield* jsonArrayItems(reader.drafts())
  yield '],"questions":['
  yield* jsonArrayItems(reader.questions())
  yield '],"albums":['
  yield* jsonArrayItems(reader.albums())
  yield '],"files":' + JSON.stringify([...reader.files.values()]) + '}'
}

/** The items of batches, comma-separated, one batch per chunk. */
async function* jsonArrayItems(batches: AsyncIterable<object[]>): AsyncGenerator<string> {
  let first = true
  for await (const batch of batches) {
    if (batch.length === 0) continue
    yield (first ? '' : ',') + batch.map((item) => JSON.stringify(item)).join(',')
    first = false
  }
}

/** The whole snapshot as an object, for tests and small sites. */
export async function buildSnapshot(payload: Payload, options: SnapshotOptions): Promise<Snapshot> {
  let json = ''
  for await (const chunk of snapshotJsonChunks(payload, options)) json += chunk
  return JSON.parse(json) as Snapshot
}
