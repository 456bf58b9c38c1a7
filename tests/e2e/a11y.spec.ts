import { axe } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { builtPages } from './site-pages.ts';

const VIEWS = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'narrow', width: 390, height: 844 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * One page of each kind per locale is checked in all four combinations of width and scheme, every
 * other page at desktop width in the light scheme: pages of a kind share their template and the
 * themes are CSS variables, while one axe run costs seconds on CI's two cores.
 */
const EVERY_COMBINATION =
	/^\/(fi|en|zh-cn)\/((get-support|get-help|severity-and-response-times|troubleshooting|troubleshooting\/shared-mailbox)\/)?$/;
/**
 * Which pages axe visits: every page of each kind above in every locale, and every other page in
 * one locale, the three taking turns by the page's place in the sorted list of slugs. The pages of
 * a slug share their markup (tests/unit/content-parity.test.ts); what a translation can change
 * on its own (language, link and button names, image text, table headers, ids) is checked on
 * every page of every locale by tests/e2e/built-site.spec.ts. One axe run costs seconds on CI's
 * two cores, and the whole sweep took over 20 minutes.
 */
const LOCALE_ORDER = ['fi', 'en', 'zh-cn'];
const slugOf = (path: string) => path.replace(/^\/(fi|en|zh-cn)\//, '/');
const SLUGS = [...new Set(builtPages().map(slugOf))].sort();
const sweep = (path: string) =>
	EVERY_COMBINATION.test(path) ||
	LOCALE_ORDER[SLUGS.indexOf(slugOf(path)) % LOCALE_ORDER.length] === path.split('/')[1];
const combinations = (path: string) =>
	EVERY_COMBINATION.test(path)
		? VIEWS.flatMap((view) => SCHEMES.map((scheme) => ({ view, scheme })))
		: [{ view: VIEWS[0], scheme: SCHEMES[0] }];

test.describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
	test.describe.configure({ timeout: 120_000 });
	// The 404.html page itself redirects to a localized 404 page; that one is checked instead.
	for (const path of builtPages().filter((p) => p !== '/404.html' && p !== '/' && sweep(p))) {
		test(`${path} has no axe violations (light and dark, desktop and narrow)`, async ({ page }) => {
			await page.goto(path);
			for (const { view, scheme } of combinations(path)) {
				await page.setViewportSize({ width: view.width, height: view.height });
				await page.emulateMedia({ colorScheme: scheme });
				await page.evaluate((s) => (document.documentElement.dataset.theme = s), scheme);
				const results = await axe(page).withTags(TAGS).analyze();
				const summary = results.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				);
				expect(summary, `${view.name} ${scheme}`).toEqual([]);
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
		const results = await axe(page).withTags(TAGS).analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
	});
});

/** Issue 12: axe in every interaction state of get-help and the calculator, light and dark. */
test.describe('accessibility of interaction states (axe, WCAG 2.2 A and AA)', () => {
	test.describe.configure({ timeout: 180_000 });
	// Best-practice rules the walkthrough found broken after interaction (not colour-dependent).
	const EXTRA = ['heading-order', 'landmark-unique', 'region'];
	const check = async (page: import('@playwright/test').Page) => {
		const summary: string[] = [];
		for (const scheme of SCHEMES) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.evaluate((s) => (document.documentElement.dataset.theme = s), scheme);
			const runs = [axe(page).withTags(TAGS)];
			if (scheme === 'light') runs.push(axe(page).withRules(EXTRA));
			for (const run of runs) {
				const { violations } = await run.analyze();
				summary.push(
					...violations.map(
						(v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
					),
				);
			}
		}
		expect(summary).toEqual([]);
	};
	const GET_HELP = [
		'q=mail',
		'q=zzzqqq',
		'q=mail&step=2',
		'q=mail&step=2&role=user&tried=outlook-send-button',
		'q=mail&step=2&role=admin&service=partner',
		'q=mail&step=2&role=admin&service=global&topic=technical&impact=down&scope=many',
		'q=mail&step=2&role=admin&service=global&topic=billing',
		'q=mail&step=2&role=admin&service=global&topic=pre-sales',
		'q=mail&step=2&role=admin&service=21vianet&topic=pre-sales',
		'q=mail&step=2&role=admin&service=21vianet&topic=billing&impact=down&scope=many',
		'q=mail&step=2&role=admin&service=21vianet&topic=technical&impact=down&scope=many&agreement=yes&resource=yes',
		'q=mail&step=2&role=admin&service=21vianet&topic=technical&impact=down&scope=many&agreement=no&resource=yes',
		'step=2&role=hacker&service=global&service=partner&tried=nope&product=x',
	];
	const CALCULATOR = [
		'',
		'type=technical&impact=down&scope=many',
		'type=technical&impact=down&scope=many&agreement=yes&resource=yes',
		'type=technical&impact=down&scope=many&agreement=no&resource=no',
		'type=billing&impact=degraded&scope=one&at=2027-01-29T17:00%2B08:00',
		`type=${'x'.repeat(300)}&impact=down&scope=many&agreement=maybe&at=2026-02-30T10:00Z`,
	];
	// Each state in one locale, taking the three locales in turn: a state's markup is the same in
	// every locale (tests/unit/content-parity.test.ts), so this covers every state and every
	// locale at a third of the cost; the per-page sweep above checks every page in every locale.
	const LOCALES = ['fi', 'en', 'zh-cn'] as const;
	for (const [i, query] of GET_HELP.entries()) {
		const locale = LOCALES[i % LOCALES.length]!;
		test(`${locale}: get-help state ${i + 1}: ?${query.slice(0, 70)}`, async ({ page }) => {
			await page.goto(`/${locale}/get-help/?${query}`);
			await expect(page.locator('#help-q')).toBeEnabled();
			await check(page);
		});
	}
	for (const [i, query] of CALCULATOR.entries()) {
		const locale = LOCALES[(i + 1) % LOCALES.length]!;
		test(`${locale}: calculator state ${i + 1}: ?${query.slice(0, 70)}`, async ({ page }) => {
			await page.goto(`/${locale}/severity-and-response-times/?${query}`);
			await expect(page.locator('#calc-at')).toBeEnabled();
			await check(page);
		});
	}
});
