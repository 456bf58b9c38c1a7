/** Names of the code languages the pages use, as their own documentation writes them. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
	powershell: 'PowerShell',
	ps1: 'PowerShell',
	bash: 'Bash',
	sh: 'Shell',
	xml: 'XML',
	json: 'JSON',
	dns: 'DNS',
	http: 'HTTP',
};

/** Languages Windows names in the reader's language (Komentokehote, 命令提示符). */
const LOCALIZED: Readonly<Record<string, 'commandPrompt'>> = {
	cmd: 'commandPrompt',
	bat: 'commandPrompt',
};

/** The localized names a page passes in. */
export type LocalizedLanguageNames = Readonly<Record<'commandPrompt', string>>;

const ENGLISH: LocalizedLanguageNames = { commandPrompt: 'Command Prompt' };

/**
 * The language name to show above a rendered code block, from its `<code class="language-…">`;
 * undefined when the block names no language (plain text) or one not listed.
 */
export function codeLanguageName(
	html: string,
	localized: LocalizedLanguageNames = ENGLISH,
): string | undefined {
	const match = /^\s*<code\b[^>]*\bclass="(?:[^"]*\s)?language-([\w-]+)/.exec(html);
	if (!match) return undefined;
	const id = match[1]!.toLowerCase();
	const key = LOCALIZED[id];
	return key ? localized[key] : LANGUAGE_NAMES[id];
}
