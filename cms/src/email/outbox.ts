import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { repoRoot } from '../db/adapter'

/**
 * Where the CMS's e-mail goes when no mail server is configured (the demo portal, tests): each
 * message is written as a JSON file under `CONG_MAIL_DIR` (default `<repo>/var/mail/`) and announced on
 * one log line, so a demo user can read what the portal sent and a test can assert on it.
 * Production configures an SMTP adapter instead; nothing here ever leaves the machine.
 */
export interface OutboxMessage {
  to: string[]
  subject: string
  text: string
  html?: string
  from: string
  at: string
}

/** Messages sent by this process, newest last: what tests read. */
export const sentMessages: OutboxMessage[] = []

const addresses = (value: SendEmailOptions['to']): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => (typeof a === 'string' ? a : a.address))

export const outboxAdapter =
  (dir = process.env.CONG_MAIL_DIR ?? path.join(process.env.CONG_VAR_DIR ?? path.join(repoRoot(), 'var'), 'mail')): EmailAdapter =>
  ({ payload }) => ({
    name: 'cong-outbox',
    defaultFromAddress: process.env.CONG_MAIL_FROM ?? 'no-reply@cong.local',
    defaultFromName: 'Cổng thông tin điện tử',
    sendEmail: async (message) => {
      const entry: OutboxMessage = {
        to: addresses(message.to),
        subject: String(message.subject ?? ''),
        text: String(message.text ?? ''),
        html: typeof message.html === 'string' ? message.html : undefined,
        from: typeof message.from === 'string' ? message.from : 'no-reply@cong.local',
        at: new Date().toISOString(),
      }
      sentMessages.push(entry)
      await mkdir(dir, { recursive: true })
      const file = path.join(dir, `${entry.at.replace(/[:.]/g, '-')}-${sentMessages.length}.json`)
      await writeFile(file, JSON.stringify(entry, null, 2))
      payload.logger.info(`E-mail to ${entry.to.join(', ')}: «${entry.subject}» written to ${file}`)
      return { file }
    },
  })
