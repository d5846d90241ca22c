import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import { checkWebVtt, formatDuration, vttErrorMessage } from '@cong/shared/media'
import { invalidField } from '../../../hooks/errors'
import { bilingual, type Label } from '../../../i18n'
import { MEDIA_MESSAGES } from '../../../i18n/media'
import { posterFrame, probeMedia, type ProbeResult } from '../../../uploads/ffmpeg'

export type MediaFileKind = 'video' | 'audio' | 'subtitles'

/** The types a media file is stored as; the kind follows from the type. */
export const MEDIA_FILE_TYPES: Record<string, MediaFileKind> = {
  'video/mp4': 'video',
  'video/webm': 'video',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/ogg': 'audio',
  'audio/webm': 'audio',
  'text/vtt': 'subtitles',
}

/** What file-type detects, as the stored type (M4A, Opus and Ogg video variants included). */
const DETECTED_TO_STORED: Record<string, string> = {
  'video/mp4': 'video/mp4',
  'video/x-m4v': 'video/mp4',
  'video/webm': 'video/webm',
  'audio/webm': 'audio/webm',
  'audio/mpeg': 'audio/mpeg',
  'audio/mp4': 'audio/mp4',
  'audio/x-m4a': 'audio/mp4',
  'audio/aac': 'audio/mp4',
  'audio/ogg': 'audio/ogg',
  'audio/ogg; codecs=opus': 'audio/ogg',
  'audio/opus': 'audio/ogg',
  'video/ogg': 'audio/ogg',
}

/**
 * The types Payload's own check may see: it checks what file-type detects, and a text file (a
 * .vtt) by its extension, which Payload does not know and calls text/plain. `checkMediaFile`
 * runs first and has already refused anything that is not real media or valid WebVTT.
 */
export const ACCEPTED_UPLOAD_TYPES = [
  ...new Set([...Object.keys(DETECTED_TO_STORED), 'text/vtt', 'text/plain']),
]

export const kindOfMimeType = (mimeType: unknown): MediaFileKind | null =>
  typeof mimeType === 'string' ? (MEDIA_FILE_TYPES[mimeType.split(';')[0]!.trim()] ?? null) : null

interface Processing {
  kind: MediaFileKind
  probe?: ProbeResult
  poster?: Buffer
  note: Label
}

const CONTEXT_KEY = 'mediaFileProcessing'
const MAX_SUBTITLES_BYTES = 2 * 1024 * 1024

const withExtension = (name: string, ext: string): string => {
  const dot = name.lastIndexOf('.')
  return `${dot > 0 ? name.slice(0, dot) : name}.${ext}`
}

const EXTENSIONS: Record<string, string> = {
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'audio/webm': 'weba',
  'text/vtt': 'vtt',
}

function noteFor(probe: ProbeResult, poster: boolean): Label {
  if (!probe.ok) return { vi: probe.message, en: probe.messageEn }
  const size = probe.width && probe.height ? `${probe.width}×${probe.height}` : null
  return MEDIA_MESSAGES.probed(formatDuration(probe.durationSeconds), size, poster)
}

