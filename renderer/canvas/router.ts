// libavoid (the connector router behind routed links, shared/genogram/routing.ts) for the app:
// its WebAssembly file is loaded once, on demand, after the canvas is first drawn, so it adds
// nothing to the first download nor to opening a case. The Content-Security-Policy allows
// compiling WebAssembly ('wasm-unsafe-eval', shared/security/csp.ts) and fetching it from the
// app itself ('self'), in the web mode and in the desktop app (served as application/wasm by the
// app:// protocol).
import { routeCase, type Avoid } from '../../shared/genogram/routing';
import type { CaseDocument } from '../../shared/model/case';
import type { LinkRoutes } from '../../shared/render/links';

let loading: Promise<Avoid> | null = null;
let loaded: Avoid | null = null;

export function loadAvoid(): Promise<Avoid> {
  loading ??= (async () => {
    const [{ AvoidLib }, { default: wasmUrl }] = await Promise.all([import('libavoid-js'), import('../../node_modules/libavoid-js/dist/libavoid.wasm?url')]);
    await AvoidLib.load(wasmUrl);
    // Its own typings do not match its API (routing.ts says what is used).
    loaded = AvoidLib.getInstance() as unknown as Avoid;
    return loaded;
  })();
  return loading;
}

let shown: { doc: CaseDocument; routes: LinkRoutes } | null = null;

/** The canvas says which routes it draws the case on screen with (exports reuse them). */
export function setShownRoutes(doc: CaseDocument | null, routes: LinkRoutes | undefined): void {
  shown = doc && routes ? { doc, routes } : null;
}

/**
 * Routes for an export: the canvas's own for the case on screen (so the file shows exactly the
 * same lines), routed afresh for another (the anonymised copy); none if libavoid is not loaded.
 */
export function routesFor(doc: CaseDocument): LinkRoutes | undefined {
  if (shown?.doc === doc) return shown.routes;
  return loaded ? routeCase(loaded, doc) : undefined;
}
