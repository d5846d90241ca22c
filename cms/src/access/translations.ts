import { fieldHasRole, hasRole } from './hasRole'

/** Who sees translation records: the people who translate, decide what needs English, or publish it. */
export const translationReaders = hasRole('translator', 'editor', 'board', 'admin')
/** Who may write a record's working English (Q&A only); moves go through the move endpoint. */
export const translationWriters = hasRole('translator', 'board', 'admin')
export const fieldTranslationWriters = fieldHasRole('translator', 'board', 'admin')
