'use client'
import { SaveButton } from '@payloadcms/ui'

/**
 * Payload's draft buttons ("Save draft", "Publish", "Unpublish") would suggest that anyone may
 * publish; in Cổng the workflow state decides. One Save button stays for the content; the
 * workflow buttons save with their move themselves.
 */
export const WorkflowSaveButton = () => <SaveButton />

export const NoButton = () => null
