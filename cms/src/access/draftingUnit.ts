import { hasRole } from './hasRole'
import { ownUnitOrEditorialBy } from './ownUnitOrEditorial'
import { ownUnitOrReviewerBy } from './ownUnitOrReviewer'

/** Who starts a draft for comment: the unit's contributors and the editorial roles. */
export const isDraftWriter = hasRole('contributor', 'editor', 'board', 'admin')

/** Reading drafts for comment: as articles, by drafting unit. */
export const ownDraftingUnitOrReviewer = ownUnitOrReviewerBy('draftingUnit')

/**
 * Editing drafts: the drafting unit's contributors and the editorial roles; translators in
 * English only. Publishing is narrower still (`publishOnlyByEditorial`).
 */
export const ownDraftingUnitOrEditorial = ownUnitOrEditorialBy('draftingUnit')
