import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
	bareEnglishLabels,
	describedEnglishLabels,
	unpairedEnglishPaths,
	englishFirstLabels,
	labelsWithoutEnglish,
	unverifiedLabels,
	type UiLabel,
} from './ui-labels.ts';

const labels: UiLabel[] = [
	{
		en: 'Active users',
		label: 'Aktiiviset käyttäjät',
		source: 'https://learn.microsoft.com/fi-fi/x',
	},
	{ en: 'Users', label: 'Käyttäjät', source: 'https://learn.microsoft.com/fi-fi/x' },
	{ en: 'Billing', label: 'Laskutus', source: 'https://learn.microsoft.com/fi-fi/x' },
	{ en: 'Settings', label: '设置', source: 'https://learn.microsoft.com/zh-cn/x' },
	{ en: 'Services', label: 'Palvelut', source: 'https://learn.microsoft.com/fi-fi/x', mixed: true },
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
			'ignores a label inside a quoted English message (error text stays as the UI shows it)',
			'出现错误“AADSTS50020: User account from Users does not exist”时，检查帐户。',
			[],
		],
		[
			'ignores a label inside a Finnish-quoted message',
			'Näkyviin tulee ilmoitus ”Access denied by Users policy”.',
			[],
		],
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
		[
			'lets English stand for a label whose English word also names unverified UI (mixed)',
			'Avaa sivuston **Services**-valikko.',
			[],
		],
		['does not match inside a longer word', 'Valitse PowerUsers-ryhmä.', []],
		['ignores a line with no label', 'Tämä rivi ei mainitse valikkoa.', []],
	];
	for (const [name, line, want] of cases)
		it(name, () => assert.deepEqual(found(line).sort(), want.sort()));
});

describe('unverifiedLabels', () => {
	const english = 'Select **Microsoft Entra Connect** (the app).';
	const unverified = (line: string, locale: 'fi' | 'zh-cn') =>
		unverifiedLabels(line, labels, locale, english, !line.startsWith('**管理员**'));
	const cases: [string, string, 'fi' | 'zh-cn', string[]][] = [
		[
			'accepts verified Finnish labels with the English path in brackets',
			'Valitse **Käyttäjät** › **Aktiiviset käyttäjät** (Users › Active users).',
			'fi',
			[],
		],
		[
			'flags a bold Finnish label that stands for an English one but is not verified',
			'Valitse **Asetukset** › **Toimialueet** -kohdasta (Settings › Domains) toimialue.',
			'fi',
			['Asetukset', 'Toimialueet'],
		],
		[
			'accepts an English label kept in bold, before or inside the brackets',
			'Valitse **Add domain** ja keskeytä synkronointi (**Help & Settings** › **Pause syncing**).',
			'fi',
			[],
		],
		[
			'flags a verified Finnish word standing for a different English label',
			'Valitse **Laskutus** (Settings).',
			'fi',
			['Laskutus'],
		],
		[
			'checks each step of a Chinese path against its English step',
			'选择**设置** › **活动用户**（Settings › Active users）。',
			'zh-cn',
			['活动用户'],
		],
		[
			'accepts bold text the English page also has in bold (a product or English label)',
			'Avaa **Microsoft Entra Connect** (sovellus) palvelimella.',
			'fi',
			[],
		],
		[
			'does not read a Finnish aside in brackets as the English name',
			'lähetä kuvakaappaus **Raportit**-sivusta (katso [ohje](/fi/x/)).',
			'fi',
			[],
		],
		[
			'leaves Finnish bold that is not followed by an English name alone',
			'**Tärkeää:** älä poista pitoa.',
			'fi',
			[],
		],
		[
			'flags any bold Chinese text that is not a verified label',
			'选择**设置** › **域**（Settings › Domains），再选择**活动网站**。',
			'zh-cn',
			['域', '活动网站'],
		],
		[
			'on a guidance page, leaves Chinese emphasis alone but still checks labels before English',
			'**管理员**：先打开**服务运行状况**页面（**Health** › **Service health**）。',
			'zh-cn',
			[],
		],
		[
			'accepts bold English in Chinese text, and ignores code',
			'选择**Add domain**，运行 `**不是标签**`。',
			'zh-cn',
			[],
		],
	];
	for (const [name, line, locale, want] of cases)
		it(name, () => assert.deepEqual(unverified(line, locale).sort(), want.sort()));
});

describe('bareEnglishLabels', () => {
	const cases: [string, string, string[]][] = [
		[
			'flags an English label written as the step itself',
			'Avaa Exchange-hallintakeskus ja valitse **Migration**.',
			['Migration'],
		],
		[
			'flags each step of an English path outside brackets',
			'Valitse **Mail** › **Manage email forwarding**.',
			['Mail', 'Manage email forwarding'],
		],
		[
			'accepts the English label in brackets after a description',
			'Avaa siirtosivu (**Migration**) ja lisää siirtoerä (**Add migration batch**).',
			[],
		],
		[
			'accepts an English path in full-width brackets',
			'打开已删除网站页面（**Sites** › **Deleted sites**）。',
			[],
		],
		['accepts a verified localized label in bold', 'Valitse **Seuraava** (Next).', []],
		['accepts Chinese bold text', '选择**确定**（OK）。', []],
		['ignores bold inside inline code', 'Suorita `**Get-Mailbox**` ensin.', []],
		[
			'flags a bold English label after a bracket closes',
			'Avaa sivu (Users) ja valitse **Reset password**.',
			['Reset password'],
		],
	];
	for (const [name, line, want] of cases) {
		it(name, () => assert.deepEqual(bareEnglishLabels(line), want));
	}
	it('accepts a verified localized label the list names, without its English', () => {
		const save = [{ en: 'Save', label: 'Tallenna', source: 'https://learn.microsoft.com/fi-fi/x' }];
		assert.deepEqual(bareEnglishLabels('Valitse lopuksi **Tallenna**.', save), []);
		assert.deepEqual(bareEnglishLabels('Valitse lopuksi **Tallenna**.'), ['Tallenna']);
	});
});

