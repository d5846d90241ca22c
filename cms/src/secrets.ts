/**
 * Secrets are never defaulted in code: a missing one stops the process with a message saying
 * what to set. The portal command writes a `.env` with fresh random values on first run.
 */
export function requireSecret(name: string): string {
  const value = process.env[name]
  if (!value || value.length < 16) {
    throw new Error(
      `${name} chưa được đặt hoặc ngắn hơn 16 ký tự / is not set (or shorter than 16 characters). Set it in the environment or in .env ` +
        `at the repository root; \`pnpm portal\` creates one with random values.`,
    )
  }
  return value
}

export const MIN_SECRET_LENGTH = 16

/**
 * The key the CMS signs webhooks with and checks the publisher's snapshot pulls against. A CMS
 * that is told where the publisher is (`PUBLISHER_URL`) cannot publish without it, and would
 * otherwise start and silently never rebuild the site; a key that is set but short is refused
 * everywhere. Without `PUBLISHER_URL` (a script on the local API, a CMS without a publisher) it
 * may be absent: signed requests are then refused, never accepted unsigned.
 */
export function checkWebhookSecret(env: Record<string, string | undefined> = process.env): void {
  const secret = env.PUBLISHER_WEBHOOK_SECRET
  if (secret && secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `PUBLISHER_WEBHOOK_SECRET quá ngắn / is too short (${secret.length} characters; at least ${MIN_SECRET_LENGTH}). ` +
        'Use the same long random value as the publisher (`pnpm portal` writes one to .env).',
    )
  }
  if (!secret && env.PUBLISHER_URL) {
    throw new Error(
      `PUBLISHER_WEBHOOK_SECRET chưa được đặt / is not set, but PUBLISHER_URL is (${env.PUBLISHER_URL}): the CMS could ` +
        'not sign its webhooks and the public site would never be rebuilt. Set the same value as the publisher ' +
        'in the environment or in .env at the repository root.',
    )
  }
}
