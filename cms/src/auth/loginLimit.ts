import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { addressAllowance } from '../endpoints/rateLimit'
import { clientAddress } from '../endpoints/publicRequest'
import { bilingual, type Label } from '../i18n'

/**
 * Failed sign-ins per client address, on top of Payload's per-account lockout: the lockout stops
 * guessing one account's password, this stops one address from trying many accounts. Every
 * attempt takes one from the allowance and a successful one gives it back, so only failures
 * count and a whole office behind one NAT can still sign in every morning. `LOGIN_RATE_LIMIT`,
 * `LOGIN_SHARED_RATE_LIMIT` and `LOGIN_RATE_WINDOW_SECONDS` tune it.
 */
export const loginAllowance = addressAllowance('login', 'LOGIN', {
  perAddress: 10,
  shared: 100,
  windowSeconds: 15 * 60,
})

export const LOGIN_MESSAGES = {
  tooManyAttempts: (minutes: number): Label => ({
    vi: `Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau khoảng ${minutes} phút.`,
    en: `Too many failed sign-ins from this address. Please try again in about ${minutes} minutes.`,
  }),
}

/** Sign-ins through HTTP (the admin form, REST); the local API is the server's own code. */
const fromClient = (req: PayloadRequest) => req.payloadAPI !== 'local'

export const limitLoginAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || !fromClient(req)) return args
  const wait = await loginAllowance.take(clientAddress(req))
  if (wait !== null) {
    // Payload's error answer carries req.responseHeaders.
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('retry-after', String(wait))
    throw new APIError(bilingual(LOGIN_MESSAGES.tooManyAttempts(Math.ceil(wait / 60))), 429, undefined, true)
  }
  return args
}

export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  if (fromClient(req)) await loginAllowance.giveBack(clientAddress(req))
  return user
}
