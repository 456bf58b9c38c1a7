import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addHeadingAnchors, escapeHtml, htmlToText } from './heading-anchors.ts';

const label = (text: string) => `Link to this section: ${text}`;

test('links a listed h2 and h3 after the heading, inside one wrapper', () => {
	const html = '<p>a</p><h2 id="sign-in">Sign in</h2><p>b</p><h3 id="mfa">MFA</h3>';
	const out = addHeadingAnchors(html, new Set(['sign-in', 'mfa']), label);
	assert.equal(
		out,
		'<p>a</p><div class="heading-wrap level-2"><h2 id="sign-in">Sign in</h2>' +
			'<a class="heading-anchor" href="#sign-in" data-pagefind-ignore><span aria-hidden="true">#</span>' +
			'<span class="sr-only">Link to this section: Sign in</span></a></div><p>b</p>' +
			'<div class="heading-wrap level-3"><h3 id="mfa">MFA</h3>' +
			'<a class="heading-anchor" href="#mfa" data-pagefind-ignore><span aria-hidden="true">#</span>' +
			'<span class="sr-only">Link to this section: MFA</span></a></div>',
	);
});

test('leaves headings alone that are not listed, have no id, or are not h2/h3', () => {
	const html =
		'<h2 id="step-search" tabindex="-1">Step</h2><h2>No id</h2><h4 id="x">Deep</h4><h1 id="t">T</h1>';
	assert.equal(addHeadingAnchors(html, new Set(['x', 't']), label), html);
});

test('names the link with the heading text, without markup, escaped once', () => {
	const html = '<h2 class="x" id="run">Run <code>Get-Mailbox &amp; more</code> &lt;now&gt;</h2>';
	const out = addHeadingAnchors(html, new Set(['run']), label);
	assert.match(
		out,
		/<span class="sr-only">Link to this section: Run Get-Mailbox &amp; more &lt;now&gt;<\/span>/,
	);
	assert.match(out, /^<div class="heading-wrap level-2"><h2 class="x" id="run">/);
});

test('handles ids in other scripts and escapes the href', () => {
	const html = '<h2 id="登录问题">登录问题</h2>';
	const out = addHeadingAnchors(html, new Set(['登录问题']), (t) => `链接到本节：${t}`);
	assert.match(out, /href="#%E7%99%BB%E5%BD%95%E9%97%AE%E9%A2%98"/);
	assert.match(out, /链接到本节：登录问题/);
});

test('htmlToText decodes references and collapses white space', () => {
	assert.equal(
		htmlToText('A&nbsp;<b>b</b>\n &#39;c&#x27; &quot;d&quot; &bogus;'),
		'A b \'c\' "d" &bogus;',
	);
	assert.equal(htmlToText('&#0; &#x110000;'), '&#0; &#x110000;');
});

test('escapeHtml escapes what could end text or an attribute', () => {
	assert.equal(escapeHtml('<a href="x">&</a>'), '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
});
