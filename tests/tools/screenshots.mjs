// Takes screenshots of pages in every locale, light and dark, desktop and narrow,
// into screenshots/ (not committed). Usage: node tests/tools/screenshots.mjs [slug ...]
// Needs the site served (npm start) on BASE_URL, default http://127.0.0.1:4321.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const slugs = process.argv.slice(2);
if (slugs.length === 0) slugs.push('');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
	executablePath,
	args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
mkdirSync('screenshots', { recursive: true });
for (const slug of slugs) {
	for (const locale of ['fi', 'en', 'zh-cn']) {
		for (const scheme of ['light', 'dark']) {
			for (const [name, width, height] of [
				['desktop', 1280, 900],
				['mobile', 390, 844],
			]) {
				const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
				await page.goto(`${base}/${locale}/${slug ? slug + '/' : ''}`);
				const file = `screenshots/${(slug || 'home').replaceAll('/', '_')}-${locale}-${scheme}-${name}.png`;
				await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
				await page.close();
				console.log(file);
			}
		}
	}
}
await browser.close();
