import { axe } from './axe.ts';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { LOCALE_LANGS, expect, test } from './fixtures.ts';
import { builtPages } from './site-pages.ts';
import { spaceHanDigits } from '../../src/lib/cjk-spacing.ts';

/** An article with PowerShell blocks, an inline code URL, h2 and h3 in every locale. */
const ARTICLE = 'troubleshooting/single-sign-on';
const LOCALES = ['fi', 'en', 'zh-cn'] as const;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const OG_LOCALES = { fi: 'fi_FI', en: 'en_US', 'zh-cn': 'zh_CN' } as const;

/** A locale's UI string by key, read from the same files the site is built from. */
const strings = (locale: string): ((key: string) => string) => {
	const json: Record<string, string> = JSON.parse(
		readFileSync(new URL(`../../content/i18n/${locale}.json`, import.meta.url), 'utf8'),
	);
	return (key) => {
		const value = json[key];
		if (value === undefined) throw new Error(`${locale}: no ${key}`);
		return value;
	};
};

async function axeViolations(page: Page): Promise<string[]> {
	const results = await axe(page).withTags(AXE_TAGS).analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

test.describe('copy button on code blocks', () => {
	for (const locale of LOCALES) {
		test(`${locale}: copies the code and says so, with a localized name`, async ({
			page,
			context,
		}) => {
			const t = strings(locale);
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(`/${locale}/${ARTICLE}/`);
			const blocks = page.locator('code-block');
			expect(await blocks.count()).toBeGreaterThan(1);
			await expect(page.getByRole('button', { name: t('code.copy'), exact: true })).toHaveCount(
				await blocks.count(),
			);
			const second = blocks.nth(1);
			const button = second.getByRole('button', { name: t('code.copy'), exact: true });
			await expect(button).toBeEnabled();
			// By keyboard: the button is focusable and Enter copies.
			await button.focus();
			await expect(button).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(second.getByRole('status')).toHaveText(t('code.copied'));
			const code = (await second.locator('pre').innerText()).replace(/\n$/, '');
			expect(code.length).toBeGreaterThan(10);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
			// Only that block announces; the message goes away after a few seconds.
			await expect(page.locator('code-block [role="status"]:not(:empty)')).toHaveCount(1);
			await expect(second.getByRole('status')).toHaveText('', { timeout: 6000 });
		});
	}

	test('where the clipboard is refused, selects the code and says how to copy it', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
			});
		});
		await page.goto(`/en/${ARTICLE}/`);
		const block = page.locator('code-block').first();
		await block.getByRole('button', { name: 'Copy code' }).click();
		await expect(block.getByRole('status')).toHaveText(strings('en')('code.copyFailed'));
		const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
		expect(selected.trim()).toBe((await block.locator('pre').innerText()).trim());
		// A failure stays on screen: the reader has to act on it.
		await page.waitForTimeout(3500);
		await expect(block.getByRole('status')).toHaveText(strings('en')('code.copyFailed'));
	});

	test('the button is disabled until its script runs', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/en/${ARTICLE}/`);
		await expect(page.locator('code-block button').first()).toBeDisabled();
		await context.close();
	});
});

test.describe('links to sections', () => {
	for (const locale of LOCALES) {
		test(`${locale}: every h2 and h3 in the table of contents has a named link`, async ({
			page,
		}) => {
			const t = strings(locale);
			await page.setViewportSize(DESKTOP);
			await page.goto(`/${locale}/${ARTICLE}/`);
			const tocLinks = page.locator('.layout-toc nav a');
			const count = await tocLinks.count();
			expect(count).toBeGreaterThan(3);
			for (let i = 0; i < count; i++) {
				const href = (await tocLinks.nth(i).getAttribute('href'))!;
				const heading = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
				const text = (await heading.innerText()).trim();
				const anchor = page.getByRole('link', {
					name: `${t('heading.anchorPrefix')} ${text}`,
					exact: true,
				});
				await expect(anchor, text).toHaveCount(1);
				expect(decodeURIComponent((await anchor.getAttribute('href'))!)).toBe(
					decodeURIComponent(href),
				);
				// The heading's own name stays its text.
				await expect(page.getByRole('heading', { name: text, exact: true })).toHaveCount(1);
			}
		});
	}

	test('a section link is reachable by keyboard and goes to its section', async ({ page }) => {
		await page.setViewportSize(DESKTOP);
		await page.goto(`/en/${ARTICLE}/`);
		const anchor = page.getByRole('link', { name: 'Link to this section: Before you start' });
		await anchor.focus();
		await expect(anchor).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#before-you-start$/);
	});

	test('section links, code buttons and the table of contents stay out of search', async ({
		page,
	}) => {
		for (const locale of LOCALES) {
			const t = strings(locale);
			await page.goto(`/${locale}/${ARTICLE}/`);
			const data = await page.evaluate(async (path) => {
				const url = '/pagefind/pagefind.js'; // a variable: resolved by the browser, not by TypeScript
				const pagefind = await import(url);
				await pagefind.init();
				const search = await pagefind.search('PowerShell');
				type Hit = {
					url: string;
					content: string;
					excerpt: string;
					sub_results: { title: string; excerpt: string }[];
				};
				const all: Hit[] = await Promise.all(
					search.results.map((r: { data(): Promise<Hit> }) => r.data()),
				);
				return all.find((d) => d.url === path);
			}, `/${locale}/${ARTICLE}/`);
			expect(data, `${locale}: the article is found`).toBeDefined();
			const anchorPrefix = t('heading.anchorPrefix');
			const texts = [
				data!.content,
				data!.excerpt,
				...data!.sub_results.flatMap((s) => [s.title, s.excerpt]),
			];
			for (const text of texts) {
				expect(text).not.toContain(anchorPrefix);
				expect(text).not.toContain(t('code.copyShort'));
				expect(text).not.toContain(t('toc.title'));
				expect(text).not.toMatch(/#\s*$/);
			}
			// Section titles are the page title or a heading, nothing more.
			const headings = await page
				.locator('.content h1, .content h2, .content h3')
				.evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
			expect(data!.sub_results.length).toBeGreaterThan(0);
			for (const { title } of data!.sub_results) expect(headings).toContain(title);
		}
	});
});

test.describe('on this page', () => {
	test('marks the section being read as the reader scrolls', async ({ page }) => {
		await page.setViewportSize(DESKTOP);
		await page.goto(`/en/${ARTICLE}/`);
		const toc = page.locator('.layout-toc nav');
		const current = toc.locator('a[aria-current="true"]');
		for (const id of ['before-you-start', 'federated-domain-ad-fs', 'check-that-it-worked']) {
			await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), id);
			await expect(current).toHaveAttribute('href', `#${id}`);
			await expect(current).toHaveCount(1);
		}
		// Back up above the first heading: no section is current.
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect(current).toHaveCount(0);
	});

	test('is a closed block at the top of the content on a phone, and opens', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto(`/fi/${ARTICLE}/`);
		await expect(page.locator('.layout-toc')).toBeHidden();
		const details = page.locator('main details');
		await expect(details).toBeVisible();
		await expect(details).not.toHaveAttribute('open');
		const summary = details.locator('summary');
		await expect(summary).toHaveText(strings('fi')('toc.title'));
		// It comes before the article's text.
		const above = await page.evaluate(
			() =>
				document.querySelector('main details')!.getBoundingClientRect().bottom <=
				document.querySelector('.content p')!.getBoundingClientRect().top,
		);
		expect(above).toBe(true);
		await summary.click();
		await expect(details).toHaveAttribute('open');
		const nav = page.getByRole('navigation', { name: strings('fi')('toc.title') });
		await expect(nav).toBeVisible();
		await nav.getByRole('link').nth(2).click();
		// Section ids are the English page's in every language (lib/mirror-heading-ids.ts).
		expect(page.url()).toMatch(/#steps$/);
		await expect(details.locator('a[aria-current="true"]')).toHaveAttribute('href', '#steps');
	});

	test('switching language keeps the section the reader is in', async ({ page }) => {
		await page.setViewportSize(DESKTOP);
		await page.goto(`/zh-cn/${ARTICLE}/#steps`);
		await page.locator('.lang-select a[hreflang="fi"]').click();
		await expect(page).toHaveURL(new RegExp(`/fi/${ARTICLE}/#steps$`));
		await expect(page.locator('#steps')).toBeInViewport();
		await expect(page.locator('#steps')).toHaveText(/Toimi näin/);
	});

	test('on a wide screen the side column has it and the block is hidden', async ({ page }) => {
		await page.setViewportSize(DESKTOP);
		await page.goto(`/zh-cn/${ARTICLE}/`);
		await expect(page.locator('main details')).toBeHidden();
		await expect(page.getByRole('navigation', { name: strings('zh-cn')('toc.title') })).toHaveCount(
			1,
		);
	});
});

