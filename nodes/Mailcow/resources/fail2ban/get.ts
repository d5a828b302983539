import type { IHttpRequestOptions } from 'n8n-workflow';
import { simplifyField } from '../../shared/descriptions';
import { mailcowOperation } from '../../shared/operation';
import { readOne } from '../../shared/read';
import { simplifyFail2ban } from './simplify';

// One object, never {}: even before netfilter writes its options mailcow answers the lists.
export const get = mailcowOperation(
	{
		name: 'Get',
		value: 'get',
		action: 'Get the fail2ban settings and active bans',
		description: 'Read the ban settings, white- and blacklist, and the active and permanent bans',
	},
	{
		method: 'GET',
		url: '/get/fail2ban',
		preSend: async (options: IHttpRequestOptions) => options,
		postReceive: [readOne(simplifyFail2ban)],
	},
	[simplifyField],
);
