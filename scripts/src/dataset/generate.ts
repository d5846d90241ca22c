/**
 * Fills the CMS with the reference dataset (plan.ts) through Payload's local API.
 *
 * Batched and resumable: items are written in batches, each batch in one transaction, in plan
 * order. Before a batch is written, its items' natural keys (slug, document number, tracking
 * code) are looked up, and only the missing ones are created, so a re-run with the same seed
 * counts what exists and continues where an earlier run stopped. A run stopped between batches
 * (Ctrl+C, `stopAfterBatches`) leaves only whole batches behind.
 *
 * Writes are trusted server code with the context flags the seed uses: no publisher webhook per
 * item (`skipPublishWebhook`; ask for one rebuild at the end) and the case import context that
 * lets a case be stored already answered. Every other hook runs, so the content is what the
 * editors' own saves would produce (slugs, validity of legal documents, translation records).
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { parseCommentInput } from '@cong/shared/draftComment'
import { vietnamDate } from '@cong/shared/vnDate'
import { storedDay } from '../../../cms/src/days'
import { publishEnglish } from '../../../cms/src/translations/service'
import { inTransaction } from '../lib/transaction'
import { pdfDocument } from '../seed/documents'
import { coverImage } from '../seed/images'
import { demoAudio, ffmpegAvailable, mediaWorkspace } from '../seed/media'
import { toLexical } from '../seed/lexical'
import {
  countOf,
  KINDS,
  planAlbum,
  planArticle,
  planCase,
  planDraft,
  planLegal,
  planUnit,
  scaleOf,
  type Kind,
  type Scale,
  type ScaleName,
} from './plan'

type Id = number

export const DEFAULT_SEED = 1
export const DEFAULT_BATCH = 100
/** Distinct images the articles and albums share: enough that neighbours differ, few to upload. */
export const DATASET_IMAGES = 6

/** The dataset's own sections (fixed slugs: every seed files its items under the same ones). */
export const DATASET_SECTIONS = [
  { slug: 'ds-tin-hoat-dong', title: 'Tin hoạt động (dữ liệu thử)', en: 'Activities (test data)' },
  { slug: 'ds-chinh-sach-moi', title: 'Chính sách mới (dữ liệu thử)', en: 'New policies (test data)' },
  { slug: 'ds-dia-phuong', title: 'Tin địa phương (dữ liệu thử)', en: 'Local news (test data)' },
  { slug: 'ds-hinh-anh', title: 'Hình ảnh (dữ liệu thử)', en: 'Photos (test data)' },
] as const

const LEGAL_FILE = 'ds-van-ban-dinh-kem.pdf'
const RECORDING_NAME = 'ds-ghi-am'
const EMBED_FALLBACK = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ'
const CREDIT = 'Ảnh minh họa tạo tự động (dữ liệu thử)'
const TRUSTED = { overrideAccess: true, depth: 0 } as const
/** See the module comment: no webhook per item; cases stored in their final state. */
export const DATASET_CONTEXT = { skipPublishWebhook: true, importedCase: true } as const

export interface KindProgress {
  kind: Kind
  /** Items of the plan handled so far (created or found). */
  done: number
  total: number
  created: number
  existing: number
}

export interface GenerateOptions {
  scale: ScaleName | Scale
  seed?: number
  /** Kinds to generate (default: all, in plan order). Kinds they point at must exist already. */
  only?: readonly Kind[]
  batchSize?: number
  /** Stop after this many batches that wrote something (tests of resuming; 0 = no limit). */
  stopAfterBatches?: number
  /** Checked between batches: true stops the run there (Ctrl+C). */
  shouldStop?: () => boolean
  now?: Date
  onProgress?: (progress: KindProgress) => void
}

export interface KindSummary {
  kind: Kind
  planned: number
  created: number
  existing: number
  /** Draft comments created with their drafts. */
  comments?: number
  /** Articles whose English version was published. */
  english?: number
  seconds: number
  /** Created items per second (what a larger scale's time can be estimated from). */
  perSecond: number
}

export interface DatasetSummary {
  seed: number
  scale: Scale
  kinds: KindSummary[]
  /** Stopped before the plan was complete (a re-run continues). */
  interrupted: boolean
  seconds: number
}

