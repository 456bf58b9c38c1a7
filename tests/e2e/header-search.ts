import type { Page } from '@playwright/test';
import { expect, FIRST_RESULTS_TIMEOUT } from './fixtures.ts';

/**
 * Opens the header search on the home page of `locale` and returns a function that types one
 * query into it and reads the paths of its top three results. One page serves many queries, so
 * Pagefind loads its index once, as it does for a reader who searches again.
 */
export async function headerSearch(
	page: Page,
	locale: string,
): Promise<(query: string) => Promise<string[]>> {
	await page.goto(`/${locale}/`);
	await page.locator('site-search [data-open]').click();
	const input = page.locator('site-search input[type="search"]');
	const links = page.locator('site-search [data-results] > li > a');
	return async (query) => {
		// Emptying the field empties the list, so the next results are this query's.
		await input.fill('');
		await expect(links).toHaveCount(0);
		await input.fill(query);
		await expect(links.first()).toBeVisible({ timeout: FIRST_RESULTS_TIMEOUT });
		const paths = await links.evaluateAll((as) =>
			as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
		return paths.slice(0, 3);
	};
}
