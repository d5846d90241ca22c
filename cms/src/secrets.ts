/**
 * Secrets are never defaulted in code: a missing one stops the process with a message saying
 * what to set. The portal command writes a `.env` with fresh random values on first run.
 */
export function requireSecret(name: string): string {
  const value = process.env[name]
  if (!value || value.length < 16) {
    throw new Error(
      `${name} is not set (or shorter than 16 characters). Set it in the environment or in .env ` +
        `at the repository root; \`pnpm portal\` creates one with random values.`,
    )
  }
  return value
}
