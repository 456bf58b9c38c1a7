import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Axe for a page with no frames, in one `axe.run` (legacy mode): the default mode opens a blank
 * page for every run to merge frame results, which doubles the time of the accessibility suite.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode();
