/**
 * The Content-Security-Policy, one definition for the meta tag (csp() in vitePlugins.ts) and the headers
 * documented in the README. No inline script, no eval (zod runs jitless), workers only from our
 * own origin (the layout worker is a file, not a blob:), no third-party origins.
 *
 * The single-file build (liaison.html, opened from disk) has its script and stylesheet inline:
 * its policy allows exactly those by their hashes, and workers from blob: URLs (its workers are
 * embedded); it fetches nothing.
 */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

export function contentSecurityPolicy(mode: "build" | "dev" | "single", inline?: InlineHashes): string {
  if (mode === "single") {
    if (!inline?.scripts.length) throw new Error("the single-file policy needs the hashes of its scripts");
    const hashes = (list: string[]) => list.map((h) => `'sha256-${h}'`).join(" ");
    return [
      "default-src 'none'",
      `script-src ${hashes(inline.scripts)}`,
      "worker-src blob:",
      inline.styles.length ? `style-src ${hashes(inline.styles)}` : "style-src 'none'",
      "img-src data: blob:",
      "connect-src 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join("; ");
  }
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    // The layout and validation workers, and the service worker (sw.js).
    "worker-src 'self'",
    // Vite's dev server injects <style> tags for hot reload; the built app uses stylesheets only.
    mode === "dev" ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'" + (mode === "dev" ? " ws:" : ""),
    // The web app manifest (manifest.webmanifest).
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
  return directives.join("; ");
}
