import { Mark } from './Mark'

/** The navigation's small icon. */
export const Icon = () => <Mark size={18} />
