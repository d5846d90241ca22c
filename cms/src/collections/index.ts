import type { CollectionConfig } from 'payload'
import { TRANSLATABLE_COLLECTIONS } from '@cong/shared/translation'
import { Albums } from './Albums'
import { Articles } from './Articles'
import { CaseFiles } from './CaseFiles'
import { Cases } from './Cases'
import { AuditLog } from './AuditLog'
import { DocumentFiles } from './DocumentFiles'
import { DraftComments } from './DraftComments'
import { Drafts } from './Drafts'
import { LegalDocuments } from './LegalDocuments'
import { Media } from './Media'
import { MediaFiles } from './MediaFiles'
import { Pages } from './Pages'
import { QuotaReminders } from './QuotaReminders'
import { Sections } from './Sections'
import { translationsCollection } from './Translations'
import { Units } from './Units'
import { Users } from './Users'
import { ViewTallies } from './ViewTallies'

/** Order is the admin's navigation order within each group. */
const itemCollections: CollectionConfig[] = [
  Articles,
  Pages,
  Sections,
  Media,
  MediaFiles,
  Albums,
  LegalDocuments,
  Drafts,
  DraftComments,
  DocumentFiles,
  Cases,
  CaseFiles,
  Units,
  Users,
  AuditLog,
  QuotaReminders,
  ViewTallies,
]

/** The translation records point at whichever translatable collections are registered above. */
export const collections: CollectionConfig[] = [
  ...itemCollections,
  translationsCollection(
    itemCollections.map((c) => c.slug).filter((slug) => (TRANSLATABLE_COLLECTIONS as readonly string[]).includes(slug)),
  ),
]
