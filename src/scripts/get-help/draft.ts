import { formatDateTime } from '../../lib/format-date-time.ts';
import { formatMessage } from '../../lib/format-message.ts';
import type { LoweringReason, Severity } from '../../lib/severity.ts';

/** An article the reader tried, and what it says to collect before contacting support. */
export type TriedArticle = { title: string; url: string; collect: readonly string[] };

/** The sentences of the request draft, localized at build time. */
export type DraftText = Record<
	| 'subject'
	| 'problem'
	| 'impact'
	| 'severity'
	| 'reasons'
	| 'started'
	| 'tried'
	| 'contact'
	| 'commitments'
	| 'notGiven'
	| 'none'
	| 'service'
	| 'type'
	| 'opened'
	| 'openedLocal'
	| 'due'
	| 'collect'
	| 'collectFrom',
	string
>;

/** The sentences of the message for the admin, localized at build time. */
export type AdminText = {
	hello: string;
	since: string;
	affected: string;
	thanks: string;
	copied: string;
	copyFailed: string;
};

/** An instant, with the zone it is shown in. */
export type Zoned = { instant: Date; zone: string };

/** What the request draft says. */
export type DraftInput = {
	lang: string;
	beijingZone: string;
	problem: string;
	service?: string | undefined;
	type?: string | undefined;
	impact?: string | undefined;
	scope?: string | undefined;
	severity?: { id: Severity; name: string; reasons: string[] } | undefined;
	opened: Zoned;
	/** 21Vianet requests: the opening time is also given in Beijing time. */
	beijing: boolean;
	due?: Date | undefined;
	started?: Zoned | undefined;
	tried: readonly TriedArticle[];
	commitments?: readonly string[] | undefined;
};

/** A time as `<Beijing> Beijing time (<local>, <zone>)` or `<local> (<zone>)`. */
function when(template: string, input: DraftInput, instant: Date, zone: string): string {
	return formatMessage(template, {
		beijing: formatDateTime(instant, input.lang, input.beijingZone),
		local: formatDateTime(instant, input.lang, zone),
		zone,
	});
}

/** "Articles already tried" and "what to collect" lines, shared by the draft and the admin message. */
function triedLines(text: DraftText, tried: readonly TriedArticle[]): string[] {
	const lines = ['', text.tried];
	lines.push(...(tried.length ? tried.map((a) => `- ${a.title} (${a.url})`) : [text.none]));
	const withLists = tried.filter((a) => a.collect.length > 0);
	if (withLists.length) {
		lines.push('', text.collect);
		for (const a of withLists) {
			lines.push(formatMessage(text.collectFrom, { title: a.title }));
			lines.push(...a.collect.map((c) => `- ${c}`));
		}
	}
	return lines;
}

/** The request draft for an admin: every line the support request needs, in order. */
export function draftLines(text: DraftText, input: DraftInput): string[] {
	const line = (template: string, values: Record<string, string>) =>
		formatMessage(template, values);
	const notGiven = text.notGiven;
	const lines = [
		line(text.subject, { text: input.problem.slice(0, 80) || notGiven }),
		line(text.service, { text: input.service ?? notGiven }),
		line(text.type, { text: input.type ?? notGiven }),
		line(text.problem, { text: input.problem || notGiven }),
	];
	if (input.impact !== undefined || input.scope !== undefined) {
		lines.push(
			line(text.impact, { impact: input.impact ?? notGiven, scope: input.scope ?? notGiven }),
		);
	}
	if (input.severity) {
		lines.push(line(text.severity, { id: input.severity.id, name: input.severity.name }));
		if (input.severity.reasons.length) {
			lines.push(line(text.reasons, { reasons: input.severity.reasons.join(' ') }));
		}
	}
	const { instant, zone } = input.opened;
	lines.push(when(input.beijing ? text.opened : text.openedLocal, input, instant, zone));
	if (input.due) lines.push(when(text.due, input, input.due, zone));
	lines.push(
		line(text.started, {
			time: input.started
				? `${formatDateTime(input.started.instant, input.lang, input.started.zone)} (${input.started.zone})`
				: notGiven,
		}),
	);
	lines.push(...triedLines(text, input.tried), '', text.contact);
	if (input.commitments?.length) {
		lines.push('', text.commitments, ...input.commitments.map((c) => `- ${c}`));
	}
	return lines;
}

/** What the message for the admin says. */
export type AdminInput = {
	lang: string;
	problem: string;
	since?: Zoned | undefined;
	affected?: string | undefined;
	tried: readonly TriedArticle[];
};

/** A short message a reader who is not an admin sends to their admin. */
export function adminMessageLines(text: DraftText, admin: AdminText, input: AdminInput): string[] {
	const since = input.since
		? `${formatDateTime(input.since.instant, input.lang, input.since.zone)} (${input.since.zone})`
		: text.notGiven;
	return [
		admin.hello,
		'',
		formatMessage(text.problem, { text: input.problem || text.notGiven }),
		formatMessage(admin.since, { time: since }),
		formatMessage(admin.affected, { who: input.affected ?? text.notGiven }),
		...triedLines(text, input.tried),
		'',
		admin.thanks,
	];
}

/** The reasons a severity was lowered, as sentences. */
export function reasonTexts(
	lowered: readonly LoweringReason[],
	texts: Record<LoweringReason, string>,
): string[] {
	return lowered.map((r) => texts[r]);
}
