import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { DEFAULT_EMBED_HOSTS, embedErrorMessage, normalizeHosts, parseEmbedUrl } from '@cong/shared/media'
import { idOf } from '../../../access/roles'
import { invalidField } from '../../../hooks/errors'
import { bilingual } from '../../../i18n'
import { EXPECTED_FILE, MEDIA_MESSAGES } from '../../../i18n/media'

type Kind = keyof typeof EXPECTED_FILE

/** SiteSettings `embedHosts`; the defaults while the administrator has set none. */
export async function embedHosts(req: PayloadRequest | undefined): Promise<string[]> {
  if (!req?.payload) return [...DEFAULT_EMBED_HOSTS]
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    req,
    overrideAccess: true,
  })
  const hosts = normalizeHosts(((settings as { embedHosts?: string[] | null }).embedHosts ?? []) as string[])
  return hosts.length > 0 ? hosts : [...DEFAULT_EMBED_HOSTS]
}

/** The embed link's field check: allowed host, https, one video. */
export async function validateEmbedUrl(
  value: unknown,
  {
    siblingData,
    data,
    req,
  }: { siblingData?: { source?: string }; data?: { kind?: string }; req?: PayloadRequest },
): Promise<string | true> {
  if (data?.kind !== 'video' || siblingData?.source !== 'embed') return true
  if (typeof value !== 'string' || !value.trim()) return bilingual(MEDIA_MESSAGES.embedUrlRequired)
  const hosts = await embedHosts(req)
  const result = parseEmbedUrl(value, hosts)
  if (result.ok) return true
  return `${embedErrorMessage(result.code, hosts, 'vi')} / ${embedErrorMessage(result.code, hosts, 'en')}`
}

type Doc = Record<string, unknown>
const group = (data: Doc, original: Doc | undefined, name: string): Doc | undefined =>
  (data[name] as Doc | undefined) ?? (original?.[name] as Doc | undefined)

/**
 * What an album points at in `media-files` must be of the right kind (a video in the video, an
 * audio file in the audio, subtitles in the tracks), and a duration left empty is the file's.
 * The admin's pickers already filter by kind; this covers the API and a file replaced since.
 */
export const checkAlbumMedia: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind
  const load = async (value: unknown, expected: Kind, path: string) => {
    const id = idOf(value)
    if (!id) return null
    const file = await req.payload
      .findByID({ collection: 'media-files', id, depth: 0, req, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    if (!file || file.kind !== expected)
      throw invalidField(path, MEDIA_MESSAGES.wrongFileKind(EXPECTED_FILE[expected]))
    return file
  }

  if (kind === 'video') {
    const video = group(data, originalDoc, 'video')
    if (video) {
      if ((video.source ?? 'file') === 'file') {
        const file = await load(video.file, 'video', 'video.file')
        if (!file) throw invalidField('video.file', MEDIA_MESSAGES.videoFileRequired)
        if (video.durationSeconds == null && file.durationSeconds != null)
          video.durationSeconds = file.durationSeconds
      }
      const tracks = Array.isArray(video.tracks) ? (video.tracks as Doc[]) : []
      for (const [i, track] of tracks.entries()) await load(track.file, 'subtitles', `video.tracks.${i}.file`)
      data.video = video
    }
  }
  if (kind === 'audio') {
    const audio = group(data, originalDoc, 'audio')
    const file = await load(audio?.file, 'audio', 'audio.file')
    if (!file) throw invalidField('audio.file', MEDIA_MESSAGES.audioFileRequired)
    if (audio!.durationSeconds == null && file.durationSeconds != null)
      audio!.durationSeconds = file.durationSeconds
    data.audio = audio
  }
  return data
}
