export * from './roles'
export * from './workflow'
export * from './snapshot'
// webhook.ts uses node:crypto: import it as '@cong/shared/webhook' from server code only.
export * from './fold'
export * from './slug'
export * from './normalize'
