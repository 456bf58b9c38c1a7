import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { builtPages } from './site-pages.ts';

const VIEWS = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'narrow', width: 390, height: 844 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test.describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
	// The 404.html page itself redirects to a localized 404 page; that one is checked instead.
	for (const path of builtPages().filter((p) => p !== '/404.html' && p !== '/')) {
		test(`${path} has no violations in light and dark, desktop and narrow`, async ({ page }) => {
			await page.goto(path);
			for (const view of VIEWS) {
				await page.setViewportSize({ width: view.width, height: view.height });
				for (const scheme of SCHEMES) {
					await page.emulateMedia({ colorScheme: scheme });
					await page.evaluate((s) => (document.documentElement.dataset.theme = s), scheme);
					const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
					const summary = results.violations.map(
						(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
					);
					expect(summary, `${view.name} ${scheme}`).toEqual([]);
				}
			}
		});
	}

	test('the root language chooser has no violations', async ({ page }) => {
		// Served without its redirect script, so the chooser stays on screen to be checked.
		await page.route('**/', async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(/<script type="module"[\s\S]*?<\/script>/g, '');
			await route.fulfill({ response, body: html });
		});
		await page.goto('/');
		const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
	});
});
