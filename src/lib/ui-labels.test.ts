import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { englishFirstLabels, type UiLabel } from './ui-labels.ts';

const labels: UiLabel[] = [
	{
		en: 'Active users',
		label: 'Aktiiviset käyttäjät',
		source: 'https://learn.microsoft.com/fi-fi/x',
	},
	{ en: 'Users', label: 'Käyttäjät', source: 'https://learn.microsoft.com/fi-fi/x' },
	{ en: 'Billing', label: 'Laskutus', source: 'https://learn.microsoft.com/fi-fi/x' },
	{ en: 'Settings', label: '设置', source: 'https://learn.microsoft.com/zh-cn/x' },
];
const found = (line: string) => englishFirstLabels(line, labels).map((l) => l.en);

describe('englishFirstLabels', () => {
	const cases: [string, string, string[]][] = [
		[
			'accepts the localized label with the English in brackets',
			'Valitse **Käyttäjät › Aktiiviset käyttäjät** (Users › Active users).',
			[],
		],
		['accepts full-width brackets', '选择“设置”（Settings）。', []],
		[
			'flags an English label written on its own',
			'Valitse **Users › Active users**.',
			['Active users', 'Users'],
		],
		[
			'flags an English label in brackets when the localized one is missing',
			'Avaa käyttäjälista (Active users).',
			['Active users'],
		],
		[
			'accepts a longer English name in brackets that begins with a label (a role)',
			'laskutuksen järjestelmänvalvojan (Billing Administrator) rooli',
			[],
		],
		[
			'flags a label that is one step of an English path in brackets',
			'Valitse laskutussivu (Billing › Your products).',
			['Billing'],
		],
		['ignores labels inside inline code', 'Aja `Get-Users -Settings`.', []],
		['does not match inside a longer word', 'Valitse PowerUsers-ryhmä.', []],
		['ignores a line with no label', 'Tämä rivi ei mainitse valikkoa.', []],
	];
	for (const [name, line, want] of cases)
		it(name, () => assert.deepEqual(found(line).sort(), want.sort()));
});