export class DatasetError extends Error {}

export async function generateDataset(payload: Payload, opts: GenerateOptions): Promise<DatasetSummary> {
  const started = Date.now()
  const seed = opts.seed ?? DEFAULT_SEED
  const scale = typeof opts.scale === 'string' ? scaleOf(opts.scale) : opts.scale
  const now = opts.now ?? new Date()
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH)
  const only = new Set(opts.only ?? KINDS)
  let batchesWritten = 0
  let interrupted = false
  const kinds: KindSummary[] = []

  const stopNow = () =>
    (opts.stopAfterBatches !== undefined &&
      opts.stopAfterBatches > 0 &&
      batchesWritten >= opts.stopAfterBatches) ||
    Boolean(opts.shouldStop?.())

  // Shared things items point at, made once and found by name on a re-run.
  const needsUnits = [...only].some((k) => k !== 'units')
  const sections = [...only].some((k) => k === 'articles' || k === 'albums')
    ? await ensureSections(payload)
    : []
  const images = [...only].some((k) => k === 'articles' || k === 'albums') ? await ensureImages(payload) : []
  const legalFile = only.has('legal') ? await ensureLegalFile(payload) : null

  const unitIds: Id[] = []

  /**
   * Runs one kind in batches. `create` writes one planned item (and what belongs to it) with
   * the batch's request and returns its id.
   */
  async function runKind<P extends { key: string }>(
    kind: Kind,
    spec: {
      collection: 'units' | 'articles' | 'legal-documents' | 'drafts' | 'cases' | 'albums'
      keyField: string
      plan: (i: number) => P
      create: (req: PayloadRequest, item: P, i: number) => Promise<Id>
      /** Ids by position, for kinds later items point at. */
      ids?: Id[]
    },
  ): Promise<KindSummary> {
    const kindStarted = Date.now()
    const total = countOf(scale, kind)
    const summary: KindSummary = { kind, planned: total, created: 0, existing: 0, seconds: 0, perSecond: 0 }
    opts.onProgress?.({ kind, done: 0, total, created: 0, existing: 0 })
    for (let start = 0; start < total; start += batchSize) {
      if (stopNow()) {
        interrupted = true
        break
      }
      const positions = Array.from({ length: Math.min(batchSize, total - start) }, (_, k) => start + k)
      const items = positions.map((i) => spec.plan(i))
      const found = await findKeys(
        payload,
        spec.collection,
        spec.keyField,
        items.map((p) => p.key),
      )
      const missing = positions.filter((_, k) => !found.has(items[k]!.key))
      for (const [k, i] of positions.entries()) {
        const id = found.get(items[k]!.key)
        if (id !== undefined && spec.ids) spec.ids[i] = id
      }
      if (missing.length > 0) {
        await inTransaction(
          payload,
          async (req) => {
            for (const i of missing) {
              const id = await spec.create(req, items[i - start]!, i)
              if (spec.ids) spec.ids[i] = id
            }
          },
          { context: { ...DATASET_CONTEXT } },
        )
        batchesWritten++
      }
      summary.created += missing.length
      summary.existing += positions.length - missing.length
      opts.onProgress?.({
        kind,
        done: start + positions.length,
        total,
        created: summary.created,
        existing: summary.existing,
      })
    }
    summary.seconds = (Date.now() - kindStarted) / 1000
    summary.perSecond = summary.seconds > 0 ? summary.created / summary.seconds : 0
    return summary
  }

  const pick = <T>(list: readonly T[], n: number): T => {
    if (list.length === 0)
      throw new DatasetError(
        'Thiếu dữ liệu dùng chung (đơn vị, chuyên mục, ảnh) / shared items missing (units, sections, images)',
      )
    return list[n % list.length]!
  }

  if (only.has('units')) {
    kinds.push(
      await runKind('units', {
        collection: 'units',
        keyField: 'slug',
        ids: unitIds,
        plan: (i) => planUnit(seed, i),
        create: async (req, u) => {
          const doc = await payload.create({
            ...TRUSTED,
            req,
            collection: 'units',
            locale: 'vi',
            data: {
              name: u.name,
              slug: u.slug,
              kind: u.kind as never,
              parent: u.parent === null ? null : unitIds[u.parent]!,
              order: u.order,
              functions: toLexical({ paragraphs: u.functions }),
              address: u.address,
              phone: u.phone,
            },
          })
          return doc.id
        },
      }),
    )
  }
  if (needsUnits && unitIds.filter(Boolean).length === 0) {
    // Only some kinds asked for: the units of an earlier run of this seed.
    const planned = Array.from({ length: scale.units }, (_, i) => planUnit(seed, i).slug)
    const found = await findKeys(payload, 'units', 'slug', planned)
    planned.forEach((slug) => found.has(slug) && unitIds.push(found.get(slug)!))
    if (unitIds.length === 0 && !interrupted)
      throw new DatasetError(
        `Chưa có đơn vị của bộ dữ liệu (seed ${seed}); chạy trước / the dataset's units (seed ${seed}) do not exist yet; run first: pnpm ops generate-dataset --scale <…> --seed ${seed} --only units`,
      )
  }
  const units = () => unitIds.filter((id) => id !== undefined)

  if (only.has('articles')) {
    let english = 0
    const summary = await runKind('articles', {
      collection: 'articles',
      keyField: 'slug',
      plan: (i) => planArticle(seed, i, scale, now),
      create: async (req, a) => {
        const cover = a.cover === null ? null : pick(images, a.cover)
        const doc = await payload.create({
          ...TRUSTED,
          req,
          collection: 'articles',
          locale: 'vi',
          data: {
            title: a.title,
            slug: a.slug,
            sapo: a.sapo,
            body: toLexical({ paragraphs: a.paragraphs }),
            cover,
            coverCaption: cover ? 'Ảnh minh họa' : null,
            sections: [pick(sections.slice(0, 3), a.section)],
            unit: pick(units(), a.unit),
            origin: 'own',
            tags: a.tags,
            workflowStatus: 'published',
            publishedAt: a.publishedAt.toISOString(),
          },
        })
        if (a.english) {
          await payload.update({
            ...TRUSTED,
            req,
            collection: 'articles',
            id: doc.id,
            locale: 'en',
            data: {
              title: a.english.title,
              sapo: a.english.sapo,
              body: toLexical({ paragraphs: a.english.paragraphs }),
              coverCaption: cover ? 'Illustration' : null,
            },
          })
          // Published the way the translators' workflow publishes it, a day after the Vietnamese.
          await publishEnglish(payload, 'articles', doc.id, {
            req,
            at: new Date(Math.min(a.publishedAt.getTime() + 86_400_000, now.getTime())),
          })
          english++
        }
        return doc.id
      },
    })
    summary.english = english
    kinds.push(summary)
  }

  if (only.has('legal')) {
    const legalIds: Id[] = []
    kinds.push(
      await runKind('legal', {
        collection: 'legal-documents',
        keyField: 'number',
        ids: legalIds,
        plan: (i) => planLegal(seed, i, scale, now),
        create: async (req, l) => {
          const day = (d: Date) => storedDay(vietnamDate(d))!.toISOString()
          const doc = await payload.create({
            ...TRUSTED,
            req,
            collection: 'legal-documents',
            locale: 'vi',
            data: {
              _status: 'published',
              number: l.number,
              type: l.type,
              issuingBody: l.issuingBody,
              signerName: l.signerName,
              signerTitle: l.signerTitle,
              issuedDate: day(l.issuedDate),
              effectiveDate: l.effectiveDate ? day(l.effectiveDate) : null,
              summary: l.summary,
              fields: l.fields,
              unit: pick(units(), l.unit),
              attachments: legalFile ? [{ file: legalFile, label: 'Toàn văn' }] : [],
              relations: l.relations.map((r) => {
                const target = legalIds[r.target]
                // Plan order puts every target in an earlier position, so it exists by now.
                if (target === undefined)
                  throw new DatasetError(
                    `Văn bản ${l.number}: văn bản liên quan thứ ${r.target + 1} của bộ dữ liệu đã bị xóa / the related dataset document no. ${r.target + 1} was deleted`,
                  )
                return { kind: r.kind, target, scope: r.scope }
              }),
            },
          })
          return doc.id
        },
      }),
    )
  }

  if (only.has('drafts')) {
    let comments = 0
    const summary = await runKind('drafts', {
      collection: 'drafts',
      keyField: 'slug',
      plan: (i) => planDraft(seed, i, scale, now),
      create: async (req, d) => {
        const doc = await payload.create({
          ...TRUSTED,
          req,
          collection: 'drafts',
          locale: 'vi',
          data: {
            _status: 'published',
            title: d.title,
            slug: d.slug,
            type: d.type,
            draftingUnit: pick(units(), d.unit),
            fields: [d.field],
            description: toLexical({ paragraphs: d.description }),
            opensOn: d.opensOn.toISOString(),
            closesOn: d.closesOn.toISOString(),
          },
        })
        for (const c of d.comments) {
          // The public form's own validation: the dataset holds only what a citizen could send.
          const input = parseCommentInput({
            name: c.name,
            organisation: c.organisation,
            email: c.email,
            phone: c.phone,
            clause: c.clause,
            text: c.text,
          })
          if (!input.ok)
            throw new DatasetError(
              `Góp ý / comment ${c.reference} không hợp lệ / is invalid: ${JSON.stringify(input.errors)}`,
            )
          const sent = new Date(d.opensOn.getTime() + c.afterHours * 3_600_000)
          await payload.create({
            ...TRUSTED,
            req,
            collection: 'draft-comments',
            data: {
              draft: doc.id,
              reference: c.reference,
              ...input.value,
              submittedAt: sent.toISOString(),
              moderation: 'approved',
              moderatedAt: new Date(Math.min(sent.getTime() + 86_400_000, now.getTime())).toISOString(),
            },
          })
          comments++
        }
        return doc.id
      },
    })
    summary.comments = comments
    kinds.push(summary)
  }

  if (only.has('cases')) {
    kinds.push(
      await runKind('cases', {
        collection: 'cases',
        keyField: 'trackingCode',
        plan: (i) => planCase(seed, i, scale, now),
        create: async (req, c) => {
          const doc = await payload.create({
            ...TRUSTED,
            req,
            collection: 'cases',
            data: {
              trackingCode: c.trackingCode,
              senderKind: 'person',
              type: c.type,
              field: c.field,
              name: c.name,
              email: c.email,
              title: c.title,
              content: c.question,
              state: 'answered',
              unit: pick(units(), c.unit),
              receivedAt: c.receivedAt.toISOString(),
              dueAt: new Date(c.receivedAt.getTime() + 15 * 86_400_000).toISOString(),
              routedAt: new Date(c.receivedAt.getTime() + 86_400_000).toISOString(),
              answeredAt: c.answeredAt.toISOString(),
              visibility: c.visibility,
              answer: toLexical({ paragraphs: c.answer }),
              publicQuestion: c.visibility === 'public' ? c.question : null,
            } as never,
          })
          return doc.id
        },
      }),
    )
  }

  if (only.has('albums')) {
    const recording = await ensureRecording(payload)
    kinds.push(
      await runKind('albums', {
        collection: 'albums',
        keyField: 'slug',
        plan: (i) => planAlbum(seed, i, scale, now),
        create: async (req, a) => {
          // Without ffmpeg there is no recording to share: a recording becomes an embedded video.
          const kind = a.kind === 'audio' && recording === null ? 'video' : a.kind
          const media =
            kind === 'photo'
              ? {
                  photos: a.photos.map((p) => ({
                    image: pick(images, p.image),
                    caption: p.caption,
                    alt: p.alt,
                    credit: CREDIT,
                  })),
                }
              : kind === 'video'
                ? {
                    video: {
                      source: 'embed',
                      embedUrl: a.embedUrl ?? EMBED_FALLBACK,
                      durationSeconds: a.durationSeconds,
                    },
                    transcript: a.transcript,
                  }
                : { audio: { file: recording, durationSeconds: a.durationSeconds }, transcript: a.transcript }
          const doc = await payload.create({
            ...TRUSTED,
            req,
            collection: 'albums',
            locale: 'vi',
            data: {
              title: a.title,
              slug: a.slug,
              kind,
              description: a.description,
              ...media,
              sections: [sections[3]!],
              unit: pick(units(), a.unit),
              credit: CREDIT,
              workflowStatus: 'published',
              publishedAt: a.publishedAt.toISOString(),
            } as never,
          })
          return doc.id
        },
      }),
    )
  }

  return { seed, scale, kinds, interrupted, seconds: (Date.now() - started) / 1000 }
}

