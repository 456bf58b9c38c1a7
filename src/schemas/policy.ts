import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM, 00:00 to 24:00');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const weekday = z.number().int().min(1).max(7);
/** An i18next key into content/i18n/<locale>.json. */
const key = z.string().regex(/^policy\.[\w.-]+$/, 'an i18n key starting with policy.');
const severity = z.enum(['A', 'B', 'C']);
/** One value for each service. */
const perService = <T extends z.ZodType>(value: T) =>
	z.object({ global: value, '21vianet': value }).strict();

const scheduleSchema = z.object({
	$comment: z.string().optional(),
	/** The hours are this guide's reading of the policy (SUPPORT-POLICY 4): wherever they show, the text says so. */
	interpreted: z.boolean().optional(),
	timeZone: z.string().min(1),
	windows: z.array(z.object({ days: z.array(weekday).min(1), from: hhmm, to: hhmm })).min(1),
	/** The statutory calendar behind closedDates and extraWorkingDates: its source and the years it covers. */
	calendar: z
		.object({
			years: z.array(z.number().int().min(2000).max(2100)).min(1),
			source: z.string().min(1),
			sourceUrl: z.url({ protocol: /^https?$/ }),
		})
		.strict()
		.optional(),
	closedDates: z.array(isoDate),
	extraWorkingDates: z.array(isoDate),
});

/** A community forum or self-help address a non-admin can use, with its name's i18n key. */
const forumSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9-]+$/),
		nameKey: key,
		url: z.url({ protocol: /^https$/ }),
	})
	.strict();

const hoursSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('always') }),
	// A form that takes requests at any time; the policy gives no hours for answering them.
	z.object({ kind: z.literal('anytime') }),
	z.object({ kind: z.literal('partner') }),
	// Forums: open to read and post at any time; answers come from the community, with no set time.
	z.object({ kind: z.literal('forum') }),
	z.object({
		kind: z.literal('local'),
		days: z.array(weekday).min(1),
		from: hhmm.optional(),
		to: hhmm.optional(),
	}),
	z.object({ kind: z.literal('schedule'), schedule: z.string() }),
	z.object({
		kind: z.literal('by-severity'),
		bySeverity: z.record(severity, z.string()),
	}),
]);

const targetSchema = z.union([
	z.object({ hours: z.number().positive(), schedule: z.string() }).strict(),
	z.object({ businessDays: z.number().int().positive(), schedule: z.string() }).strict(),
]);

