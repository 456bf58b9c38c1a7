import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unclosedBold } from './unclosed-bold.ts';

describe('unclosedBold', () => {
	const cases: [string, string, number][] = [
		['a label in a Finnish sentence closes', 'Valitse **Tallenna** (Save).', 0],
		['a Chinese label between Han characters closes', '选择**帮助和支持**（Help & support）。', 0],
		[
			'a label ending in a full-width bracket cannot close before a Han character',
			'**Microsoft 365 商业版（全球版）**由 Microsoft 运营',
			2,
		],
		['the same label closes before punctuation', '**商业版（全球版）**，由 Microsoft 运营', 0],
		['a label starting with a bracket cannot open after a Han character', '选择**（Help）**。', 2],
		['a path of labels closes each one', '**A** › **B**（A › B）', 0],
		['a lone marker is reported', 'Valitse **Tallenna (Save).', 1],
		['markers inside code are skipped', 'Run `a**b**c` now.', 0],
		['bold that ends with code closes before a colon', '- **Spam with `SFV:SKA`**: why', 0],
	];
	for (const [name, line, count] of cases) {
		it(name, () => assert.equal(unclosedBold(line).length, count));
	}
});
