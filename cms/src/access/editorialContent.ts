import type { CollectionConfig } from 'payload'
import { isArticleWriter, isBoardOrAdmin } from './hasRole'
import { ownUnitOrEditorial } from './ownUnitOrEditorial'
import { ownUnitOrReviewer } from './ownUnitOrReviewer'

/**
 * Who reads and writes the editorial content units produce (articles, multimedia albums): a unit's
 * contributors their own unit's items, the editorial office and board everything; only the board
 * and admins delete.
 */
export const editorialContentAccess: CollectionConfig['access'] = {
  read: ownUnitOrReviewer,
  create: isArticleWriter,
  update: ownUnitOrEditorial,
  delete: isBoardOrAdmin,
  readVersions: isArticleWriter,
}