/** ffprobe reads a path: a file the request holds in memory is written to a private temp dir. */
async function withFilePath<T>(
  file: NonNullable<PayloadRequest['file']>,
  use: (p: string) => Promise<T>,
): Promise<T> {
  if (file.tempFilePath && !file.data?.length) return use(file.tempFilePath)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cong-media-'))
  try {
    const p = path.join(dir, 'upload')
    await writeFile(p, file.data)
    return await use(p)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * Decides what an uploaded file is from its bytes, before Payload stores it: video or audio
 * (read with ffprobe for its duration, a video's poster frame made with ffmpeg), or WebVTT
 * subtitles (checked, refused with the line of the first problem). Anything else is refused.
 * An upload never fails for want of ffmpeg: the note says what the editor must fill in.
 */
export const checkMediaFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args

  const head =
    file.tempFilePath && !file.data?.length
      ? await fileTypeFromFile(file.tempFilePath)
      : await fileTypeFromBuffer(file.data)

  // file-type names WebVTT by its header; a broken file (no header) is not detected at all.
  if (!head || head.mime === 'text/vtt') {
    // Subtitles of a two-hour film are a few hundred kilobytes; a bigger text file is not subtitles
    // and is not read into memory.
    if (file.size > MAX_SUBTITLES_BYTES) {
      throw invalidField(
        'file',
        MEDIA_MESSAGES.subtitlesTooLarge(file.name, MAX_SUBTITLES_BYTES / 1024 / 1024),
      )
    }
    const bytes = file.tempFilePath && !file.data?.length ? await readFile(file.tempFilePath) : file.data
    const text = bytes.toString('utf8')
    // An SRT file is subtitles too: the editor is told to convert it rather than "not media".
    const looksLikeSubtitles =
      /^\uFEFF?WEBVTT/.test(text) ||
      /\.(vtt|srt)$/i.test(file.name) ||
      /^(text\/(vtt|plain)|application\/x-subrip)/.test(file.mimetype ?? '') ||
      text.includes('-->')
    if (!looksLikeSubtitles || text.includes('\u0000'))
      throw invalidField('file', MEDIA_MESSAGES.notMedia(file.name))
    const vtt = checkWebVtt(text)
    if (!vtt.ok) {
      const detail = { vi: vttErrorMessage(vtt, 'vi'), en: vttErrorMessage(vtt, 'en') }
      throw invalidField('file', MEDIA_MESSAGES.badSubtitles(file.name, detail))
    }
    file.mimetype = 'text/vtt'
    file.name = withExtension(file.name, 'vtt')
    req.context[CONTEXT_KEY] = {
      kind: 'subtitles',
      note: MEDIA_MESSAGES.subtitlesOk(vtt.cues.length),
    } satisfies Processing
    return args
  }

  let stored = DETECTED_TO_STORED[head.mime]
  if (!stored) throw invalidField('file', MEDIA_MESSAGES.notMedia(file.name))

  const data = (args as { data?: Record<string, unknown> }).data
  const wantsPoster = !data?.poster
  const { probe, poster } = await withFilePath(file, async (p) => {
    const probe = await probeMedia(p)
    // An MP4 or WebM container holding sound only is an audio file (a recorded talk, a podcast).
    if (probe.ok && !probe.hasVideo) stored = stored!.replace(/^video\//, 'audio/')
    const poster =
      probe.ok && probe.hasVideo && stored!.startsWith('video/') && wantsPoster
        ? await posterFrame(p, 1)
        : null
    return { probe, poster }
  })

  file.mimetype = stored
  file.name = withExtension(file.name, EXTENSIONS[stored] ?? head.ext)
  req.context[CONTEXT_KEY] = {
    kind: MEDIA_FILE_TYPES[stored]!,
    probe,
    ...(poster ? { poster } : {}),
    note: noteFor(probe, Boolean(poster)),
  } satisfies Processing
  return args
}

/**
 * Kind, duration and note follow the file: the kind always from the stored type (never from the
 * request), the duration from ffprobe when it read the file, else what the editor entered.
 */
export const deriveMediaFields: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const processing = req.context[CONTEXT_KEY] as Processing | undefined
  const mimeType = data.mimeType ?? originalDoc?.mimeType
  data.kind = kindOfMimeType(mimeType) ?? originalDoc?.kind ?? null
  if (processing) {
    data.processingNote = bilingual(processing.note)
    if (processing.probe?.ok) {
      // Whole seconds: what players show and what an editor would type.
      data.durationSeconds = Math.max(1, Math.round(processing.probe.durationSeconds))
    }
  } else {
    data.processingNote = originalDoc?.processingNote ?? null
  }
  if (data.kind === 'subtitles') {
    data.durationSeconds = null
    data.language ??= originalDoc?.language ?? 'vi'
  } else {
    data.language = null
  }
  return data
}

/**
 * A video without a poster gets the frame ffmpeg took, as an image in the media library: the
 * editor can replace it, and the site shows it like any other image. Made after the file is
 * saved, so a refused upload leaves no orphan image.
 */
export const attachPosterFrame: CollectionAfterChangeHook = async ({ doc, req }) => {
  const processing = req.context[CONTEXT_KEY] as Processing | undefined
  const jpeg = processing?.poster
  if (!jpeg || doc.poster) return doc
  // Once: the image create below runs its own hooks with this request.
  delete processing.poster
  const title = String(doc.title ?? doc.filename ?? '')
  const alt = MEDIA_MESSAGES.posterAlt(title)
  const base = String(doc.filename ?? 'video').replace(/\.[^.]+$/, '')
  const media = await req.payload.create({
    collection: 'media',
    data: { alt: alt.vi },
    locale: 'vi',
    file: { data: jpeg, name: `${base}-anh-bia.jpg`, mimetype: 'image/jpeg', size: jpeg.length },
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    collection: 'media',
    id: media.id,
    data: { alt: alt.en },
    locale: 'en',
    overrideAccess: true,
    req,
  })
  await req.payload.db.updateOne({ collection: 'media-files', id: doc.id, data: { poster: media.id }, req })
  return { ...doc, poster: media.id }
}
