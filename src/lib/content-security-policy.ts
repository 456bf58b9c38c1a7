import { createHash } from 'node:crypto';

/** The directives every page gets; scripts and styles are same-origin files. */
const BASE = [
	"default-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"style-src 'self'",
];

/** The CSP source expression that allows exactly this inline script text. */
export const sha256Source = (text: string) =>
	`'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A strict Content Security Policy: same-origin files only, plus a hash for each inline script
 * the page really has. Pagefind compiles its search engine from WebAssembly, hence
 * 'wasm-unsafe-eval'; nothing may eval JavaScript, and no inline style is allowed.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
	const hashes = [...new Set(inlineScripts)].map(sha256Source);
	return [...BASE, ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' ')].join('; ');
}
