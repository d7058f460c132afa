// One Content-Security-Policy for the desktop app (sent by the app:// protocol handler) and the
// web mode (sent by the local server). Nothing remote is allowed, ever: case data must not be
// able to leave the machine through the page.

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  // 'wasm-unsafe-eval': the vault's key derivation (Argon2id, hash-wasm) is WebAssembly. It allows
  // compiling wasm only, not eval() of JavaScript.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // Styles: stylesheets from the app only. React and React Flow set styles through the CSSOM,
  // which CSP does not restrict, so no 'unsafe-inline' is needed.
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['frame-src', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Headers sent with every page of the app, in both modes. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // No 'bluetooth': Chromium does not know it as a policy feature and logs a warning on every load
  // (Web Bluetooth is refused anyway: the desktop shell denies every permission request).
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};