test.describe('sharing tags and title', () => {
	for (const locale of LOCALES) {
		test(`${locale}: og and twitter tags describe the page`, async ({ page }) => {
			const t = strings(locale);
			await page.goto(`/${locale}/${ARTICLE}/`);
			const meta = (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
			const title = (await page.locator('h1').innerText()).trim();
			expect(await meta('property="og:title"')).toBe(title);
			await expect(page).toHaveTitle(`${title} | ${t('site.name')}`);
			expect(await meta('property="og:site_name"')).toBe(t('site.name'));
			expect(await meta('property="og:description"')).toBe(await meta('name="description"'));
			expect(await meta('property="og:url"')).toBe(
				await page.locator('link[rel="canonical"]').getAttribute('href'),
			);
			expect(await meta('property="og:url"')).toMatch(new RegExp(`/${locale}/${ARTICLE}/$`));
			expect(await meta('property="og:type"')).toBe('article');
			expect(await meta('property="og:locale"')).toBe(OG_LOCALES[locale]);
			const alternates = await page
				.locator('meta[property="og:locale:alternate"]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('content')));
			expect(alternates.sort()).toEqual(
				Object.entries(OG_LOCALES)
					.filter(([l]) => l !== locale)
					.map(([, og]) => og)
					.sort(),
			);
			expect(await meta('name="twitter:card"')).toBe('summary');
		});
	}

	test('the home page is a website named after the site', async ({ page }) => {
		await page.goto('/en/');
		const site = strings('en')('site.name');
		await expect(page).toHaveTitle(site);
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', site);
	});
});

test.describe('last reviewed', () => {
	for (const [locale, lang] of Object.entries(LOCALE_LANGS)) {
		test(`${locale}: a guidance page shows its review date from frontmatter`, async ({ page }) => {
			const source = readFileSync(
				new URL(`../../content/docs/${locale}/get-support.mdx`, import.meta.url),
				'utf8',
			);
			const date = /^lastReviewed:\s*'?(\d{4}-\d{2}-\d{2})/m.exec(source)?.[1];
			expect(date, 'get-support.mdx has lastReviewed').toBeDefined();
			await page.goto(`/${locale}/get-support/`);
			const reviewed = page.locator('.content .last-reviewed');
			await expect(reviewed).toBeVisible();
			await expect(reviewed).toContainText(strings(locale)('article.lastReviewed'));
			const time = reviewed.locator('time');
			await expect(time).toHaveAttribute('datetime', date!);
			// Chinese is spaced around the numbers, as Microsoft's zh-CN style writes dates.
			await expect(time).toHaveText(
				spaceHanDigits(
					new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
						new Date(date!),
					),
				),
			);
		});
	}

	test('an article shows its review date once', async ({ page }) => {
		await page.goto(`/en/${ARTICLE}/`);
		await expect(page.locator('.content time')).toHaveCount(1);
	});
});

test.describe('phones', () => {
	// One test per locale (and one for the root pages), each reusing one browser page.
	const pages = builtPages();
	const groups = Object.entries(
		Object.groupBy(pages, (p) => LOCALES.find((l) => p.startsWith(`/${l}/`)) ?? 'root'),
	);
	expect(groups.flatMap(([, paths]) => paths ?? []).length).toBe(pages.length);
	for (const [group, paths = []] of groups) {
		test(`no ${group} page scrolls sideways or splits a title word at 390 px (${paths.length} pages)`, async ({
			page,
		}) => {
			// Generous: the machine may be shared; a page normally takes well under a second.
			test.setTimeout(30_000 + paths.length * 5_000);
			await page.setViewportSize(PHONE);
			const wide: string[] = [];
			for (const path of paths) {
				await page.goto(path, { waitUntil: 'domcontentloaded' });
				const { scrollWidth, innerWidth, url } = await page.evaluate(() => ({
					scrollWidth: document.documentElement.scrollWidth,
					innerWidth: window.innerWidth,
					url: location.pathname,
				}));
				if (scrollWidth > innerWidth) wide.push(`${path} (${url}): ${scrollWidth} px`);
				// A long Finnish compound in the title must fit its line, not break mid-word
				// (a line may still break after a hyphen, as in Exchange-hallintakeskus).
				const split = await page.evaluate(() => {
					const h1 = document.querySelector('h1');
					// Chinese breaks between any two characters; only spaced scripts have words.
					if (!h1 || document.documentElement.lang.startsWith('zh')) return undefined;
					const style = getComputedStyle(h1);
					const ctx = document.createElement('canvas').getContext('2d')!;
					ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
					const parts = (h1.textContent ?? '').trim().split(/\s+|(?<=-)/);
					return parts.find((w) => ctx.measureText(w).width > h1.clientWidth);
				});
				if (split) wide.push(`${path}: the title word «${split}» is wider than its line`);
			}
			expect(wide).toEqual([]);
		});
	}

	for (const locale of LOCALES) {
		test(`the ${locale} index's audience badge keeps its word on one line at 390 px`, async ({
			page,
		}) => {
			await page.setViewportSize(PHONE);
			await page.goto(`/${locale}/troubleshooting/`);
			// A long severity badge beside it must not squeeze it ("所有 / 人" on two lines).
			const heights = await page
				.locator('article-index .badges .badge:first-child')
				.evaluateAll((badges) =>
					badges.map(
						(b) => b.getBoundingClientRect().height / parseFloat(getComputedStyle(b).lineHeight),
					),
				);
			expect(heights.length).toBeGreaterThan(0);
			expect(heights.filter((lines) => lines > 1.5)).toEqual([]);
		});
	}

	test('a long code line scrolls inside its block, not the page', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto(`/fi/${ARTICLE}/`);
		const overflowing = await page
			.locator('code-block pre')
			.evaluateAll((pres) => pres.filter((p) => p.scrollWidth > p.clientWidth).length);
		expect(overflowing).toBeGreaterThan(0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			PHONE.width,
		);
	});
});

test.describe('accessibility of the reading aids (axe)', () => {
	for (const scheme of ['light', 'dark'] as const) {
		test(`${scheme}: an article with the phone table of contents open and after copying`, async ({
			page,
			context,
		}) => {
			// axe is slow on a busy machine; a run normally takes a few seconds.
			test.setTimeout(240_000);
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize(PHONE);
			await page.goto(`/en/${ARTICLE}/`);
			await page.locator('main details summary').click();
			await expect(page.locator('main details')).toHaveAttribute('open');
			expect(await axeViolations(page), 'phone, contents open').toEqual([]);
			await page.setViewportSize(DESKTOP);
			const block = page.locator('code-block').nth(2);
			await block.getByRole('button').click();
			await expect(block.getByRole('status')).not.toBeEmpty();
			await page.getByRole('link', { name: /^Link to this section: Steps$/ }).focus();
			expect(await axeViolations(page), 'desktop, after copying').toEqual([]);
		});
	}
});
