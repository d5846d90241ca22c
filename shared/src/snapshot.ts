/**
 * The content snapshot: a typed JSON export of everything the public may see, pulled by the
 * publisher from the CMS (`GET /api/snapshot`) and rendered by the Astro site. It never holds
 * personal data (no user e-mails, no citizen contacts). Vietnamese is the source language: every
 * item has `vi`; `en` is present only when a published English version exists.
 */
import type { CaseType, SenderKind } from './citizenCase'
import type { DraftStatus } from './commentPeriod'
import type { Validity } from './legalValidity'
import type { LegalDocType, LegalField, LegalRelationKind, LegalRelationScope } from './legalVocabulary'
import type { IsoDate } from './vnDate'

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

/** A downloadable file of a document or draft (PDF, DOC, DOCX), served at `path`. */
export interface SnapshotAttachment {
  path: string
  /** The file name as the agency named it, for the link text and the download. */
  name: string
  mimeType: string
  bytes: number
  label?: { vi?: string; en?: string }
}

export interface SnapshotLegalRelation {
  kind: LegalRelationKind
  /** `outgoing`: this document acts on the other; `incoming`: the other acts on this one. */
  direction: 'outgoing' | 'incoming'
  scope: LegalRelationScope
  documentId: string
  note?: string
}

export interface SnapshotLegalDocument {
  id: string
  /** Built from the number (`14-2017-nd-cp`): the document's URL never changes. */
  slug: string
  number: string
  type: LegalDocType
  fields: LegalField[]
  issuingBody: { vi: string; en?: string }
  signer?: { name: string; title: { vi: string; en?: string } }
  issuedDate: IsoDate
  effectiveDate?: IsoDate
  expiryDate?: IsoDate
  /** Computed with `computeValidity` when the snapshot is made; `status` null for directive documents. */
  validity: Validity
  relations: SnapshotLegalRelation[]
  attachments: SnapshotAttachment[]
  updatedAt: string
  vi: { summary: string; fullTextHtml?: string }
  en?: { summary: string; fullTextHtml?: string }
}

/** An approved public comment; the commenter's contacts never leave the CMS. */
export interface SnapshotDraftComment {
  reference: string
  name: string
  organisation?: string
  clause?: string
  text: string
  submittedAt: string
}

export interface SnapshotDraft {
  id: string
  slug: string
  type: LegalDocType
  draftingUnitId?: string
  fields: LegalField[]
  opensOn: IsoDate
  closesOn: IsoDate
  /** Computed with `draftStatus` when the snapshot is made; the comment form re-checks the period live. */
  status: DraftStatus
  resultingDocumentId?: string
  files: SnapshotAttachment[]
  /** Báo cáo tổng hợp, tiếp thu, giải trình, published after the period. */
  summary?: { html?: string; files: SnapshotAttachment[]; publishedAt?: string }
  comments: SnapshotDraftComment[]
  updatedAt: string
  vi: { title: string; descriptionHtml?: string }
  en?: { title: string; descriptionHtml?: string }
}

/**
 * A citizen's question the board approved for Hỏi – Đáp. Only what the board chose to publish
 * leaves the CMS: the question as edited for publication, never the sender's name or contacts.
 */
export interface SnapshotQuestion {
  id: string
  /** Built from the title and a number of the case: stable once published. */
  slug: string
  type: CaseType
  senderKind: SenderKind
  field: LegalField
  /** The answering unit. */
  unitId?: string
  askedAt: string
  answeredAt: string
  updatedAt: string
  vi: { title: string; question: string; answerHtml: string }
  en?: { title: string; question: string; answerHtml: string }
}

export type AlbumKind = 'photo' | 'video' | 'audio'
export const ALBUM_KINDS: readonly AlbumKind[] = ['photo', 'video', 'audio']

/** A video or audio file, or a subtitle file, the site serves at `path`. */
export interface SnapshotMediaFile {
  path: string
  mimeType: string
  bytes: number
}

/** One photo of a photo album, in the album's order. */
export interface SnapshotAlbumPhoto {
  /** The album row's id: stable across reorders, the lightbox's anchor. */
  id: string
  image: SnapshotImage
  alt: { vi: string; en?: string }
  caption?: { vi?: string; en?: string }
  /** Photographer or source. */
  credit?: string
}

/** A WebVTT file for a `<track>`. */
export interface SnapshotTextTrack extends SnapshotMediaFile {
  /** The language spoken in the track: `vi` or `en`. */
  lang: Locale
  kind: 'subtitles' | 'captions'
  /** What the player's menu shows, e.g. "Tiếng Việt", "English". */
  label: string
}

export interface SnapshotAlbumText {
  title: string
  slug: string
  description?: string
  /** Transcript of a video or audio item, as HTML paragraphs. */
  transcriptHtml?: string
}

/**
 * A multimedia item (Đa phương tiện): a photo album, a video or an audio recording. Exactly one of
 * `photos` (non-empty, photo), `video` and `audio` is set, matching `kind`.
 */
export interface SnapshotAlbum {
  id: string
  kind: AlbumKind
  sectionIds: string[]
  unitId?: string
  publishedAt: string
  updatedAt: string
  /** The grid's picture: the first photo, the video's poster, or none for audio. */
  cover?: SnapshotImage
  /** Photographer, author or source of a video or recording. */
  credit?: string
  photos?: SnapshotAlbumPhoto[]
  video?: {
    /** An uploaded file (`<video>`), or `embed` from an allowed host (an `<iframe>`), never both. */
    file?: SnapshotMediaFile
    embed?: { provider: string; embedUrl: string; pageUrl: string }
    poster?: SnapshotImage
    durationSeconds?: number
    tracks: SnapshotTextTrack[]
  }
  audio?: { file: SnapshotMediaFile; durationSeconds?: number }
  vi: SnapshotAlbumText
  en?: SnapshotAlbumText
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
  legalDocuments: SnapshotLegalDocument[]
  drafts: SnapshotDraft[]
  questions: SnapshotQuestion[]
  albums: SnapshotAlbum[]
  files: SnapshotFile[]
}