describe('unpairedEnglishPaths', () => {
	const cases: [string, string, string[]][] = [
		[
			'accepts a verified path with its English path in brackets',
			'Valitse **Käyttäjät** › **Aktiiviset käyttäjät** (Users › Active users).',
			[],
		],
		[
			'accepts a verified Chinese path with a full-width bracket',
			'打开**运行状况** › **服务运行状况**（Health › Service health）。',
			[],
		],
		[
			'flags one localized step given for two English ones',
			'在 **Teams 和组**下的活跃团队和组页面（Teams & groups › Active teams & groups）',
			['Teams & groups › Active teams & groups'],
		],
		[
			'flags a described path whose English steps are not bold',
			'Avaa poistettujen käyttäjien sivu (Users › Deleted users).',
			['Users › Deleted users'],
		],
		[
			'accepts a described path whose English steps are bold',
			'Avaa poistettujen käyttäjien sivu (**Users** › **Deleted users**).',
			[],
		],
		[
			'accepts a single English word in plain brackets (a term or a role, not a path)',
			'Tarvitset raporttien lukijan (Reports Reader) roolin.',
			[],
		],
		[
			'ignores a path inside a quoted message',
			'Näet ilmoituksen ”Go to Settings › Accounts (Settings › Accounts)”.',
			[],
		],
	];
	for (const [name, line, want] of cases) {
		it(name, () => assert.deepEqual(unpairedEnglishPaths(line), want));
	}
});

describe('describedEnglishLabels', () => {
	const cases: [string, string, string[]][] = [
		[
			'finds the English label in bold brackets after a description',
			'Avaa siirtosivu (**Migration**) ja lisää siirtoerä (**Add migration batch**).',
			['Migration', 'Add migration batch'],
		],
		[
			'finds each step of an English path in full-width brackets',
			'打开已删除网站页面（**Sites** › **Deleted sites**）。',
			['Sites', 'Deleted sites'],
		],
		[
			'finds a status value in brackets',
			'Viestin tila on toimitettu (**Delivered**).',
			['Delivered'],
		],
		[
			'ignores a verified label with its English in plain brackets',
			'Valitse **Käyttäjät** › **Aktiiviset käyttäjät** (Users › Active users).',
			[],
		],
		[
			'ignores a verified label that happens to be plain ASCII, inside brackets',
			'Ne palaavat oletuskansioon (postilla **Laskutus**).',
			[],
		],
		['ignores Chinese bold text in brackets', '（选择**确定**）', []],
		['ignores bold inside inline code', 'Suorita (`**Get-Mailbox**`) ensin.', []],
		['ignores an English label written bare, outside brackets', 'Valitse **Migration**.', []],
	];
	for (const [name, line, want] of cases) {
		it(name, () => assert.deepEqual(describedEnglishLabels(line, labels), want));
	}
});

describe('labelsWithoutEnglish', () => {
	const zh = labels.concat([
		{ en: 'Help & Settings', label: '帮助和设置', source: 'https://learn.microsoft.com/zh-cn/x' },
		{ en: 'About', label: '关于', source: 'https://learn.microsoft.com/zh-cn/x' },
	]);
	const cases: [string, string[], string[]][] = [
		['accepts a label with its English after it', ['选择**设置**（Settings）。'], []],
		[
			'accepts a path whose English path follows it',
			['**帮助和设置** › **设置** › **关于**（Help & Settings › Settings › About）'],
			[],
		],
		[
			'accepts a later mention once the page has given the English',
			['**Käyttäjät** (Users) › **Aktiiviset käyttäjät** (Active users)', 'Avaa **Käyttäjät**.'],
			[],
		],
		[
			'accepts verified steps whose English path closes the sentence',
			['valitse **Laskutus**-luettelosta **Käyttäjät** ja sitten OK (Billing › Users)'],
			[],
		],
		[
			'flags a verified path the page never gives in English',
			['版本见**帮助和设置** › **设置** › **关于**。', '**帮助和设置**（Help & Settings）'],
			['设置', '关于'],
		],
		[
			'does not count an English name that is part of a longer one',
			['**设置**（Help & Settings）'],
			['设置'],
		],
		[
			'accepts an English name followed by an explanation',
			['**设置**（Settings，即齿轮图标）'],
			[],
		],
		['ignores labels inside code', ['`**设置**`'], []],
		['ignores bold text that is not a verified label', ['**Tärkeää:** lue tämä.'], []],
	];
	for (const [name, lines, want] of cases) {
		it(name, () => assert.deepEqual(labelsWithoutEnglish(lines, zh), want));
	}
});
