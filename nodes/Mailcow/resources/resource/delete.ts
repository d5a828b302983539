import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { fieldError } from '../../../shared/fields';
import { remove } from '../../shared/operation';
import { toRecords } from '../../shared/records';
import { mailcowApiRequest } from '../../shared/transport';
import { resources } from './fields';

/**
 * mailcow's delete/resource deletes any mailbox of the address given, not only resources
 * (mailcow-observed-2.md, "It deletes ordinary mailboxes too"). One read of the resources first;
 * an address that is not one of them refuses the item with nothing deleted.
 */
async function onlyResources(context: IExecuteSingleFunctions, addresses: string[]) {
	const records = toRecords(await mailcowApiRequest.call(context, 'GET', '/get/resource/all'));
	const known = new Set(records.map((r) => String(r.name).toLowerCase()));
	const others = addresses.filter((a) => !known.has(a.trim().toLowerCase()));
	if (others.length === 0) return;
	throw fieldError(
		context,
		resources.property.displayName,
		`${others.map((a) => `"${a}"`).join(', ')} ${others.length > 1 ? 'are not resources' : 'is not a resource'}`,
		"Mailcow's delete/resource would delete a mailbox of that address with all its mail: nothing was deleted.",
	);
}

export const del = remove({
	action: 'Permanently delete resources',
	description:
		'Delete one or more resources and their bookings; addresses that are not resources are refused',
	route: '/delete/resource',
	ids: resources,
	objects: ['resource', 'resources'],
	guard: onlyResources,
});
