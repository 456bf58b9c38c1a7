/** A span of time split into whole days, hours and minutes (rounded up to the minute). */
export interface DurationParts {
	days: number;
	hours: number;
	minutes: number;
}

const MINUTE = 60_000;

/**
 * Splits an absolute duration in milliseconds for display ("in 1 d 2 h 5 min"); rounds up to the
 * next minute so that a deadline is never shown as nearer than it is.
 */
export function durationParts(ms: number): DurationParts {
	const total = Math.ceil(Math.abs(ms) / MINUTE);
	return {
		days: Math.floor(total / 1440),
		hours: Math.floor((total % 1440) / 60),
		minutes: total % 60,
	};
}
