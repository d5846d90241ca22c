// Tests never depend on a developer's .env: secrets are fixed test values.
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production-0123456789'
process.env.PUBLISHER_WEBHOOK_SECRET ??= 'test-webhook-secret-0123456789abcdef'
process.env.PAYLOAD_DISABLE_ADMIN ??= 'true'
// Tests run the publishing job themselves; no cron may fire in the background.
process.env.CONG_JOBS_AUTORUN ??= 'false'
