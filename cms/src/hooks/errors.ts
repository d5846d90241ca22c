import { APIError } from 'payload'
import { bilingual, type Label } from '../i18n'

/** A refused save: the message is shown as is by the admin and returned by REST. */
export const refused = (label: Label): APIError => new APIError(bilingual(label), 403)

/** An invalid value in one field: the admin marks the field, REST returns 400 with the message. */
export const invalidField = (path: string, label: Label): APIError =>
  new APIError(bilingual(label), 400, { errors: [{ path, message: bilingual(label) }] })
