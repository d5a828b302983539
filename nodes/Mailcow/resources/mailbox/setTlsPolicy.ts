import { parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { tlsEnforceIn, tlsEnforceOut } from './fields';
import { mailboxSetting } from './setting';

export const setTlsPolicy = mailboxSetting({
	name: 'Set TLS Policy',
	value: 'setTlsPolicy',
	action: 'Set the TLS policy of mailboxes, replacing both TLS enforcement flags',
	description: 'Set whether mail to and from the mailboxes must travel over TLS',
	// Undocumented; edit/mailbox ignores these flags (recorded in mailcow-observed-2).
	route: '/edit/tls_policy',
	properties: [parameterOf(tlsEnforceIn), parameterOf(tlsEnforceOut)],
	attr: (context) => {
		const attr = readMailcowBody(context, [tlsEnforceIn, tlsEnforceOut]);
		return {
			attr,
			summary: {
				tlsEnforceIn: attr.tls_enforce_in === 1,
				tlsEnforceOut: attr.tls_enforce_out === 1,
			},
		};
	},
});