/** Ids of the documents whose `field` is one of `keys` (drafts of versioned collections too). */
async function findKeys(
  payload: Payload,
  collection: string,
  field: string,
  keys: string[],
): Promise<Map<string, Id>> {
  if (keys.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: collection as 'units',
    where: { [field]: { in: keys } } as Where,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { [field]: true } as never,
  })
  return new Map(
    (docs as unknown as Record<string, unknown>[]).map((doc) => [String(doc[field]), doc.id as Id]),
  )
}

async function ensureSections(payload: Payload): Promise<Id[]> {
  const found = await findKeys(
    payload,
    'sections',
    'slug',
    DATASET_SECTIONS.map((s) => s.slug),
  )
  const ids: Id[] = []
  for (const [index, s] of DATASET_SECTIONS.entries()) {
    let id = found.get(s.slug)
    if (id === undefined) {
      const doc = await payload.create({
        ...TRUSTED,
        collection: 'sections',
        locale: 'vi',
        data: { title: s.title, slug: s.slug, kind: 'section', order: 100 + index, showOnHome: false },
        context: { ...DATASET_CONTEXT },
      })
      await payload.update({
        ...TRUSTED,
        collection: 'sections',
        id: doc.id,
        locale: 'en',
        data: { title: s.en },
        context: { ...DATASET_CONTEXT },
      })
      id = doc.id
    }
    ids.push(id)
  }
  return ids
}

