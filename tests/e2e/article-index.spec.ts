import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const LOCALES = ['fi', 'en', 'zh-cn'] as const;

/** A locale's UI string by key, read from the same file the site is built from. */
const uiString = (locale: string, key: string): string => {
	const json: Record<string, string> = JSON.parse(
		readFileSync(new URL(`../../content/i18n/${locale}.json`, import.meta.url), 'utf8'),
	);
	return json[key] ?? `(no ${key})`;
};

interface Item {
	title: string;
	audience: string;
	services: string[];
	severity: string;
	hidden: boolean;
	badge: string;
}

/** The index's items as the filters see them: the data attributes the build wrote from frontmatter. */
const items = (page: Page): Promise<Item[]> =>
	page.locator('article-index li[data-audience]').evaluateAll((lis) =>
		(lis as HTMLElement[]).map((li) => ({
			title: li.querySelector('a')!.textContent!.trim(),
			audience: li.dataset.audience!,
			services: (li.dataset.services ?? '').split(' '),
			severity: li.dataset.severity ?? '',
			hidden: li.hidden === true,
			badge: li.querySelector('.badge')!.textContent!.trim(),
		})),
	);

const titles = (list: Item[]) => list.map((i) => i.title).sort();

for (const locale of LOCALES) {
	test.describe(`${locale}: troubleshooting index filters`, () => {
		test.beforeEach(async ({ page }) => {
			await page.goto(`/${locale}/troubleshooting/`);
			await expect(page.locator('select[name="audience"]')).toBeEnabled();
		});

		test('articles written for everyone are listed under users and under admins', async ({
			page,
		}) => {
			const all = await items(page);
			const everyone = all.filter((i) => i.audience === 'everyone');
			expect(everyone.length, 'the library has articles for everyone').toBeGreaterThan(0);
			for (const i of everyone)
				expect(i.badge, i.title).toBe(uiString(locale, 'index.audience.everyone'));
			for (const audience of ['user', 'admin']) {
				await page.locator('select[name="audience"]').selectOption(audience);
				const now = await items(page);
				const expected = all.filter((i) => i.audience === audience || i.audience === 'everyone');
				expect(titles(now.filter((i) => !i.hidden)), audience).toEqual(titles(expected));
				await expect(page.locator('[data-count]')).toContainText(String(expected.length));
			}
		});

		test('the service and severity filters combine, and empty groups are hidden', async ({
			page,
		}) => {
			const all = await items(page);
			await page.locator('select[name="service"]').selectOption('21vianet');
			await page.locator('select[name="severity"]').selectOption('A');
			const now = await items(page);
			const expected = all.filter((i) => i.services.includes('21vianet') && i.severity === 'A');
			expect(expected.length).toBeGreaterThan(0);
			expect(titles(now.filter((i) => !i.hidden))).toEqual(titles(expected));
			const emptyShown = await page
				.locator('[data-group]')
				.evaluateAll(
					(groups) =>
						(groups as HTMLElement[]).filter(
							(g) => !g.hidden && !g.querySelector('li:not([hidden])'),
						).length,
				);
			expect(emptyShown).toBe(0);
		});
	});
}
