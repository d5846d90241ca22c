'use client'
import { SaveButton } from '@payloadcms/ui'

/**
 * Payload's draft buttons ("Save draft", "Publish", "Unpublish") would suggest that anyone may
 * publish; in Cổng the workflow state decides. One Save button stays: it saves the content and
 * applies the move chosen with the workflow buttons.
 */
export const WorkflowSaveButton = () => <SaveButton />

export const NoButton = () => null
