/** Names of the code languages the pages use, as their own documentation writes them. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
	powershell: 'PowerShell',
	ps1: 'PowerShell',
	cmd: 'Command Prompt',
	bat: 'Command Prompt',
	bash: 'Bash',
	sh: 'Shell',
	xml: 'XML',
	json: 'JSON',
	dns: 'DNS',
	http: 'HTTP',
};

/**
 * The language name to show above a rendered code block, from its `<code class="language-…">`;
 * undefined when the block names no language (plain text) or one not listed.
 */
export function codeLanguageName(html: string): string | undefined {
	const match = /^\s*<code\b[^>]*\bclass="(?:[^"]*\s)?language-([\w-]+)/.exec(html);
	return match ? LANGUAGE_NAMES[match[1]!.toLowerCase()] : undefined;
}
