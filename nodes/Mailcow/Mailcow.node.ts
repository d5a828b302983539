import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { listSearch } from './listSearch';
import { mailcowMailboxCredentialTest } from './resources/email/credentialTest';
import { guardPreSends } from '../shared/items';
import { resourceProperties, resourceSelector } from './resources';
import { runMailcowItem } from './shared/transport';

guardPreSends(resourceProperties);

export class Mailcow implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mailcow',
		name: 'mailcow',
		icon: { light: 'file:../../icons/mailcow.svg', dark: 'file:../../icons/mailcow.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage domains, mailboxes, aliases, quarantine, mail queue, sync jobs and more of a self-hosted mailcow server, and send email',
		defaults: { name: 'Mailcow' },
		// The default text of the tool's manual description; with "Set Automatically" n8n describes
		// each call by the operation's action, which says what a Delete or Update destroys.
		usableAsTool: {
			replacements: {
				description:
					'Manage a mailcow mail server: read, create, change and delete domains, DKIM keys, domain admins, mailboxes, aliases, app passwords, sync jobs, maps and policies; release or delete quarantined mail and queued mail; read status, logs and Fail2ban; send email from a mailbox. Delete removes objects permanently (a mailbox with all its mail); Update overwrites the fields it is given.',
			},
		},
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			// RoutingNode authenticates with the one credential whose displayOptions match the
			// hidden `authentication` parameter; the sending mailbox is read by Email → Send itself.
			{
				name: 'mailcowApi',
				required: true,
				displayOptions: { show: { authentication: ['apiKey'] } },
			},
			{
				name: 'mailcowMailboxApi',
				required: true,
				displayOptions: { show: { resource: ['email'] } },
				testedBy: 'mailcowMailboxCredentialTest',
			},
		],
		// The base URL and the SSL choice come from the credential once per execution (the item
		// runner, shared/items.ts), not from expressions RoutingNode would evaluate for each item.
		requestDefaults: {
			headers: { Accept: 'application/json' },
			json: true,
			// Errors are read from the body by each operation's first postReceive (mailcow answers
			// most failures with HTTP 200), so HTTP errors must reach it too.
			ignoreHttpStatusErrors: true,
		},
		// Every item's request goes through runMailcowItem (the resource selector turns it on).
		requestOperations: { pagination: runMailcowItem },
		properties: [
			{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'apiKey' },
			resourceSelector,
			...resourceProperties,
		],
	};

	methods = {
		listSearch,
		credentialTest: { mailcowMailboxCredentialTest },
	};
}
