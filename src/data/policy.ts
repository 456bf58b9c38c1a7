import raw from '../../content/policy/support-policy.json';
import { policySchema, type Policy } from '../schemas/policy.ts';

/** The support policy, validated when the site builds: a malformed data file fails the build. */
export const policy: Policy = policySchema.parse(raw);
