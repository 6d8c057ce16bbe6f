/**
 * The Content-Security-Policy, one definition for the meta tag (csp() in vitePlugins.ts) and the headers
 * documented in the README. No inline script, no eval (zod runs jitless), workers only from our
 * own origin (the layout worker is a file, not a blob:), no third-party origins.
 */
export function contentSecurityPolicy(mode: "build" | "dev"): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    // Vite's dev server injects <style> tags for hot reload; the built app uses stylesheets only.
    mode === "dev" ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'" + (mode === "dev" ? " ws:" : ""),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
  return directives.join("; ");
}