/** The support policy data: every fact the site states, once (content/policy/support-policy.json). */
export const policySchema = z
	.object({
		$comment: z.string().optional(),
		services: z.record(
			z.enum(['global', '21vianet']),
			z.object({
				nameKey: key,
				requestPathKey: key,
				assistedSupportLanguagesKey: key,
			}),
		),
		phones: z.record(
			z.string(),
			z.object({ display: z.string().min(1), tel: z.string().regex(/^\+\d{6,15}$/) }),
		),
		timeZones: z.record(
			z.string(),
			z.object({ iana: z.string(), utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/) }),
		),
		schedules: z.record(z.string(), scheduleSchema),
		channels: z.array(
			z.object({
				id: z.string(),
				service: z.enum(['global', '21vianet', 'both']),
				kind: z.enum(['online', 'phone', 'online-and-phone', 'advisory', 'partner', 'self-help']),
				audience: z.enum(['admin', 'authorized-admin', 'everyone', 'everyone-in-subscription']),
				/** Why the audience is this guide's reading of the policy; the channel table shows it. */
				audienceNoteKey: key.optional(),
				hours: hoursSchema,
				phone: z.string().optional(),
				coversKey: key,
				languagesKey: key,
			}),
		),
		severities: z.array(
			z.object({
				id: severity,
				level: z.string(),
				/** 21Vianet's examples; `article` is the troubleshooting article on that problem. */
				examples: z
					.array(
						z.object({
							key,
							article: z.string().regex(/^[a-z0-9-]+$/),
							/** True when tying the example to this article is this guide's reading. */
							interpreted: z.boolean().optional(),
							$comment: z.string().optional(),
						}),
					)
					.min(1),
				customerPart: z.array(key).min(1),
				followUpKey: key.optional(),
			}),
		),
		responseTargets: z.object({
			technical: z.record(severity, targetSchema),
			billing: z.record(z.enum(['B', 'C']), targetSchema),
		}),
		severityRules: z.object({
			base: z.array(
				z.object({
					impact: z.enum(['down', 'degraded', 'minor']),
					scope: z.enum(['many', 'one']),
					severity,
				}),
			),
			highestFor: z.object({ billing: z.literal('B') }),
			aRequires: z.array(z.enum(['agreement', 'resource'])),
			lowerIfNoResponseKey: key,
			/** The severity rules as sentences, in the order pages list them. */
			ruleKeys: z.array(key),
		}),
		billingExamples: z.array(key).min(1),
		preSalesTopics: z.array(key).min(1),
		technicalCategories: z.array(
			z.object({
				categoryKey: key,
				products: z.array(
					z.object({
						productKey: key,
						/** Key of `retirements` when the product is retired: the row then says when. */
						retired: z.string().optional(),
						examples: z.array(z.object({ key, article: z.string().regex(/^[a-z0-9-]+$/) })),
					}),
				),
			}),
		),
		supportBoundary: z.array(key),
		selfHelpResources: z.array(key),
		roles: z.object({
			admin: z.object({ responsibilities: z.array(key), tasks: z.array(key) }),
			'21vianet': z.object({ tasks: z.array(key) }),
		}),
		globalOnlineSteps: z.array(key).length(5),
		/** Requests the severity page computes as worked examples of the response clock. */
		workedExamples: z.array(
			z.object({
				type: z.enum(['technical', 'billing']),
				severity,
				at: z.iso.datetime({ offset: true }),
			}),
		),
		/** Community forums per service, as the official support pages name them. */
		communityForums: z
			.object({
				$comment: z.string().optional(),
				global: z.array(forumSchema).min(1),
				'21vianet': z.array(forumSchema).min(1),
			})
			.strict(),
		/** SUPPORT-POLICY 6: addresses per service; null where not verified for that service. */
		endpoints: z
			.object({ $comment: z.string().optional() })
			.catchall(perService(z.string().min(1).nullable())),
		/** SUPPORT-POLICY 6: a note to render after an address, by name and service (an i18n key). */
		endpointCaveats: z
			.object({ $comment: z.string().optional() })
			.catchall(z.object({ global: z.string(), '21vianet': z.string() }).partial().strict()),
		/** SUPPORT-POLICY 6: the PowerShell connection line of each module per service. */
		connect: z
			.object({ $comment: z.string().optional() })
			.catchall(perService(z.string().regex(/^Connect-\w+/))),
		/** Retired products: the retirement date per service and the successor's name. */
		retirements: z
			.object({ $comment: z.string().optional() })
			.catchall(
				z.object({ global: isoDate, '21vianet': isoDate, successor: z.string().min(1) }).strict(),
			),
	})
	.strict()
	.superRefine((policy, ctx) => {
		const schedules = Object.keys(policy.schedules);
		const check = (name: string, path: (string | number)[]) => {
			if (!schedules.includes(name)) {
				ctx.addIssue({ code: 'custom', message: `unknown schedule "${name}"`, path });
			}
		};
		for (const [type, targets] of Object.entries(policy.responseTargets)) {
			for (const [sev, target] of Object.entries(targets)) {
				check(target.schedule, ['responseTargets', type, sev, 'schedule']);
			}
		}
		policy.channels.forEach((c, i) => {
			if (c.hours.kind === 'schedule') check(c.hours.schedule, ['channels', i, 'hours']);
			if (c.hours.kind === 'by-severity') {
				for (const s of Object.values(c.hours.bySeverity)) check(s, ['channels', i, 'hours']);
			}
			if (c.phone && !(c.phone in policy.phones)) {
				ctx.addIssue({
					code: 'custom',
					message: `unknown phone "${c.phone}"`,
					path: ['channels', i],
				});
			}
		});
	});

/** The validated support policy. */
export type Policy = z.infer<typeof policySchema>;
