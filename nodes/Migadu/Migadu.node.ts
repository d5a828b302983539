import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { listSearch } from './listSearch';
import { guardPreSends } from '../shared/items';
import { resourceProperties, resourceSelector } from './resources';
import { runMigaduItem } from './shared/transport';

guardPreSends(resourceProperties);

export class Migadu implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Migadu',
		name: 'migadu',
		icon: { light: 'file:../../icons/migadu.svg', dark: 'file:../../icons/migadu.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Migadu domains, mailboxes, identities, aliases, rewrites and forwardings',
		defaults: { name: 'Migadu' },
		// The default text of the tool's manual description; with "Set Automatically" n8n describes
		// each call by the operation's action, which says what a Delete or Update destroys.
		usableAsTool: {
			replacements: {
				description:
					'Manage Migadu mail: read, create, change and delete domains, mailboxes, identities, aliases, rewrites and forwardings. Delete removes objects permanently (a mailbox with all its mail); Update overwrites the fields it is given.',
			},
		},
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'migaduApi', required: true }],
		// The base URL comes from the credential once per execution (the item runner,
		// shared/items.ts), not from an expression RoutingNode would evaluate for each item.
		requestDefaults: {
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// Every answer reaches the operation's first postReceive (shared/errors.ts), which
			// explains failures; the DELETE-500 quirk needs the status code there too.
			ignoreHttpStatusErrors: true,
		},
		// Every item's request goes through runMigaduItem (the resource selector turns it on).
		requestOperations: { pagination: runMigaduItem },
		properties: [resourceSelector, ...resourceProperties],
	};

	methods = { listSearch };
}
