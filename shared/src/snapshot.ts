/**
 * The content snapshot: a typed JSON export of everything the public may see, pulled by the
 * publisher from the CMS (`GET /api/snapshot`) and rendered by the Astro site. It never holds
 * personal data (no user e-mails, no citizen contacts). Vietnamese is the source language: every
 * item has `vi`; `en` is present only when a published English version exists.
 */
export const SNAPSHOT_VERSION = 1

export type Locale = 'vi' | 'en'
export const LOCALES: readonly Locale[] = ['vi', 'en']

/** An image file the site serves at `path` (e.g. `/media/cover-800.webp`). */
export interface SnapshotImageFile {
  path: string
  width: number
  height: number
}

export interface SnapshotImage extends SnapshotImageFile {
  mediaId: string
  mimeType: string
  alt: { vi: string; en?: string }
  caption?: { vi?: string; en?: string }
  credit?: string
  /** Smaller renditions for srcset, keyed by size name (`thumbnail`, `card`, `hero`). */
  sizes: Record<string, SnapshotImageFile>
}

/** A file the publisher must copy into the release: `path` on the site, fetched from `sourceUrl`. */
export interface SnapshotFile {
  path: string
  sourceUrl: string
  bytes?: number
}

export interface SnapshotArticleText {
  title: string
  slug: string
  sapo: string
  bodyHtml: string
  coverCaption?: string
}

export interface SnapshotArticle {
  id: string
  sectionIds: string[]
  unitId?: string
  publishedAt: string
  updatedAt: string
  featured: boolean
  origin: 'own' | 'republished'
  source?: { name: string; url?: string; permission?: string }
  author?: string
  tags: string[]
  relatedIds: string[]
  cover?: SnapshotImage
  viewCount: number
  vi: SnapshotArticleText
  en?: SnapshotArticleText
}

export interface SnapshotSectionText {
  title: string
  description?: string
}

export interface SnapshotSection {
  id: string
  slug: string
  /** `topic` sections are the chuyên đề pages (e.g. "Bộ luật Lao động 2019"). */
  kind: 'section' | 'topic'
  parentId?: string
  order: number
  showOnHome: boolean
  vi: SnapshotSectionText
  en?: SnapshotSectionText
}

export interface SnapshotLeader {
  name: string
  isHead: boolean
  photo?: SnapshotImage
  email?: string
  phone?: string
  vi: { title: string; bio?: string; responsibilities?: string }
  en?: { title: string; bio?: string; responsibilities?: string }
}

export interface SnapshotUnit {
  id: string
  slug: string
  parentId?: string
  kind: string
  order: number
  address?: string
  phone?: string
  email?: string
  website?: string
  legalBasis?: string
  leaders: SnapshotLeader[]
  vi: { name: string; functionsHtml?: string }
  en?: { name: string; functionsHtml?: string }
}

export interface SnapshotPage {
  id: string
  slug: string
  /** `about`, `spokesperson`, `contact` or `generic`. */
  kind: string
  updatedAt: string
  vi: { title: string; bodyHtml: string }
  en?: { title: string; bodyHtml: string }
}

export interface SnapshotSettings {
  vi: { siteName: string; tagline?: string; footerNote?: string }
  en: { siteName: string; tagline?: string; footerNote?: string }
  address?: string
  phone?: string
  email?: string
  logo?: SnapshotImage
  quickLinks: { url: string; vi: string; en?: string }[]
  onlineServicesUrl?: string
}

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION
  generatedAt: string
  /** Public base URL of the static site, for canonical links and feeds. */
  siteUrl: string
  /** Public base URL of the CMS, for the view counter and forms. */
  cmsPublicUrl: string
  settings: SnapshotSettings
  sections: SnapshotSection[]
  units: SnapshotUnit[]
  articles: SnapshotArticle[]
  pages: SnapshotPage[]
  files: SnapshotFile[]
}
