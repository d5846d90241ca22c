import { z } from 'zod'
import { SNAPSHOT_VERSION } from '@cong/shared/snapshot'
import type { PublishEvent } from '@cong/shared/webhook'

/** What `POST /webhook` accepts: the `PublishEvent` the CMS sends (shared/src/webhook.ts). */
/**
 * Names that end up in build records and log lines: no control or invisible format characters,
 * so a signed but broken sender cannot forge a log line or hide text (a line break, ESC, U+202E).
 */
const printable = (max: number) => z.string().max(max).regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u, 'control or format character')

export const publishEventSchema = z.strictObject({
  event: z.enum(['publish', 'unpublish', 'update', 'delete', 'rebuild']),
  collection: printable(100).min(1),
  id: printable(200).optional(),
  slug: printable(300).optional(),
  at: z.iso.datetime({ offset: true }),
}) satisfies z.ZodType<PublishEvent>

export const rebuildBodySchema = z.strictObject({
  force: z.boolean().optional(),
  reason: z.string().max(500).optional(),
})

export const rollbackBodySchema = z.strictObject({
  to: z.string().max(40).optional(),
  reason: z.string().max(500).optional(),
})

/**
 * A site path the publisher may write a snapshot file to: absolute, plain segments only, so a
 * snapshot can never place a file outside the release or in its hidden metadata folder.
 */
export const sitePathSchema = z
  .string()
  .max(1024)
  .regex(/^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+$/, 'must be an absolute path of plain segments')
  .refine((p) => !p.split('/').includes('..'), 'must not contain ..')

/**
 * The part of the snapshot the publisher relies on. The content itself is the site build's
 * business; checking only the envelope keeps the publisher independent of content changes.
 */
export const snapshotEnvelopeSchema = z.looseObject({
  version: z.literal(SNAPSHOT_VERSION, { error: (issue) => `unsupported snapshot version ${JSON.stringify(issue.input)} (expected ${SNAPSHOT_VERSION})` }),
  generatedAt: z.string(),
  siteUrl: z.string(),
  cmsPublicUrl: z.string(),
  settings: z.looseObject({}),
  sections: z.array(z.unknown()),
  units: z.array(z.unknown()),
  articles: z.array(z.unknown()),
  pages: z.array(z.unknown()),
  files: z.array(
    z.looseObject({
      path: sitePathSchema,
      sourceUrl: z.string().min(1),
      bytes: z.number().int().nonnegative().optional(),
    }),
  ),
})

export type SnapshotEnvelope = z.infer<typeof snapshotEnvelopeSchema>

/** One line per issue, naming the field: `files.3.path: must not contain ..`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
    .join('; ')
}
