import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy, sha256Source } from './content-security-policy.ts';

/** The directives of a policy, by name. */
const directives = (policy: string) =>
	new Map(
		policy.split(';').map((d) => {
			const [name, ...values] = d.trim().split(/\s+/);
			return [name, values] as const;
		}),
	);

describe('contentSecurityPolicy', () => {
	it('allows same-origin scripts and WebAssembly, never inline or eval without a hash', () => {
		const scripts = directives(contentSecurityPolicy([])).get('script-src');
		assert.deepEqual(scripts, ["'self'", "'wasm-unsafe-eval'"]);
	});
	it('allows exactly the inline scripts it is given, once each', () => {
		const text = 'document.documentElement.dataset.theme = "dark"';
		const scripts = directives(contentSecurityPolicy([text, text])).get('script-src') ?? [];
		const expected = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
		assert.deepEqual(scripts.slice(2), [expected]);
		assert.equal(sha256Source(text), expected);
	});
	it('allows no inline style and no plugins, and keeps everything else same-origin', () => {
		const d = directives(contentSecurityPolicy([]));
		assert.deepEqual(d.get('style-src'), ["'self'"]);
		assert.deepEqual(d.get('object-src'), ["'none'"]);
		assert.deepEqual(d.get('default-src'), ["'self'"]);
		assert.deepEqual(d.get('base-uri'), ["'self'"]);
	});
});