/** A handful of images every article cover and album photo reuses. */
async function ensureImages(payload: Payload): Promise<Id[]> {
  const names = Array.from({ length: DATASET_IMAGES }, (_, v) => `ds-anh-minh-hoa-${v + 1}.jpg`)
  const found = await findKeys(payload, 'media', 'filename', names)
  const ids: Id[] = []
  for (const [v, name] of names.entries()) {
    let id = found.get(name)
    if (id === undefined) {
      const image = await coverImage(v)
      const doc = await payload.create({
        ...TRUSTED,
        collection: 'media',
        locale: 'vi',
        data: { alt: image.alt.vi, credit: CREDIT },
        file: { data: image.data, mimetype: image.mimetype, name, size: image.data.length },
        context: { ...DATASET_CONTEXT },
      })
      id = doc.id
    }
    ids.push(id)
  }
  return ids
}

/** One PDF every legal document of the dataset attaches (its content says it is test data). */
async function ensureLegalFile(payload: Payload): Promise<Id> {
  const found = await findKeys(payload, 'document-files', 'filename', [LEGAL_FILE])
  const existing = found.get(LEGAL_FILE)
  if (existing !== undefined) return existing
  const data = pdfDocument('Văn bản mẫu (dữ liệu thử)', [
    'Tệp đính kèm dùng chung cho các văn bản của bộ dữ liệu thử nghiệm hiệu năng.',
    'Không phải văn bản gốc.',
  ])
  const doc = await payload.create({
    ...TRUSTED,
    collection: 'document-files',
    data: {},
    file: { data, name: LEGAL_FILE, size: data.length, mimetype: 'application/pdf' },
    context: { ...DATASET_CONTEXT },
  })
  return doc.id
}

/** One short recording every audio album shares (made with ffmpeg; null without it). */
async function ensureRecording(payload: Payload): Promise<Id | null> {
  const name = `${RECORDING_NAME}.mp3`
  const existing = (await findKeys(payload, 'media-files', 'filename', [name])).get(name)
  if (existing !== undefined) return existing
  if (!(await ffmpegAvailable())) return null
  const workspace = await mediaWorkspace()
  try {
    const clip = await demoAudio(workspace.dir, RECORDING_NAME, { seconds: 8, tone: 330 })
    const doc = await payload.create({
      ...TRUSTED,
      collection: 'media-files',
      data: { title: 'Bản ghi âm mẫu (dữ liệu thử)' } as never,
      file: { data: clip.data, mimetype: clip.mimetype, name, size: clip.data.length },
      context: { ...DATASET_CONTEXT },
    })
    return doc.id as Id
  } finally {
    await workspace.dispose()
  }
}
