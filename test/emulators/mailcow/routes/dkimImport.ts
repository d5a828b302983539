// add/dkim_import: a DKIM key from its private key (PKCS#1 or PKCS#8 PEM).
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { intval, isValidDomain, record, str, writeAnswer } from '../php';
import type { MailcowHandler, RouteTable } from './index';

const SELECTOR = /^[A-Za-z0-9_.-]+$/;

/** No access check: a domain mailcow does not know is accepted. The key is echoed in the log. */
const importDkim: MailcowHandler = ({ state, payload }) => {
	const attr = record(payload);
	const log = ['dkim', 'import', attr];
	const danger = (msg: [string, string]) => writeAnswer([{ type: 'danger', log, msg }]);
	// openssl_error_string() is read without clearing older errors first.
	const stale = state.opensslErrors.shift();
	if (stale !== undefined) return danger(['private_key_error', stale]);
	const domain = str(attr.domain).toLowerCase();
	const selector = attr.dkim_selector === undefined ? 'dkim' : str(attr.dkim_selector);
	if (!isValidDomain(domain) || !SELECTOR.test(selector))
		return danger(['dkim_domain_or_sel_invalid', domain]);
	if (state.dkim.has(domain) && intval(attr.overwrite_existing) !== 1)
		return danger(['dkim_domain_or_sel_exists', domain]);
	let pubkey: string;
	let length: number;
	try {
		const privateKey = createPrivateKey(str(attr.private_key_file));
		length = privateKey.asymmetricKeyDetails?.modulusLength ?? 2048;
		pubkey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
	} catch {
		return danger(['private_key_error', 'error:1E08010C:DECODER routines::unsupported']);
	}
	// It always deletes first, even when no key existed.
	state.dkim.set(domain, { selector, length, pubkey });
	return writeAnswer([
		{
			type: 'success',
			log: ['dkim', 'delete', { domains: domain }],
			msg: ['dkim_removed', domain],
		},
		{ type: 'success', log, msg: ['dkim_added', domain] },
	]);
};

export const dkimImportRoutes: RouteTable = { add: { dkim_import: importDkim } };
