import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { expect as baseExpect, test } from './fixtures.ts';

// The flows run many steps per test: generous timeouts keep them honest on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

/** Issue 12: escalation that never misleads (walkthrough problems 2–5, 7–10 and "Also seen"). */
const LOCALES = ['fi', 'en', 'zh-cn'] as const;
type Locale = (typeof LOCALES)[number];
const policy = JSON.parse(
	readFileSync(new URL('../../content/policy/support-policy.json', import.meta.url), 'utf8'),
) as { communityForums: Record<'global' | '21vianet', Array<{ url: string }>> };
const i18n = Object.fromEntries(
	LOCALES.map((l) => [
		l,
		JSON.parse(
			readFileSync(new URL(`../../content/i18n/${l}.json`, import.meta.url), 'utf8'),
		) as Record<string, string>,
	]),
) as Record<Locale, Record<string, string>>;
/** What an article's frontmatter says to collect before contacting support, in a locale. */
const collectOf = (locale: Locale, slug: string) => {
	const text = readFileSync(
		new URL(`../../content/docs/${locale}/troubleshooting/${slug}.mdx`, import.meta.url),
		'utf8',
	);
	const yaml = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
	return (parseYaml(yaml) as { article: { collect: string[] } }).article.collect;
};
const calc = (locale: Locale, query: string) => `/${locale}/severity-and-response-times/?${query}`;
const choose = (page: Page, name: string, value: string) =>
	page.locator(`input[type="radio"][name="${name}"][value="${value}"]`).check();

test.use({ timezoneId: 'Europe/Helsinki' });

