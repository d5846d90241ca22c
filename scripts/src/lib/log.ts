/**
 * One human-readable line per event: `2025-06-11T08:30:00.123Z INFO  publisher build started id=… trigger=webhook`.
 * Services take a `Logger` so tests can keep the output quiet or capture it.
 */
export type Fields = Record<string, string | number | boolean | null | undefined>
export type Level = 'info' | 'warn' | 'error'

export interface Logger {
  info(message: string, fields?: Fields): void
  warn(message: string, fields?: Fields): void
  error(message: string, fields?: Fields): void
}

export function formatFields(fields: Fields = {}): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      const text = String(v)
      return `${k}=${/[\s"=]/.test(text) || text === '' ? JSON.stringify(text) : text}`
    })
    .join(' ')
}

export function formatLine(level: Level, scope: string, message: string, fields?: Fields, now = new Date()): string {
  const extra = formatFields(fields)
  return `${now.toISOString()} ${level.toUpperCase().padEnd(5)} ${scope} ${message}${extra ? ' ' + extra : ''}`
}

export function createLogger(scope: string, write: (line: string) => void = (line) => process.stdout.write(line + '\n')): Logger {
  const at = (level: Level) => (message: string, fields?: Fields) => write(formatLine(level, scope, message, fields))
  return { info: at('info'), warn: at('warn'), error: at('error') }
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} }
