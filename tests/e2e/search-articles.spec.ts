import { expect, test } from './fixtures.ts';
import { headerSearch } from './header-search.ts';

/** A natural query per troubleshooting article and locale; each must find its article in the top three. */
const ARTICLE_QUERIES: Record<string, Record<string, string>> = {
	en: {
		'exchange-mailbox-migration': 'migrate mailboxes',
		'mailbox-permissions': 'send as permission',
		'mail-forwarding': 'forward email',
		'shared-mailbox': 'shared mailbox',
		autodiscover: 'autodiscover dns',
		'sharepoint-permissions': 'sharepoint site permissions',
		'sharepoint-external-users': 'share with external users',
		'skype-for-business-setup': 'skype for business',
		'microsoft-365-apps-install': 'install office apps',
		'single-sign-on': 'single sign-on',
		'active-directory-sync': 'directory sync errors',
		'mail-flow-outage': 'cannot receive email',
		'sharepoint-site-unavailable': 'sharepoint site down',
		'messaging-and-meetings-outage': 'teams meetings not working',
		'outlook-send-button': 'outlook send button',
		'eac-vs-powershell': 'exchange admin center powershell',
		'password-never-expire': 'password never expires',
		'cannot-delete-contacts': 'cannot delete contacts',
		'sign-in-problems': "can't sign in",
		'reset-your-password': 'forgot password',
	},
	fi: {
		'exchange-mailbox-migration': 'postilaatikoiden siirto',
		'mailbox-permissions': 'postilaatikon oikeudet',
		'mail-forwarding': 'sähköpostin edelleenlähetys',
		'shared-mailbox': 'jaettu postilaatikko',
		autodiscover: 'autodiscover',
		'sharepoint-permissions': 'sharepoint-sivuston oikeudet',
		'sharepoint-external-users': 'ulkoiset käyttäjät',
		'skype-for-business-setup': 'skype for business',
		'microsoft-365-apps-install': 'office-sovellusten asennus',
		'single-sign-on': 'kertakirjautuminen',
		'active-directory-sync': 'active directory synkronointi',
		'mail-flow-outage': 'sähköposti ei kulje',
		'sharepoint-site-unavailable': 'sharepoint-sivusto ei aukea',
		'messaging-and-meetings-outage': 'teams-kokoukset eivät toimi',
		'outlook-send-button': 'lähetä-painike',
		'eac-vs-powershell': 'exchange-hallintakeskus powershell',
		'password-never-expire': 'salasana ei vanhene',
		'cannot-delete-contacts': 'yhteystietojen poistaminen',
		'sign-in-problems': 'en pääse kirjautumaan',
		'reset-your-password': 'unohdin salasanan',
	},
	'zh-cn': {
		'exchange-mailbox-migration': '邮箱迁移',
		'mailbox-permissions': '邮箱权限',
		'mail-forwarding': '邮件转发',
		'shared-mailbox': '共享邮箱',
		autodiscover: '自动发现',
		'sharepoint-permissions': 'SharePoint 权限',
		'sharepoint-external-users': '外部用户',
		'skype-for-business-setup': 'Skype for Business',
		'microsoft-365-apps-install': '安装 Office',
		'single-sign-on': '单点登录',
		'active-directory-sync': '目录同步',
		'mail-flow-outage': '全公司都收不到邮件',
		'sharepoint-site-unavailable': 'SharePoint 网站无法访问',
		'messaging-and-meetings-outage': 'Teams 会议',
		'outlook-send-button': '发送按钮',
		'eac-vs-powershell': 'Exchange 管理中心 PowerShell',
		'password-never-expire': '密码永不过期',
		'cannot-delete-contacts': '删除联系人',
		'sign-in-problems': '无法登录',
		'reset-your-password': '忘记密码',
	},
};

// Through the header search, so the test sees what readers see: the query pipeline in front of
// Pagefind (stop words, synonyms, Chinese segmentation, merge), not Pagefind alone. One page per
// locale runs every query; each miss is reported, not only the first.
for (const [locale, queries] of Object.entries(ARTICLE_QUERIES)) {
	test(`${locale}: every troubleshooting article is found by a natural query`, async ({ page }) => {
		test.setTimeout(120_000);
		const topThree = await headerSearch(page, locale);
		for (const [slug, query] of Object.entries(queries)) {
			const top = await topThree(query);
			expect.soft(top, `top three for "${query}"`).toContain(`/${locale}/troubleshooting/${slug}/`);
		}
	});
}
