import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { fieldError } from '../../../shared/fields';
import { mailcowApiRequest } from '../../shared/transport';
import { fail2banAction } from './action';
import { addresses } from './fields';
import { inNetwork } from './networks';

/**
 * mailcow queues an unban for exactly the network given (netfilter bans whole networks, e.g.
 * 203.0.113.7/32 or a /64) and acknowledges any value, banned or not. So the active bans are
 * read first: each address is replaced by the banned network holding it, addresses not banned
 * are named under `notBanned` with a warning, and an item with none banned fails.
 */
async function bannedNetworks(context: IExecuteSingleFunctions, given: string[]) {
	const answer = (await mailcowApiRequest.call(context, 'GET', '/get/fail2ban')) as IDataObject;
	const active = (Array.isArray(answer?.active_bans) ? answer.active_bans : []) as IDataObject[];
	const networks = active.map((ban) => String(ban.network));
	const send: string[] = [];
	const notBanned: string[] = [];
	for (const address of given) {
		const held = networks.filter((network) => inNetwork(address, network));
		if (held.length === 0) notBanned.push(address);
		for (const network of held) if (!send.includes(network)) send.push(network);
	}
	if (send.length === 0)
		throw fieldError(
			context,
			addresses.property.displayName,
			`not banned: ${notBanned.join(', ')}`,
			'Fail2ban → Get lists the active bans.',
		);
	const summary: IDataObject = notBanned.length
		? {
				notBanned,
				warnings: notBanned.map((address) => `${address} is not banned: nothing to unban`),
			}
		: {};
	return { send, summary };
}

export const unban = fail2banAction({
	name: 'Unban',
	value: 'unban',
	action: 'Unban addresses, lifting their active bans',
	description:
		'Lift the active bans of IP addresses or networks (the blacklist stays as it is); netfilter applies it within seconds',
	f2bAction: 'unban',
	field: addresses,
	done: 'unbanned',
	choose: bannedNetworks,
	routes: ['/edit/fail2ban', '/get/fail2ban'],
});
