/** What the seed worker tells `run.ts` once the CMS config has loaded (see run.ts for why). */
export const LOADED_MESSAGE = 'cms-config-loaded'
