import type { TFunction } from 'i18next';
import { clockText } from '../lib/clock-text.ts';
import { policy } from '../data/policy.ts';
import { daysPattern, toUtcTime } from '../lib/hours.ts';
import { businessDayLength, parseSchedule } from '../lib/schedule.ts';
import type { Policy } from '../schemas/policy.ts';

type Channel = Policy['channels'][number];
type Schedule = Policy['schedules'][string];

/** Weekdays as words (`Monday to Friday`, `every day`), or a list of localized day names. */
export function daysText(days: readonly number[], t: TFunction, langTag: string): string {
	const pattern = daysPattern(days);
	if (pattern !== 'custom') return t(`hours.days.${pattern}`);
	// 2024-01-01 was a Monday: day d is 2024-01-0d.
	const name = new Intl.DateTimeFormat(langTag, { weekday: 'long', timeZone: 'UTC' });
	return days.map((d) => name.format(new Date(Date.UTC(2024, 0, d)))).join(', ');
}

/**
 * A schedule's hours in Beijing time with the UTC equivalent (all schedules are in Beijing time),
 * saying so when the hours are the guide's interpretation (SUPPORT-POLICY 4).
 */
export function scheduleText(schedule: Schedule, t: TFunction, langTag: string): string {
	const offset = policy.timeZones['beijing']!.utcOffset;
	const hours = schedule.windows
		.map((w) => {
			if (w.from === '00:00' && w.to === '24:00' && daysPattern(w.days) === 'every-day') {
				return t('hours.always');
			}
			const utcFrom = toUtcTime(w.from, offset);
			const utcTo = toUtcTime(w.to, offset);
			return t('hours.beijing', {
				days: daysText(w.days, t, langTag),
				from: clockText(w.from, langTag),
				to: clockText(w.to, langTag),
				utcFrom: clockText(utcFrom.time, langTag),
				utcTo: clockText(
					utcTo.time === '00:00' && utcTo.dayShift > 0 ? '24:00' : utcTo.time,
					langTag,
				),
			});
		})
		.join(t('list.separator'));
	return schedule.interpreted ? t('hours.interpreted', { hours }) : hours;
}

/** When a channel is open, in a sentence. */
export function channelHoursText(channel: Channel, t: TFunction, langTag: string): string {
	const h = channel.hours;
	switch (h.kind) {
		case 'always':
			return t('hours.always');
		case 'anytime':
			return t('hours.anytime');
		case 'partner':
			return t('hours.partner');
		case 'forum':
			return t('hours.forum');
		case 'local':
			return h.from && h.to
				? t('hours.local', {
						days: daysText(h.days, t, langTag),
						from: clockText(h.from, langTag),
						to: clockText(h.to, langTag),
					})
				: t('hours.localBusiness', { days: daysText(h.days, t, langTag) });
		case 'schedule':
			return scheduleText(schedule(h.schedule), t, langTag);
		case 'by-severity':
			return Object.entries(h.bySeverity)
				.reduce<Array<{ sevs: string[]; name: string }>>((groups, [sev, name]) => {
					const same = groups.find((g) => g.name === name);
					if (same) same.sevs.push(sev);
					else groups.push({ sevs: [sev], name });
					return groups;
				}, [])
				.map((g) =>
					t('hours.bySeverity', {
						count: g.sevs.length,
						severities: severityList(g.sevs, t),
						hours: scheduleText(schedule(g.name), t, langTag),
					}),
				)
				.join(t('list.separator'));
	}
}

/** Severity letters as running text, "B ja C" / "B and C" (never the English shorthand "B/C"). */
export function severityList(sevs: readonly string[], t: TFunction): string {
	if (sevs.length < 2) return sevs.join('');
	return t('severity.list', { init: sevs.slice(0, -1).join(', '), last: sevs.at(-1) });
}

/** A schedule by name; the schema guarantees it exists. */
export function schedule(name: string): Schedule {
	const s = policy.schedules[name];
	if (!s) throw new Error(`policy: no schedule "${name}"`);
	return s;
}

/** The hours of one business day on a schedule, measured by the same clock the calculator uses. */
export function businessDayHours(name: string): number {
	return businessDayLength(parseSchedule(schedule(name))) / 3_600_000;
}

/** "Channel: hours" for one channel of the policy data, e.g. on the contact card. */
export function channelLine(id: string, t: TFunction, langTag: string): string {
	const channel = policy.channels.find((c) => c.id === id);
	if (!channel) throw new Error(`policy: no channel "${id}"`);
	return t('contact.channelHours', {
		channel: t(`channel.name.${id}`),
		hours: channelHoursText(channel, t, langTag),
	});
}

/**
 * A first-response target in words (`within 1 hour`, `within 3 business days`); `prose` for running
 * text, where a language may spell small numbers out (`kolmen työpäivän kuluessa`).
 */
export function targetText(
	type: 'technical' | 'billing',
	severity: 'A' | 'B' | 'C',
	t: TFunction,
	prose = false,
): string {
	const targets: Partial<Record<'A' | 'B' | 'C', Policy['responseTargets']['technical']['A']>> =
		policy.responseTargets[type];
	const target = targets[severity];
	if (!target) return t('response.none');
	return 'hours' in target
		? t('response.withinHours', { count: target.hours, prose })
		: t('response.withinBusinessDays', { count: target.businessDays, context: type, prose });
}
