/** How a set of ISO weekdays (1 = Monday … 7 = Sunday) reads in a sentence. */
export function daysPattern(days: readonly number[]): 'every-day' | 'weekdays' | 'custom' {
	const set = new Set(days);
	if (set.size === 7 && [1, 2, 3, 4, 5, 6, 7].every((d) => set.has(d))) return 'every-day';
	if (set.size === 5 && [1, 2, 3, 4, 5].every((d) => set.has(d))) return 'weekdays';
	return 'custom';
}

/** Minutes east of UTC of an offset string (`+08:00` → 480, `-03:30` → -210). */
export function offsetMinutes(offset: string): number {
	const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
	if (!m) throw new RangeError(`not a UTC offset: ${offset}`);
	const minutes = Number(m[2]) * 60 + Number(m[3]);
	return m[1] === '-' ? -minutes : minutes;
}

/** A wall-clock time in another zone: the time and how many days it moved (-1, 0, +1). */
export interface ShiftedTime {
	time: string;
	dayShift: number;
}

/** Converts a local `HH:MM` (24:00 allowed) in a zone with a fixed offset to UTC. */
export function toUtcTime(hhmm: string, offset: string): ShiftedTime {
	const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
	if (!m) throw new RangeError(`not HH:MM: ${hhmm}`);
	const total = Number(m[1]) * 60 + Number(m[2]) - offsetMinutes(offset);
	const dayShift = Math.floor(total / 1440);
	const inDay = total - dayShift * 1440;
	const pad = (n: number) => String(n).padStart(2, '0');
	return { time: `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`, dayShift };
}
