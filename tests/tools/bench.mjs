// npm run bench: builds the site and measures build and index time, page weight per page
// type, JavaScript run before interaction, Lighthouse scores, search transfer and query time,
// and how build, index and query costs grow with 100 and 1,000 generated pages per locale.
// Writes bench/results/latest.{json,md}, updates the README table, and exits 1 when a budget
// is exceeded. Timing belongs here, never in the tests.
import { spawn, spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = new URL('../..', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];
const LOCALES = ['fi', 'en', 'zh-cn'];
const PAGE_TYPES = {
	home: '/en/',
	guidance: '/en/get-support/',
	article: '/en/troubleshooting/shared-mailbox/',
	calculator: '/en/severity-and-response-times/',
	'get-help': '/en/get-help/',
};
const QUERIES = {
	fi: ['postilaatikko', 'salasana', 'laskutus', 'vakavuustaso', 'kirjautuminen'],
	en: ['mailbox', 'password', 'billing', 'severity', 'sign in'],
	'zh-cn': ['邮箱', '密码', '账单', '严重级别', '登录'],
};
const BUDGET = {
	/** Content pages (everything but the calculator and get-help): one TCP initial window. */
	contentPageGzip: 14 * 1024,
	pageGzip: 35 * 1024,
	jsBeforeInteraction: 5 * 1024,
	lighthouse: 100,
	firstSearch: 200 * 1024,
	build3000Ms: 120_000,
};

const node = process.execPath;
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs a command and returns its wall time in ms; throws on failure. */
function timed(cmd, args, env = {}) {
	const start = performance.now();
	const r = spawnSync(cmd, args, {
		cwd: ROOT,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
	return Math.round(performance.now() - start);
}

function build(outDir, env = {}) {
	const buildMs = timed(bin('astro'), ['build'], { ...env, OUT_DIR: outDir });
	const indexMs = timed(bin('pagefind'), ['--site', outDir]);
	return { buildMs, indexMs };
}

function pagesPerLocale(outDir) {
	const count = (dir) =>
		readdirSync(dir, { withFileTypes: true }).reduce(
			(n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : e.name === 'index.html' ? 1 : 0),
			0,
		);
	return Object.fromEntries(LOCALES.map((l) => [l, count(join(outDir, l))]));
}

async function serve(dir, port) {
	const child = spawn(
		node,
		[join(ROOT, 'tests/tools/serve.mjs'), '--dir', dir, '--port', String(port)],
		{ stdio: 'ignore' },
	);
	for (let i = 0; i < 50; i++) {
		try {
			await fetch(`http://127.0.0.1:${port}/en/`);
			return child;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error('server did not start');
}

/** Bytes and gzip bytes per kind for what a page loads before any interaction. */
async function pageWeight(browser, base, path) {
	const page = await browser.newPage();
	const seen = [];
	page.on('response', async (res) => {
		const type = res.request().resourceType();
		try {
			seen.push({ type, url: res.url(), body: await res.body() });
		} catch {
			/* redirects have no body */
		}
	});
	await page.goto(base + path, { waitUntil: 'networkidle' });
	const html = await page.content();
	const inlineJs = (
		await page.$$eval('script:not([src])', (s) => s.map((x) => x.textContent ?? ''))
	).join('');
	const inlineCss = (await page.$$eval('style', (s) => s.map((x) => x.textContent ?? ''))).join('');
	await page.close();
	const sum = (items) =>
		items.reduce((acc, b) => ({ raw: acc.raw + b.length, gzip: acc.gzip + gzipSync(b).length }), {
			raw: 0,
			gzip: 0,
		});
	const js = sum([
		...seen.filter((s) => s.type === 'script').map((s) => s.body),
		Buffer.from(inlineJs),
	]);
	const css = sum([
		...seen.filter((s) => s.type === 'stylesheet').map((s) => s.body),
		Buffer.from(inlineCss),
	]);
	const doc = sum(seen.filter((s) => s.type === 'document').map((s) => s.body));
	return {
		html: doc,
		css,
		js,
		jsBeforeInteraction: js.gzip,
		total:
			doc.gzip +
			css.gzip -
			gzipSync(Buffer.from(inlineCss)).length +
			js.gzip -
			gzipSync(Buffer.from(inlineJs)).length,
		htmlLength: html.length,
	};
}

/** Paths of the pages that are applications, not reading: their own, larger budget. */
const APP_PAGE = /^\/[a-z-]+\/(get-help|severity-and-response-times)\/$/;

/** First-load gzip of every content page of the built site, per locale: median, largest, over budget. */
async function contentPageSweep(browser, base) {
	const out = {};
	for (const locale of LOCALES) {
		const paths = [];
		const walk = (dir, prefix) => {
			for (const e of readdirSync(dir, { withFileTypes: true })) {
				if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
				else if (e.name === 'index.html') paths.push(prefix);
			}
		};
		walk(join(ROOT, 'dist', locale), `/${locale}/`);
		const sizes = [];
		for (const path of paths.filter((p) => !APP_PAGE.test(p) && !p.endsWith('/404/')))
			sizes.push({ path, total: (await pageWeight(browser, base, path)).total });
		sizes.sort((a, b) => a.total - b.total);
		out[locale] = {
			pages: sizes.length,
			median: median(sizes.map((x) => x.total)),
			largest: sizes.at(-1),
			overBudget: sizes.filter((x) => x.total > BUDGET.contentPageGzip).map((x) => x.path),
		};
	}
	return out;
}

/** Lighthouse runs per page: one run on a small shared machine swings by a few points. */
const LIGHTHOUSE_RUNS = 3;

/** One Lighthouse run's category scores (0–100). */
async function lighthouseRun(base, path) {
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
	try {
		const result = await lighthouse(base + path, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		});
		return Object.fromEntries(
			Object.entries(result.lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]),
		);
	} finally {
		chrome.kill();
	}
}

/** The median of each category over LIGHTHOUSE_RUNS runs, as Lighthouse's docs advise for variance. */
async function lighthouseScores(base, path) {
	const runs = [];
	for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseRun(base, path));
	return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}

/** Bytes of the first and second search, and the median of 20 query times, in one locale. */
async function searchCost(browser, base, locale) {
	const page = await browser.newPage();
	await page.goto(`${base}/${locale}/`, { waitUntil: 'networkidle' });
	let bytes = 0;
	page.on('response', async (res) => {
		if (res.url().includes('/pagefind/'))
			bytes += (await res.body().catch(() => Buffer.alloc(0))).length;
	});
	const run = (q) =>
		page.evaluate(async (query) => {
			const pf = await import('/pagefind/pagefind.js');
			await pf.init();
			const t0 = performance.now();
			const r = await pf.search(query);
			await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
			return performance.now() - t0;
		}, q);
	const [q1, q2] = QUERIES[locale];
	await run(q1);
	await page.waitForTimeout(200);
	const first = bytes;
	await run(q2);
	await page.waitForTimeout(200);
	const second = bytes - first;
	const times = [];
	for (let i = 0; i < 20; i++)
		times.push(
			await run(
				QUERIES[locale][i % QUERIES[locale].length] + (i >= 5 ? String.fromCharCode(97 + i) : ''),
			),
		);
	await page.close();
	return { firstBytes: first, secondBytes: second, medianMs: Number(median(times).toFixed(1)) };
}

/** A temporary copy of content/docs with `n` generated pages per locale. */
function syntheticCorpus(n) {
	// Inside the project (Astro resolves content modules relative to it), in a git-ignored folder.
	mkdirSync(join(ROOT, '.bench-tmp'), { recursive: true });
	const dir = mkdtempSync(join(ROOT, '.bench-tmp', `corpus-${n}-`));
	cpSync(join(ROOT, 'content/docs'), dir, { recursive: true });
	const words = {
		fi: 'postilaatikko käyttäjä järjestelmänvalvoja palvelupyyntö tuki laskutus tilaus salasana kirjautuminen sivusto oikeudet',
		en: 'mailbox user admin request support billing subscription password sign-in site permissions',
		'zh-cn': '邮箱 用户 管理员 服务请求 支持 账单 订阅 密码 登录 网站 权限',
	};
	for (const locale of LOCALES) {
		const pool = words[locale].split(' ');
		mkdirSync(join(dir, locale, 'generated'), { recursive: true });
		for (let i = 0; i < n; i++) {
			const text = Array.from({ length: 300 }, (_, k) => pool[(i * 7 + k * 13) % pool.length]).join(
				' ',
			);
			writeFileSync(
				join(dir, locale, 'generated', `page-${i}.mdx`),
				`---\ntitle: 'Generated page ${i}'\ndescription: 'A generated page for the benchmark.'\nsidebar:\n  group: reference\n  order: ${100 + i}\n  hidden: true\n---\n\n## Section ${i}\n\n${text}\n\n## More\n\n${text}\n`,
			);
		}
	}
	return dir;
}

const results = {
	date: new Date().toISOString(),
	node: process.version,
	cores: (await import('node:os')).cpus().length,
};
console.log('bench: building the site');
results.build = build(join(ROOT, 'dist'));
results.pagesPerLocale = pagesPerLocale(join(ROOT, 'dist'));

const server = await serve(join(ROOT, 'dist'), 4399);
const base = 'http://127.0.0.1:4399';
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
try {
	console.log('bench: page weight');
	results.pages = {};
	for (const [type, path] of Object.entries(PAGE_TYPES))
		results.pages[type] = { path, ...(await pageWeight(browser, base, path)) };
	console.log('bench: every content page');
	results.contentPages = await contentPageSweep(browser, base);
	console.log('bench: search');
	results.search = {};
	for (const locale of LOCALES) results.search[locale] = await searchCost(browser, base, locale);
	console.log('bench: lighthouse');
	for (const [type, path] of Object.entries(PAGE_TYPES))
		results.pages[type].lighthouse = await lighthouseScores(base, path);
} finally {
	await browser.close();
	server.kill();
}

console.log('bench: scaling');
results.scaling = [];
for (const n of [100, 1000]) {
	const docs = syntheticCorpus(n);
	const out = mkdtempSync(join(tmpdir(), 'm365-bench-out-'));
	try {
		// A cache of its own, so the generated pages never reach the normal build's content cache.
		const times = build(out, { CONTENT_DOCS_DIR: docs, ASTRO_CACHE_DIR: join(docs, '.cache') });
		const srv = await serve(out, 4398);
		const b = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
		const search = await searchCost(b, 'http://127.0.0.1:4398', 'en');
		await b.close();
		srv.kill();
		results.scaling.push({ extraPagesPerLocale: n, ...times, search });
	} catch (error) {
		results.scaling.push({ extraPagesPerLocale: n, error: String(error).slice(0, 500) });
	} finally {
		rmSync(docs, { recursive: true, force: true });
		rmSync(out, { recursive: true, force: true });
	}
}
rmSync(join(ROOT, '.bench-tmp'), { recursive: true, force: true });
// The next normal build must not reuse types generated for the generated corpus.
timed(bin('astro'), ['sync']);

// Budgets.
const failures = [];
for (const [type, p] of Object.entries(results.pages)) {
	const limit = APP_PAGE.test(p.path) ? BUDGET.pageGzip : BUDGET.contentPageGzip;
	if (p.total > limit) failures.push(`${type}: ${kb(p.total)} gzip on first load > ${kb(limit)}`);
	if (
		type !== 'calculator' &&
		type !== 'get-help' &&
		p.jsBeforeInteraction > BUDGET.jsBeforeInteraction
	)
		failures.push(
			`${type}: ${kb(p.jsBeforeInteraction)} JS before interaction > ${kb(BUDGET.jsBeforeInteraction)}`,
		);
	for (const [cat, score] of Object.entries(p.lighthouse))
		if (score < BUDGET.lighthouse) failures.push(`${type}: Lighthouse ${cat} ${score}`);
}
for (const [l, c] of Object.entries(results.contentPages))
	if (c.overBudget.length)
		failures.push(
			`${l}: ${c.overBudget.length} of ${c.pages} content pages over ${kb(BUDGET.contentPageGzip)} (largest ${c.largest.path}, ${kb(c.largest.total)})`,
		);
for (const [l, s] of Object.entries(results.search))
	if (s.firstBytes > BUDGET.firstSearch)
		failures.push(`search ${l}: first search ${kb(s.firstBytes)} > ${kb(BUDGET.firstSearch)}`);
const big = results.scaling.find((s) => s.extraPagesPerLocale === 1000);
if (big?.error) failures.push(`3 × 1,000 extra pages: build failed`);
else if (big && big.buildMs + big.indexMs > BUDGET.build3000Ms)
	failures.push(
		`3 × 1,000 extra pages: ${big.buildMs + big.indexMs} ms > ${BUDGET.build3000Ms} ms`,
	);
results.budgetFailures = failures;

const md = [
	`Measured ${results.date.slice(0, 10)} on ${results.cores} cores, Node ${results.node}.`,
	'',
	`Build ${results.build.buildMs} ms, index ${results.build.indexMs} ms; pages per locale: ${Object.entries(
		results.pagesPerLocale,
	)
		.map(([l, n]) => `${l} ${n}`)
		.join(', ')}.`,
	'',
	'| Page type | HTML gzip | CSS gzip | JS gzip (before interaction) | First load gzip | Lighthouse P / A / BP / SEO |',
	'| --- | --- | --- | --- | --- | --- |',
	...Object.entries(results.pages).map(
		([type, p]) =>
			`| ${type} | ${kb(p.html.gzip)} | ${kb(p.css.gzip)} | ${kb(p.js.gzip)} | ${kb(p.total)} | ${['performance', 'accessibility', 'best-practices', 'seo'].map((c) => p.lighthouse[c]).join(' / ')} |`,
	),
	'',
	'| Content pages | Pages | Median first load | Largest | Over 14 KB |',
	'| --- | --- | --- | --- | --- |',
	...Object.entries(results.contentPages).map(
		([l, c]) =>
			`| ${l} | ${c.pages} | ${kb(c.median)} | ${kb(c.largest.total)} (${c.largest.path}) | ${c.overBudget.length} |`,
	),
	'',
	'| Search | First query | Second query | Median query (20) |',
	'| --- | --- | --- | --- |',
	...Object.entries(results.search).map(
		([l, s]) => `| ${l} | ${kb(s.firstBytes)} | ${kb(s.secondBytes)} | ${s.medianMs} ms |`,
	),
	'',
	'| Extra pages per locale | Build | Index | First query (en) | Median query (en) |',
	'| --- | --- | --- | --- | --- |',
	`| 0 | ${results.build.buildMs} ms | ${results.build.indexMs} ms | ${kb(results.search.en.firstBytes)} | ${results.search.en.medianMs} ms |`,
	...results.scaling.map((s) =>
		s.error
			? `| ${s.extraPagesPerLocale} | failed: ${s.error.split('\n')[0]} | | | |`
			: `| ${s.extraPagesPerLocale} | ${s.buildMs} ms | ${s.indexMs} ms | ${kb(s.search.firstBytes)} | ${s.search.medianMs} ms |`,
	),
	'',
	failures.length
		? `Budgets exceeded:\n${failures.map((f) => `- ${f}`).join('\n')}`
		: 'All budgets met.',
].join('\n');

mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/latest.json'), JSON.stringify(results, null, '\t') + '\n');
writeFileSync(join(ROOT, 'bench/results/latest.md'), md + '\n');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
writeFileSync(
	join(ROOT, 'README.md'),
	readme.replace(
		/<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
		`<!-- bench:start -->\n${md}\n<!-- bench:end -->`,
	),
);
console.log(md);
process.exit(failures.length ? 1 : 0);
