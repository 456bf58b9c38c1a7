import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeLanguageName } from './code-language.ts';

test('names the language of a fenced block', () => {
	assert.equal(
		codeLanguageName('<code class="language-powershell">Get-Mailbox</code>'),
		'PowerShell',
	);
	assert.equal(codeLanguageName('<code class="language-XML">&lt;a/&gt;</code>'), 'XML');
	assert.equal(codeLanguageName('\n<code class="x language-json">{}</code>'), 'JSON');
});

test('names nothing for plain or unknown blocks', () => {
	assert.equal(codeLanguageName('<code>nslookup contoso.com</code>'), undefined);
	assert.equal(codeLanguageName('<code class="language-klingon">qapla</code>'), undefined);
	assert.equal(codeLanguageName(''), undefined);
});

test('reads only the outer code element, not a class written inside the code', () => {
	assert.equal(codeLanguageName('<code>class="language-powershell"</code>'), undefined);
});

test("names Windows Command Prompt in the reader's language, as the code bar of a localized page", () => {
	const names = { commandPrompt: 'Komentokehote' };
	assert.equal(codeLanguageName('<code class="language-cmd">dir</code>', names), 'Komentokehote');
	assert.equal(codeLanguageName('<code class="language-bat">dir</code>', names), 'Komentokehote');
	assert.equal(
		codeLanguageName('<code class="language-powershell">Get-Mailbox</code>', names),
		'PowerShell',
	);
});