for (const locale of LOCALES) {
	const t = i18n[locale];
	test.describe(`${locale}: calculator`, () => {
		test('a link that fixes type, impact and scope shows no error before the reader acts', async ({
			page,
		}) => {
			await page.goto(calc(locale, 'type=technical&impact=down&scope=many'));
			await expect(page.locator('fieldset[data-field="agreement"] input').first()).toBeEnabled();
			await expect(page.getByTestId('input-error')).toHaveCount(0);
			await expect(page.locator('[data-result]')).toContainText(t['calc.q.agreement']!);
		});

		test('does not ask what cannot change the result, and computes billing at once', async ({
			page,
		}) => {
			await page.goto(calc(locale, 'type=billing&impact=down&scope=many&at=2026-11-24T02:00:00Z'));
			await expect(page.getByTestId('input-error')).toHaveCount(0);
			await expect(page.locator('fieldset[data-field="agreement"] input').first()).toBeDisabled();
			await expect(page.locator('fieldset[data-field="resource"] [data-not-needed]')).toBeVisible();
			await expect(page.getByTestId('severity-result')).toHaveAttribute('data-severity', 'B');
		});

		test('after a downgrade says what the reader chose and why; the title is a heading', async ({
			page,
		}) => {
			await page.goto(
				calc(
					locale,
					'type=technical&impact=down&scope=many&agreement=no&resource=yes&at=2026-11-24T02:00:00Z',
				),
			);
			const result = page.getByTestId('severity-result');
			await expect(result).toHaveAttribute('data-severity', 'B');
			await expect(result.locator('h4.calc-severity')).toHaveText(/B/);
			await expect(result).toContainText(t['calc.scope.many']!);
			await expect(result).not.toContainText(t['policy.severity.B.meaning']!);
			await expect(result.locator('a[href="tel:+864000890365"]')).toBeVisible();
			const live = await page.locator('[data-live]').textContent();
			expect(live).toContain('B');
			expect(live!.length).toBeLessThan(160);
		});

		test('accepts T24:00 as the end of that day', async ({ page }) => {
			await page.goto(
				calc(
					locale,
					'type=technical&impact=minor&scope=one&agreement=no&resource=no&at=2026-11-24T24:00%2B08:00',
				),
			);
			await expect(page.getByTestId('input-error')).toHaveCount(0);
			// 00:00 Beijing on 25 Nov: C starts at 09:00 and takes three windows, to 24:00 on the 27th.
			await expect(page.getByTestId('first-response-due')).toHaveAttribute(
				'datetime',
				'2026-11-27T16:00:00Z',
			);
		});

		test('echoes a long bad value shortened, and the page does not scroll sideways', async ({
			page,
		}) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(calc(locale, `type=${'x'.repeat(3000)}&impact=down&scope=many`));
			const error = page.locator('fieldset[data-field="type"]').getByTestId('input-error');
			await expect(error).toContainText('…');
			expect((await error.textContent())!.length).toBeLessThan(300);
			const wide = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(wide).toBeLessThanOrEqual(390);
		});

		test('China 2026: billing B opened Wed 30 Sep 17:00 is due Thu 8 Oct 17:00', async ({
			page,
		}) => {
			await page.goto(
				calc(locale, 'type=billing&impact=degraded&scope=one&at=2026-09-30T17:00%2B08:00'),
			);
			await expect(page.getByTestId('first-response-due')).toHaveAttribute(
				'datetime',
				'2026-10-08T09:00:00Z',
			);
			await expect(page.getByTestId('calendar-note')).toHaveCount(0);
		});

		test('China 2026: billing C opened Fri 13 Feb 10:00 counts the working Saturday', async ({
			page,
		}) => {
			await page.goto(
				calc(locale, 'type=billing&impact=minor&scope=one&at=2026-02-13T10:00%2B08:00'),
			);
			await expect(page.getByTestId('first-response-due')).toHaveAttribute(
				'datetime',
				'2026-02-25T02:00:00Z',
			);
		});

		test('China 2026: technical B on National Day is unaffected', async ({ page }) => {
			await page.goto(
				calc(locale, 'type=technical&impact=degraded&scope=one&at=2026-10-01T10:00%2B08:00'),
			);
			await expect(page.getByTestId('first-response-due')).toHaveAttribute(
				'datetime',
				'2026-10-02T02:00:00Z',
			);
			await expect(page.getByTestId('calendar-note')).toHaveCount(0);
		});

		test('2027: a billing deadline says the statutory calendar is not applied', async ({
			page,
		}) => {
			await page.goto(
				calc(locale, 'type=billing&impact=degraded&scope=one&at=2027-01-29T17:00%2B08:00'),
			);
			await expect(page.getByTestId('first-response-due')).toHaveAttribute(
				'datetime',
				'2027-02-01T09:00:00Z',
			);
			await expect(page.getByTestId('calendar-note')).toContainText('2027');
		});

		test('downloads the deadline as an .ics file in the reader’s language', async ({ page }) => {
			await page.goto(
				calc(locale, 'type=technical&impact=degraded&scope=one&at=2026-11-24T10:00%2B08:00'),
			);
			const download = page.waitForEvent('download');
			await page.getByTestId('ics-link').click();
			const file = await (await download).path();
			const ics = readFileSync(file, 'utf8');
			expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
			const unfolded = ics.replace(/\r\n[ \t]/g, '');
			expect(unfolded).toContain('DTSTART:20261125T020000Z');
			expect(unfolded).toContain('TRIGGER:-PT15M');
			const summary = t['calc.ics.summary']!.replace('{{id}}', 'B');
			expect(unfolded).toContain(`SUMMARY:${summary.replace(/,/g, '\\,')}`);
			for (const line of ics.split('\r\n')) {
				expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
			}
		});
	});

	test.describe(`${locale}: get-help`, () => {
		test('21Vianet technical at 04:19 Beijing: severity A is open, never "closed"', async ({
			page,
		}) => {
			await page.clock.install({ time: new Date('2026-11-29T20:19:00Z') });
			await page.goto(
				`/${locale}/get-help/?q=mail&step=2&role=admin&service=21vianet&topic=technical`,
			);
			const a = page.getByTestId('open-status-A');
			await expect(a).toHaveText(t['help.status.always']!);
			await expect(page.getByTestId('open-status-BC')).toContainText(
				t['help.status.closed']!.split('{{')[0]!.trim(),
			);
			await choose(page, 'impact', 'down');
			await choose(page, 'scope', 'many');
			await choose(page, 'agreement', 'yes');
			await choose(page, 'resource', 'yes');
			const result = page.getByTestId('severity-result');
			await expect(result).toHaveAttribute('data-severity', 'A');
			await expect(result.getByTestId('open-a')).toBeVisible();
			await expect(result.locator('h3.calc-severity')).toBeVisible();
		});

		test('choosing a radio option never moves focus; the next step is announced', async ({
			page,
		}) => {
			await page.goto(`/${locale}/get-help/?q=mail&step=2`);
			await page.locator('input[name="role"][value="admin"]').focus();
			await page.keyboard.press('Space');
			await expect(page.locator('input[name="role"][value="admin"]')).toBeFocused();
			await expect(page.locator('[data-flow-live]')).toContainText(t['help.q.service']!);
			await page.locator('input[name="service"][value="global"]').focus();
			await page.keyboard.press('Space');
			await page.locator('input[name="topic"][value="technical"]').focus();
			await page.keyboard.press('Space');
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('ArrowDown');
			await expect(page.locator('input[name="topic"][value="pre-sales"]')).toBeFocused();
			await expect(page.locator('input[name="topic"][value="pre-sales"]')).toBeChecked();
		});

		test('a reader who is not an admin gets a message for the admin and real forum links', async ({
			page,
		}) => {
			await page.goto(`/${locale}/get-help/?q=outlook&step=2&tried=outlook-send-button`);
			await choose(page, 'role', 'user');
			const outcome = page.locator('[data-outcome="user"]');
			await page.locator('#help-since').fill('2026-11-20T09:30');
			await choose(page, 'affected', 'some');
			const message = await page.locator('[data-admin-message]').inputValue();
			expect(message).toContain('outlook');
			expect(message).toContain('Europe/Helsinki');
			expect(message).toContain(t['help.affected.some']!);
			expect(message).toContain('/troubleshooting/outlook-send-button/');
			for (const f of policy.communityForums['21vianet']) {
				await expect(outcome.locator(`a[href="${f.url}"]`)).toBeVisible();
			}
			await expect(
				outcome.locator(`a[href="/${locale}/troubleshooting/ask-your-admin-for-help/"]`),
			).toBeVisible();
			await expect(page.locator('[data-step="3"]')).toBeHidden();
		});

		test('validates its URL like the calculator: unknown and repeated values', async ({ page }) => {
			await page.goto(`/${locale}/get-help/?step=2&role=hacker&tried=no-such-article`);
			await expect(
				page.locator('fieldset[data-field="role"]').getByTestId('input-error'),
			).toContainText('hacker');
			await expect(page.locator('[data-error-for="tried"]')).toContainText('no-such-article');
			await page.goto(`/${locale}/get-help/?step=2&role=admin&role=user`);
			await expect(
				page.locator('fieldset[data-field="role"]').getByTestId('input-error'),
			).toContainText('admin, user');
		});

		test('the draft is complete: service, type, times with zones, due, tried, .ics', async ({
			page,
		}) => {
			await page.goto(
				`/${locale}/get-help/?q=mail&step=2&role=admin&service=21vianet&topic=technical&impact=degraded&scope=one&tried=outlook-send-button`,
			);
			await page.locator('#help-started').fill('2026-11-20T09:30');
			const draft = await page.locator('[data-draft]').inputValue();
			expect(draft).toContain(t['policy.service.21vianet.name']!);
			expect(draft).toContain(t['calc.type.technical']!);
			expect(draft).toContain('Europe/Helsinki');
			const due = await page.getByTestId('first-response-due').first().textContent();
			expect(due).toBeTruthy();
			expect(draft).toContain(t['help.draft.due']!.split('{{')[0]!.trim());
			expect(draft).toContain('/troubleshooting/outlook-send-button/');
			// The tried article's "what to collect" list travels into the draft.
			for (const item of collectOf(locale, 'outlook-send-button')) expect(draft).toContain(item);
			await expect(page.locator('[data-draft-ics] [data-testid="ics-link"]')).toBeVisible();
			await page.locator('#help-started').fill('2099-01-01T10:00');
			await expect(page.locator('[data-error-for="started"]')).toContainText('2099-01-01T10:00');
		});

		test('the language switcher keeps the answers and the hash', async ({ page }) => {
			await page.goto(`/${locale}/get-help/?q=mail&step=2#step-channel`);
			await choose(page, 'role', 'admin');
			const other = locale === 'en' ? 'fi' : 'en';
			await page.locator(`.lang-select a[hreflang="${other}"]`).first().click();
			await expect(page).toHaveURL(
				new RegExp(`/${other}/get-help/\\?q=mail&step=2&role=admin#step-channel$`),
			);
			await expect(page.locator('input[name="role"][value="admin"]')).toBeChecked();
		});
	});
}

test.describe('open now on the hours pages', () => {
	test('support-hours/ and contact-support/ show a live line per channel', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-29T20:19:00Z') });
		for (const path of ['/en/support-hours/', '/zh-cn/contact-support/']) {
			await page.goto(path);
			const lines = page.getByTestId('open-now-line');
			await expect(lines.first()).toBeVisible();
			expect(await lines.count()).toBeGreaterThanOrEqual(3);
			await expect(page.locator('open-now [data-open-status="always"]').first()).not.toBeEmpty();
		}
	});

	test('self-help/ links the community forums', async ({ page }) => {
		await page.goto('/fi/self-help/');
		for (const f of policy.communityForums.global) {
			await expect(
				page.getByTestId('community-forums').locator(`a[href="${f.url}"]`),
			).toBeVisible();
		}
	});

	test('scrollable tables have unique names', async ({ page }) => {
		for (const path of [
			'/en/severity-and-response-times/',
			'/fi/support-hours/',
			'/en/21vianet/',
		]) {
			await page.goto(path);
			const names = await page
				.locator('[role="region"].table-wrap')
				.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
			expect(new Set(names).size, path).toBe(names.length);
		}
	});
});
