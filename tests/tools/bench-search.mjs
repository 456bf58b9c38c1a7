// npm run bench:search: search quality on the built site. Runs every question of
// tests/search-quality/questions.<locale>.json through the browser's own search code
// (src/scripts/pagefind-client.ts, bundled with esbuild exactly as the pages import it) against
// the Pagefind index of a built site, in headless Chromium, and reports top-1 and top-3 per
// locale. A question whose pages are not built yet counts as "pending", not as a miss.
// Usage: node tests/tools/bench-search.mjs [--dist dist] [--port 4398] [--json out.json]
//        [--locale en] [--misses] [--raw]   (--raw: Pagefind alone, without the query pipeline)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';

const ROOT = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: process.env.DIST_DIR ?? 'dist' },
		port: { type: 'string', default: process.env.BENCH_PORT ?? '4398' },
		json: { type: 'string' },
		locale: { type: 'string' },
		misses: { type: 'boolean', default: false },
		raw: { type: 'boolean', default: false },
	},
});
const DIST = resolve(ROOT, values.dist);
const LOCALES = values.locale ? [values.locale] : ['fi', 'en', 'zh-cn'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(0)}%` : '–');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Every built page path of a locale (`/en/troubleshooting/x/`). */
function builtPaths(locale) {
	const out = [];
	const walk = (dir, path) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			if (e.isDirectory()) walk(join(dir, e.name), `${path}${e.name}/`);
			else if (e.name === 'index.html') out.push(path);
		}
	};
	walk(join(DIST, locale), `/${locale}/`);
	return out;
}

/** The built path answering a slug, also when a new page landed in another section; else undefined. */
function pathFor(paths, locale, slug) {
	const exact = `/${locale}/${slug}/`;
	if (paths.includes(exact)) return exact;
	const last = slug.split('/').pop();
	return paths.find((p) => p.endsWith(`/${last}/`));
}

/** The browser bundle: the same module the pages import, or Pagefind alone for --raw. */
async function bundle() {
	const entry = values.raw
		? `export async function searchSite(q, { limit = 8 } = {}) {
				const url = '/pagefind/pagefind.js';
				const pf = await import(url); await pf.init();
				const r = await pf.search(q);
				return Promise.all(r.results.slice(0, limit).map((x) => x.data()));
			}`
		: `export { searchSite } from './src/scripts/pagefind-client.ts';`;
	const out = await build({
		stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
		bundle: true,
		format: 'esm',
		write: false,
		minify: true,
		define: { 'import.meta.env.BASE_URL': '"/"' },
		external: ['/pagefind/*'],
	});
	return out.outputFiles[0].text;
}

async function serve(port) {
	const child = spawn(
		process.execPath,
		[join(ROOT, 'tests/tools/serve.mjs'), '--dir', DIST, '--port', String(port)],
		{ stdio: 'ignore' },
	);
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`http://127.0.0.1:${port}/fi/`);
			return child;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	child.kill();
	throw new Error('server did not start');
}

if (!existsSync(join(DIST, 'pagefind'))) {
	console.error(`bench:search: no Pagefind index in ${DIST}. Build first (npm run build).`);
	process.exit(1);
}
const code = await bundle();
const port = Number(values.port);
const server = await serve(port);
const browser = await chromium.launch({
	executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const report = {
	date: new Date().toISOString(),
	mode: values.raw ? 'raw' : 'pipeline',
	locales: {},
};
const started = performance.now();
try {
	const context = await browser.newContext({ bypassCSP: true });
	await context.route('**/__bench/search.js', (route) =>
		route.fulfill({ contentType: 'text/javascript', body: code }),
	);
	for (const locale of LOCALES) {
		const questions = JSON.parse(
			readFileSync(join(ROOT, `tests/search-quality/questions.${locale}.json`), 'utf8'),
		);
		const paths = builtPaths(locale);
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${port}/${locale}/`);
		const answers = await page.evaluate(
			async (qs) => {
				const url = '/__bench/search.js';
				const { searchSite } = await import(url);
				await searchSite('warm up', { limit: 1 });
				const out = [];
				const pfUrl = '/pagefind/pagefind.js';
				const pf = await import(pfUrl);
				for (const q of qs) {
					const t0 = performance.now();
					const hits = (await searchSite(q, { limit: 3 })) ?? [];
					const t1 = performance.now();
					// Pagefind alone on the same question, interleaved: the baseline on a busy machine.
					const raw = await pf.search(q);
					await Promise.all(raw.results.slice(0, 3).map((r) => r.data()));
					out.push({ urls: hits.map((h) => h.url), ms: t1 - t0, rawMs: performance.now() - t1 });
				}
				return out;
			},
			questions.map((q) => q.q),
		);
		await page.close();
		const rows = questions.map((q, i) => {
			const targets = q.slugs.map((s) => pathFor(paths, locale, s)).filter(Boolean);
			const urls = answers[i].urls;
			return {
				q: q.q,
				targets,
				urls,
				ms: answers[i].ms,
				rawMs: answers[i].rawMs,
				pending: targets.length === 0,
				top1: targets.includes(urls[0]),
				top3: urls.some((u) => targets.includes(u)),
			};
		});
		const counted = rows.filter((r) => !r.pending);
		report.locales[locale] = {
			questions: rows.length,
			counted: counted.length,
			pending: rows.length - counted.length,
			top1: counted.filter((r) => r.top1).length,
			top3: counted.filter((r) => r.top3).length,
			medianMs: Number(median(rows.map((r) => r.ms)).toFixed(1)),
			rawMedianMs: Number(median(rows.map((r) => r.rawMs)).toFixed(1)),
			misses: counted.filter((r) => !r.top3).map(({ q, targets, urls }) => ({ q, targets, urls })),
		};
	}
} finally {
	await browser.close();
	server.kill();
}

console.log(
	`\nSearch quality (${report.mode}), ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
console.log('| Locale | Questions | Pending | Top-1 | Top-3 | Median query | Pagefind alone |');
console.log('| ------ | --------- | ------- | ----- | ----- | ------------ | -------------- |');
for (const [locale, r] of Object.entries(report.locales))
	console.log(
		`| ${locale} | ${r.counted} | ${r.pending} | ${r.top1} (${pct(r.top1, r.counted)}) | ${r.top3} (${pct(r.top3, r.counted)}) | ${r.medianMs} ms | ${r.rawMedianMs} ms |`,
	);
if (values.misses)
	for (const [locale, r] of Object.entries(report.locales)) {
		console.log(`\n${locale}: not in the top three`);
		for (const m of r.misses)
			console.log(
				`  ${m.q}  →  ${m.urls.join(' ') || '(nothing)'}   [want ${m.targets.join(' ')}]`,
			);
	}
const jsonPath = values.json ?? join(ROOT, 'bench/results/search-quality.json');
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, JSON.stringify(report, null, '\t'));
console.log(`\nJSON: ${jsonPath}`);
