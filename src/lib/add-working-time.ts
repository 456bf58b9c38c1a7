import { windowsFrom, type Schedule } from './schedule.ts';

/**
 * The instant at which `durationMs` of working time has run from `start`, the clock running only
 * inside the schedule's windows. A start outside a window waits for the next opening, so a zero
 * duration gives `nextOpening(start)`. A deadline that falls exactly on a window's end is that end
 * (never rolled to the next opening). Throws a RangeError for an invalid Date, a negative or
 * non-finite duration, or a schedule that stops opening (see `windowsFrom`).
 */
export function addWorkingTime(start: Date, durationMs: number, schedule: Schedule): Date {
	if (!Number.isFinite(durationMs) || durationMs < 0) {
		throw new RangeError(`addWorkingTime: duration must be a finite number ≥ 0, got ${durationMs}`);
	}
	let clock = start.getTime();
	let remaining = durationMs;
	for (const window of windowsFrom(start, schedule)) {
		clock = Math.max(clock, window.start.getTime());
		const available = window.end.getTime() - clock;
		if (remaining <= available) return new Date(clock + remaining);
		remaining -= available;
	}
	throw new Error('unreachable: windowsFrom never ends');
}
