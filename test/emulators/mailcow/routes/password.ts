// mailcow's password_check(): the policy of get/passwordpolicy, then password2.
import type { Entry } from '../php';
import { PASSWORD_LOG, str } from '../php';
import type { MailcowState } from '../state';

/** Returns the danger entry mailcow answers with, or undefined when the password is fine. */
export function passwordProblem(
	state: MailcowState,
	password: unknown,
	password2: unknown,
): Entry | undefined {
	const fail = (msg: string): Entry => ({ type: 'danger', log: PASSWORD_LOG, msg });
	const first = str(password);
	const policy = state.passwordPolicy;
	// A missing password fails the complexity check, not the comparison.
	if (first === '') return fail('password_complexity');
	if (first !== str(password2)) return fail('password_mismatch');
	if (first.length < Number(policy.length)) return fail('password_complexity');
	if (policy.chars === '1' && !/[A-Za-z]/.test(first)) return fail('password_complexity');
	if (policy.special_chars === '1' && !/[^A-Za-z0-9]/.test(first))
		return fail('password_complexity');
	if (policy.lowerupper === '1' && !(/[a-z]/.test(first) && /[A-Z]/.test(first)))
		return fail('password_complexity');
	if (policy.numbers === '1' && !/\d/.test(first)) return fail('password_complexity');
	return undefined;
}
