import type { ScheduleTable } from '../../lib/first-response.ts';
import { formatDateTime } from '../../lib/format-date-time.ts';
import { formatMessage } from '../../lib/format-message.ts';
import { sentenceStart } from '../../lib/sentence-start.ts';
import {
	isOpen,
	nextOpening,
	parseSchedule,
	type RawSchedule,
	type Schedule,
} from '../../lib/schedule.ts';

/** The sentences of an open-now line, localized at build time. */
export interface OpenStatusText {
	open: string;
	always: string;
	closed: string;
	closedLocal: string;
}

/** What an open-now line needs: the schedules, the reader-local hours of global billing, words. */
export interface OpenStatusConfig {
	lang: string;
	beijingZone: string;
	schedules: ScheduleTable;
	/** Global billing phone hours, on the reader's own clock. */
	localHours?: { days: number[]; from?: string | undefined; to?: string | undefined } | undefined;
	status: OpenStatusText;
}

/** The name that stands for the reader-local hours of global billing. */
export const LOCAL_HOURS = 'local-hours';

/** The schedule a status name stands for, or undefined when there is none to compute. */
function scheduleFor(name: string, config: OpenStatusConfig, zone: string): Schedule | undefined {
	const local = config.localHours;
	if (name === LOCAL_HOURS) {
		if (!local?.from || !local.to) return undefined;
		return parseSchedule({
			timeZone: zone,
			windows: [{ days: local.days, from: local.from, to: local.to }],
			closedDates: [],
			extraWorkingDates: [],
		});
	}
	const raw = config.schedules[name];
	return typeof raw === 'object' ? parseSchedule(raw as RawSchedule) : undefined;
}

/**
 * "Open now", "Open now, around the clock", or "Closed now. Opens …" in Beijing and the reader's
 * time, for a schedule name of the policy data (or `LOCAL_HOURS`); undefined when unknown.
 * `readerZone` is the reader's IANA time zone, explicit so the answer never depends on the host.
 */
export function openStatusText(
	name: string,
	now: Date,
	config: OpenStatusConfig,
	readerZone: string,
): string | undefined {
	const { status, lang, beijingZone } = config;
	if (name === 'always') return status.always;
	const schedule = scheduleFor(name, config, readerZone);
	if (!schedule) return undefined;
	if (isOpen(now, schedule)) return status.open;
	const opens = nextOpening(now, schedule);
	const local = formatDateTime(opens, lang, readerZone);
	return name === LOCAL_HOURS
		? formatMessage(status.closedLocal, { local })
		: formatMessage(status.closed, { beijing: formatDateTime(opens, lang, beijingZone), local });
}

/** Whether nothing but white space comes before a node in its parent. */
const startsBlock = (node: Node) => {
	for (let n = node.previousSibling; n; n = n.previousSibling)
		if (n.textContent?.trim()) return false;
	return true;
};

/** Fills every `[data-open-status]` inside a root with its line for now. */
export function renderOpenStatus(root: ParentNode, config: OpenStatusConfig): void {
	const now = new Date();
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	root.querySelectorAll<HTMLElement>('[data-open-status]').forEach((node) => {
		const text = openStatusText(node.dataset.openStatus ?? '', now, config, zone);
		if (text === undefined) return;
		node.textContent = startsBlock(node) ? sentenceStart(text, config.lang) : text;
	});
}
