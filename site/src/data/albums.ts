import { imageRenditions, srcsetOf } from '@cong/shared/images'
import { formatDuration } from '@cong/shared/media'
import { albumPath, routes } from '@cong/shared/routes'
import type { AlbumKind, Locale, SnapshotAlbum, SnapshotImage, SnapshotUnit } from '@cong/shared/snapshot'
import { fmt, strings } from '../i18n'
import type { SiteData } from './snapshot'

const ordered = new WeakMap<SiteData, { lists: Record<Locale, SnapshotAlbum[]>; byId: Map<string, SnapshotAlbum> }>()

function index(data: SiteData) {
  let found = ordered.get(data)
  if (!found) {
    const newest = [...data.snapshot.albums].sort(
      (a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id),
    )
    found = { lists: { vi: newest, en: newest.filter((a) => a.en) }, byId: new Map(newest.map((a) => [a.id, a])) }
    ordered.set(data, found)
  }
  return found
}

/** Albums with text in `locale`, of one kind or all, newest first (the order of routes.ts). */
export function albumsOf(data: SiteData, locale: Locale, kind?: AlbumKind): SnapshotAlbum[] {
  const list = index(data).lists[locale]
  return kind ? list.filter((a) => a.kind === kind) : list
}

export const album = (data: SiteData, id: string): SnapshotAlbum | undefined => index(data).byId.get(id)

export const albumHref = (album: SnapshotAlbum, locale: Locale): string => albumPath(album, locale)!

export const durationOf = (album: SnapshotAlbum): number | undefined =>
  album.video?.durationSeconds ?? album.audio?.durationSeconds

/** What a card says under the title: "12 ảnh" for a photo album, "3:05" for a recording. */
export function albumAmount(album: SnapshotAlbum, locale: Locale): { text: string; label?: string } | undefined {
  const t = strings(locale).media
  if (album.photos) return { text: fmt(t.photoCount, { count: album.photos.length }) }
  const seconds = durationOf(album)
  const text = seconds === undefined ? '' : formatDuration(seconds)
  return text ? { text, label: t.duration } : undefined
}

/** The largest file of an image and its srcset, for the lightbox and the no-script link. */
export function fullImage(image: SnapshotImage): { src: string; srcset: string } {
  const files = imageRenditions(image).fallback
  return { src: files[files.length - 1].path, srcset: srcsetOf(files) }
}

/** The album's unit as a page in `locale` links to it: its own language, else the Vietnamese page. */
export function albumUnit(
  data: SiteData,
  album: SnapshotAlbum,
  locale: Locale,
): { unit: SnapshotUnit; name: string; href: string; lang?: 'vi' } | undefined {
  const unit = album.unitId ? data.unit(album.unitId) : undefined
  if (!unit) return undefined
  const own = unit[locale]
  return own
    ? { unit, name: own.name, href: routes.unit(locale, unit.slug) }
    : { unit, name: unit.vi.name, href: routes.unit('vi', unit.slug), lang: locale === 'vi' ? undefined : 'vi' }
}
