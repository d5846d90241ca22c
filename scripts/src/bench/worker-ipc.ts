/** What the bench worker tells `run.ts` once the CMS config has loaded. */
export const LOADED_MESSAGE = 'bench-cms-config-loaded'
