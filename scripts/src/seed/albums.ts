/**
 * Đa phương tiện of the demo: photo albums drawn with sharp (one kind of scene per album, a
 * different framing per photo), videos and recordings made with ffmpeg when the machine has it
 * (./media.ts), WebVTT subtitles in both languages, and one photo album and one video placed in a
 * demo article's body. Albums are looked up by their Vietnamese slug and uploads by file name, so
 * a re-run creates nothing.
 */
import sharp from 'sharp'
import type { Payload, PayloadRequest } from 'payload'
import { slugify } from '@cong/shared/slug'
import { AUDIO, DEMO_ALBUMS, EMBEDDING_ARTICLE, PHOTO_ALBUMS, VIDEOS, type AlbumSeed, type PhotoScene } from './data/albums'
import type { SectionKey } from './data/sections'
import { hashString, randomFrom } from './images'
import { inTransaction } from '../lib/transaction'
import { demoAudio, demoVideo, ffmpegAvailable, mediaWorkspace, webVtt } from './media'

const TRUSTED = { overrideAccess: true, depth: 0, context: { skipPublishWebhook: true } } as const
const DAY_MS = 86_400_000
const PHOTO_W = 1200
const PHOTO_H = 800

type Id = number
type Doc = Record<string, unknown> & { id: Id }

export interface AlbumsReport {
  created: number
  existing: number
  /** Media files (video, audio, subtitles) uploaded by this run. */
  files: number
  /** Why some media could not be made (ffmpeg missing), for the seed's output. */
  notes: string[]
  embedded: boolean
}

export interface AlbumLinks {
  now: Date
  units: Map<string, Id>
  sections: Map<SectionKey, Id>
}

export async function seedAlbums(payload: Payload, links: AlbumLinks): Promise<AlbumsReport> {
  const report: AlbumsReport = { created: 0, existing: 0, files: 0, notes: [], embedded: false }
  const slugs = DEMO_ALBUMS.map((album) => slugify(album.title.vi))
  const { docs } = await payload.find({
    collection: 'albums',
    where: { slug: { in: slugs } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const existing = new Map((docs as unknown as Doc[]).map((doc) => [String(doc.slug), doc.id]))
  const missing = DEMO_ALBUMS.filter((album) => !existing.has(slugify(album.title.vi)))
  report.existing = DEMO_ALBUMS.length - missing.length

  const withFfmpeg = missing.some((a) => a.kind !== 'photo') && (await ffmpegAvailable())
  if (missing.some((a) => a.kind !== 'photo') && !withFfmpeg) {
    report.notes.push(
      'ffmpeg chưa được cài (gói Debian `ffmpeg`): video dùng liên kết nhúng, bỏ qua các bản ghi âm / ' +
        'ffmpeg is missing (Debian package `ffmpeg`): videos are embeds, the audio recordings are skipped',
    )
  }
  const workspace = await mediaWorkspace()
  try {
    // One transaction: on SQLite a commit per upload and album costs most of the step's time.
    await inTransaction(
      payload,
      async (req) => {
        for (const album of missing) {
          if (album.kind === 'audio' && !withFfmpeg) continue
          const id = await createAlbum(payload, album, links, { withFfmpeg, dir: workspace.dir, report, req })
          existing.set(slugify(album.title.vi), id)
          report.created++
        }
        report.embedded = await embedInArticle(payload, existing, req)
      },
      { context: { skipPublishWebhook: true } },
    )
  } finally {
    await workspace.dispose()
  }
  return report
}

interface MakeContext {
  req: PayloadRequest
  withFfmpeg: boolean
  dir: string
  report: AlbumsReport
}

const publishedAt = (now: Date, daysAgo: number, key: string): string => {
  const day = new Date(now.getTime() - daysAgo * DAY_MS)
  day.setUTCHours(2 + (hashString(key) % 7), hashString(key) % 60, 0, 0)
  return new Date(Math.min(day.getTime(), now.getTime())).toISOString()
}

async function createAlbum(payload: Payload, album: AlbumSeed, links: AlbumLinks, ctx: MakeContext): Promise<Id> {
  const slug = slugify(album.title.vi)
  const common = {
    title: album.title.vi,
    slug,
    kind: album.kind,
    description: album.description.vi,
    sections: album.sections.map((key) => requireId(links.sections, key, 'section')),
    unit: requireId(links.units, album.unit, 'unit'),
    credit: album.credit,
    workflowStatus: 'published',
    publishedAt: publishedAt(links.now, album.daysAgo, slug),
  }
  let data: Record<string, unknown>
  let english: Record<string, unknown> = {}
  if (album.kind === 'photo') {
    const images = await Promise.all(album.photos.map((photo) => drawPhoto(album.scene, photo.shot, slug)))
    const photos: Record<string, unknown>[] = []
    for (const [i, photo] of album.photos.entries()) {
      const image = await uploadImage(payload, ctx.req, images[i], `${slug}-${i + 1}.jpg`, photo.alt, album.credit)
      photos.push({ image, caption: photo.caption.vi, alt: photo.alt.vi, credit: album.credit })
    }
    data = { ...common, photos }
  } else if (album.kind === 'video') {
    const tracks: Record<string, unknown>[] = []
    for (const lang of ['vi', 'en'] as const) {
      const text = webVtt(album.cues, lang)
      const file = await uploadMediaFile(
        payload,
        ctx.req,
        { filename: `${slug}.${lang}.vtt`, mimetype: 'text/vtt', data: Buffer.from(text) },
        `Phụ đề ${lang === 'vi' ? 'tiếng Việt' : 'tiếng Anh'}: ${album.title.vi}`,
        { language: lang },
      )
      ctx.report.files++
      tracks.push({ file, lang, kind: 'subtitles' })
    }
    let video: Record<string, unknown>
    if (ctx.withFfmpeg) {
      const clip = await demoVideo(ctx.dir, slug, { seconds: album.seconds, title: album.title.vi, tone: 392 })
      const file = await uploadMediaFile(payload, ctx.req, clip, album.title.vi)
      ctx.report.files++
      video = { source: 'file', file, durationSeconds: album.seconds, tracks }
    } else {
      video = { source: 'embed', embedUrl: album.embedUrl, durationSeconds: album.seconds, tracks }
    }
    data = { ...common, video, transcript: album.transcript.vi }
    english = { transcript: album.transcript.en }
  } else {
    const clip = await demoAudio(ctx.dir, slug, { seconds: album.seconds, tone: album.tone })
    const file = await uploadMediaFile(payload, ctx.req, clip, album.title.vi)
    ctx.report.files++
    data = { ...common, audio: { file, durationSeconds: album.seconds }, transcript: album.transcript.vi }
    english = { transcript: album.transcript.en }
  }
  const doc = (await payload.create({ ...TRUSTED, collection: 'albums', locale: 'vi', data: data as never, req: ctx.req })) as unknown as Doc
  // Array rows keep their ids across locales: the English pass fills the same photos.
  const rows = (doc.photos as Record<string, unknown>[] | undefined) ?? []
  await payload.update({
    ...TRUSTED,
    collection: 'albums',
    id: doc.id,
    locale: 'en',
    data: {
      title: album.title.en,
      description: album.description.en,
      ...english,
      ...(album.kind === 'photo'
        ? { photos: rows.map((row, i) => ({ ...row, caption: album.photos[i].caption.en, alt: album.photos[i].alt.en })) }
        : {}),
    } as never,
    req: ctx.req,
  })
  return doc.id
}

async function uploadImage(
  payload: Payload,
  req: PayloadRequest,
  data: Buffer,
  filename: string,
  alt: { vi: string; en: string },
  credit: string,
): Promise<Id> {
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { equals: filename } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  // An album whose creation failed half-way left its pictures: reuse them rather than add copies.
  if (docs[0]) return docs[0].id
  const doc = await payload.create({
    ...TRUSTED,
    collection: 'media',
    locale: 'vi',
    data: { alt: alt.vi, credit },
    file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
    req,
  })
  await payload.update({ ...TRUSTED, collection: 'media', id: doc.id, locale: 'en', data: { alt: alt.en }, req })
  return doc.id
}

async function uploadMediaFile(
  payload: Payload,
  req: PayloadRequest,
  file: { filename: string; mimetype: string; data: Buffer },
  title: string,
  extra: Record<string, unknown> = {},
): Promise<Id> {
  const { docs } = await payload.find({
    collection: 'media-files',
    where: { filename: { equals: file.filename } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return (docs[0] as unknown as Doc).id
  const doc = await payload.create({
    ...TRUSTED,
    collection: 'media-files',
    data: { title, ...extra } as never,
    file: { data: file.data, mimetype: file.mimetype, name: file.filename, size: file.data.length },
    req,
  })
  return (doc as unknown as Doc).id
}

/**
 * The photo album and the video in the body of the job-fair article, after its first paragraph,
 * in both locales (the English body is the working English the translation publishes). Skipped
 * when the body already has a relationship node, so an editor's placement is kept.
 */
async function embedInArticle(payload: Payload, albums: Map<string, Id>, req: PayloadRequest): Promise<boolean> {
  const ids = EMBEDDING_ARTICLE.albums.map((title) => albums.get(slugify(title)))
  if (ids.some((id) => id === undefined)) return false
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slugify(EMBEDDING_ARTICLE.articleTitle) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const article = docs[0] as unknown as Doc | undefined
  if (!article) return false
  const nodes = ids.map((id) => ({
    type: 'relationship',
    relationTo: 'albums',
    value: id,
    format: '',
    version: 2,
  }))
  let changed = false
  for (const locale of ['vi', 'en'] as const) {
    const doc = (await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Doc
    const body = doc.body as { root: { children: Record<string, unknown>[] } } | null | undefined
    if (!body?.root?.children?.length) continue
    if (body.root.children.some((node) => node.type === 'relationship')) continue
    const [lead, ...rest] = body.root.children
    await payload.update({
      ...TRUSTED,
      collection: 'articles',
      id: article.id,
      locale,
      data: { body: { ...body, root: { ...body.root, children: [lead, ...nodes, ...rest] } } } as never,
      req,
    })
    changed = true
  }
  return changed
}

function requireId<K>(ids: Map<K, Id>, key: K, what: string): Id {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Album seed data refers to unknown ${what} "${String(key)}"`)
  return id
}

// ── drawn photos ───────────────────────────────────────────────────────────────────────────────


const SHIRTS = ['#1f5f8b', '#c0392b', '#2e7d32', '#6d4c41', '#f2f2f2', '#37474f', '#8e44ad', '#e67e22']

/** A standing person seen from the front: head, body, optional hat colour (helmet, mortarboard). */
function person(x: number, ground: number, scale: number, shirt: string, hat?: { kind: 'helmet' | 'cap'; colour: string }): string {
  const head = 26 * scale
  const bodyH = 120 * scale
  const bodyW = 70 * scale
  const top = ground - bodyH
  const headY = top - head - 4 * scale
  const parts = [
    `<rect x="${x - bodyW / 2}" y="${top}" width="${bodyW}" height="${bodyH}" rx="${26 * scale}" fill="${shirt}"/>`,
    `<circle cx="${x}" cy="${headY}" r="${head}" fill="#e0b48a"/>`,
    `<path d="M${x - head} ${headY - 4 * scale} a${head} ${head} 0 0 1 ${2 * head} 0 z" fill="#2b2b2b"/>`,
  ]
  if (hat?.kind === 'helmet')
    parts.push(`<path d="M${x - head * 1.15} ${headY - 2 * scale} a${head * 1.15} ${head * 1.1} 0 0 1 ${2.3 * head} 0 z" fill="${hat.colour}"/>`)
  if (hat?.kind === 'cap')
    parts.push(
      `<polygon points="${x - head * 1.6},${headY - head * 0.9} ${x},${headY - head * 1.5} ${x + head * 1.6},${headY - head * 0.9} ${x},${headY - head * 0.4}" fill="${hat.colour}"/>`,
    )
  return parts.join('')
}

function crowd(rand: () => number, count: number, ground: number, hat?: { kind: 'helmet' | 'cap'; colour: string }, from = 60, to = PHOTO_W - 60): string {
  const people: string[] = []
  for (let i = 0; i < count; i++) {
    const x = from + ((to - from) * (i + 0.5)) / count + (rand() - 0.5) * 30
    const scale = 0.8 + rand() * 0.45
    people.push(person(x, ground + rand() * 40, scale, SHIRTS[Math.floor(rand() * SHIRTS.length)], hat))
  }
  return people.join('')
}

const banner = (x: number, y: number, w: number, fill: string, text: string, colour = '#f7d774') =>
  `<rect x="${x}" y="${y}" width="${w}" height="70" fill="${fill}"/><text x="${x + w / 2}" y="${y + 46}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="30" fill="${colour}">${text}</text>`

const SCENES: Record<PhotoScene, (shot: number, rand: () => number) => string> = {
  jobFair: (shot, rand) => {
    const parts = [`<rect width="${PHOTO_W}" height="${PHOTO_H}" fill="#dfe7ee"/>`, `<rect y="560" width="${PHOTO_W}" height="240" fill="#b9c4cc"/>`]
    parts.push(banner(150, 40, 900, '#b71c1c', 'NGÀY HỘI VIỆC LÀM'))
    const booths = 2 + (shot % 3)
    for (let i = 0; i < booths; i++) {
      const x = 60 + i * (1080 / booths)
      parts.push(`<rect x="${x}" y="200" width="${1080 / booths - 40}" height="300" fill="#ffffff" stroke="#90a4ae" stroke-width="4"/>`)
      parts.push(`<rect x="${x}" y="180" width="${1080 / booths - 40}" height="50" fill="${i % 2 ? '#1565c0' : '#2e7d32'}"/>`)
      parts.push(`<rect x="${x + 30}" y="420" width="${1080 / booths - 100}" height="70" fill="#eceff1"/>`)
    }
    parts.push(crowd(rand, 5 + shot * 2, 700))
    return parts.join('')
  },
  graduation: (shot, rand) => {
    const parts = [`<rect width="${PHOTO_W}" height="${PHOTO_H}" fill="#f3e9d2"/>`, `<rect y="520" width="${PHOTO_W}" height="280" fill="#7b1e1e"/>`]
    parts.push(banner(200, 50, 800, '#12355b', 'LỄ TỐT NGHIỆP 2026'))
    if (shot % 2 === 1) parts.push(`<rect x="820" y="360" width="200" height="160" fill="#c9a227"/>`)
    parts.push(crowd(rand, 4 + shot, 640, { kind: 'cap', colour: '#111111' }))
    if (shot === 5)
      for (let i = 0; i < 8; i++) parts.push(`<rect x="${150 + rand() * 900}" y="${150 + rand() * 150}" width="50" height="12" fill="#111" transform="rotate(${rand() * 60 - 30} 600 200)"/>`)
    for (let i = 0; i < 3; i++) parts.push(`<circle cx="${120 + i * 30}" cy="${600 - i * 10}" r="18" fill="#f2c94c"/>`)
    return parts.join('')
  },
  memorial: (shot, rand) => {
    const dusk = shot === 3
    const parts = [
      `<rect width="${PHOTO_W}" height="${PHOTO_H}" fill="${dusk ? '#3b3a5a' : '#cfe3f0'}"/>`,
      `<rect y="540" width="${PHOTO_W}" height="260" fill="${dusk ? '#2f4030' : '#7fa36b'}"/>`,
    ]
    if (shot === 0) parts.push(`<polygon points="560,120 640,120 680,540 520,540" fill="#f5f5f5"/><rect x="470" y="520" width="260" height="40" fill="#e0e0e0"/>`)
    for (let row = 0; row < 3; row++)
      for (let i = 0; i < 9; i++) {
        const x = 60 + i * 125 + row * 20
        const y = 600 + row * 60
        parts.push(`<rect x="${x}" y="${y - 40}" width="60" height="50" rx="8" fill="#eeeeee"/>`)
        if (dusk) parts.push(`<circle cx="${x + 30}" cy="${y - 50}" r="6" fill="#ffcc33"/>`)
      }
    if (shot === 4) parts.push(`<rect x="700" y="260" width="360" height="260" fill="#f5e6c8"/><polygon points="680,270 880,150 1080,270" fill="#b71c1c"/>`)
    if (!dusk) parts.push(crowd(rand, 3 + shot, 560, shot === 5 ? { kind: 'cap', colour: '#1565c0' } : undefined, 80, shot === 4 ? 650 : 1120))
    return parts.join('')
  },
  tetGifts: (shot, rand) => {
    const parts = [`<rect width="${PHOTO_W}" height="${PHOTO_H}" fill="#fff1e0"/>`, `<rect y="560" width="${PHOTO_W}" height="240" fill="#d7b98e"/>`]
    // Peach blossom: a branch with pink flowers, the sign of Tết in the north.
    parts.push(`<path d="M${980 + shot * 10} 560 C 960 420, 1040 320, 1100 200" stroke="#5d4037" stroke-width="14" fill="none"/>`)
    for (let i = 0; i < 26; i++) parts.push(`<circle cx="${950 + rand() * 220}" cy="${180 + rand() * 320}" r="${8 + rand() * 10}" fill="#f48fb1"/>`)
    if (shot === 4) parts.push(`<rect x="380" y="80" width="60" height="420" fill="#c62828"/><rect x="760" y="80" width="60" height="420" fill="#c62828"/>`)
    const boxes = shot === 0 ? 10 : 3
    for (let i = 0; i < boxes; i++) {
      const x = 80 + i * (shot === 0 ? 85 : 120)
      parts.push(`<rect x="${x}" y="480" width="70" height="80" fill="#c62828"/><rect x="${x + 30}" y="480" width="10" height="80" fill="#f2c94c"/>`)
    }
    if (shot !== 0 && shot !== 4) parts.push(crowd(rand, 2 + (shot % 3), 700, undefined, 100, 850))
    return parts.join('')
  },
  children: (shot, rand) => {
    const parts = [`<rect width="${PHOTO_W}" height="${PHOTO_H}" fill="#bfe3ff"/>`, `<rect y="560" width="${PHOTO_W}" height="240" fill="#8bc34a"/>`]
    const balloons = shot === 0 ? 30 : 8
    for (let i = 0; i < balloons; i++) {
      const x = 80 + rand() * 1040
      const y = 60 + rand() * 300
      parts.push(`<line x1="${x}" y1="${y + 28}" x2="${x + 10}" y2="${y + 120}" stroke="#555" stroke-width="2"/>`)
      parts.push(`<ellipse cx="${x}" cy="${y}" rx="22" ry="28" fill="${['#e53935', '#fdd835', '#43a047', '#1e88e5', '#8e24aa'][i % 5]}"/>`)
    }
    if (shot === 2) parts.push(banner(420, 120, 360, '#e53935', '111', '#ffffff'))
    if (shot === 5) parts.push(`<rect x="100" y="380" width="1000" height="40" fill="#1e4e8c"/>`)
    parts.push(crowd(rand, 5 + shot, 700))
    return parts.join('')
  },
  safety: (shot, rand) => {
    const parts = [`<rect width="${PHOTO_W}" height="${PHOTO_H}" fill="#d6e6f2"/>`, `<rect y="580" width="${PHOTO_W}" height="220" fill="#a1887f"/>`]
    // Tower crane and a building under construction.
    parts.push(`<rect x="${150 + shot * 20}" y="80" width="24" height="500" fill="#f9a825"/><rect x="${60 + shot * 20}" y="80" width="560" height="20" fill="#f9a825"/>`)
    parts.push(`<rect x="700" y="220" width="380" height="360" fill="#bdbdbd"/>`)
    for (let y = 240; y < 580; y += 60) parts.push(`<line x1="690" y1="${y}" x2="1090" y2="${y}" stroke="#6d4c41" stroke-width="6"/>`)
    for (let x = 690; x <= 1090; x += 80) parts.push(`<line x1="${x}" y1="220" x2="${x}" y2="580" stroke="#6d4c41" stroke-width="6"/>`)
    if (shot === 6) parts.push(`<polygon points="300,300 380,440 220,440" fill="#fdd835" stroke="#111" stroke-width="8"/><circle cx="480" cy="380" r="60" fill="#1565c0"/>`)
    parts.push(crowd(rand, 3 + (shot % 5), 720, { kind: 'helmet', colour: '#fdd835' }, 80, 680))
    return parts.join('')
  },
}

export async function drawPhoto(scene: PhotoScene, shot: number, slug: string): Promise<Buffer> {
  const rand = randomFrom(`${slug}#${shot}`)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PHOTO_W}" height="${PHOTO_H}" viewBox="0 0 ${PHOTO_W} ${PHOTO_H}">${SCENES[scene](shot, rand)}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

export const ALBUM_COUNTS = { photo: PHOTO_ALBUMS.length, video: VIDEOS.length, audio: AUDIO.length }
