import type { INodeProperties } from 'n8n-workflow';

/**
 * The Allow Sending As Alias option of Alias → Create and Update: mailcow's `sender_allowed`.
 * Since mailcow 2026-01 add/alias stores an omitted value as 0 (issue #7058), while mailcow's own
 * add-alias form sends 1, so Create always sends it (default on).
 */
export const ALLOW_SENDING_AS_ALIAS: INodeProperties = {
	displayName: 'Allow Sending As Alias',
	name: 'sender_allowed',
	type: 'boolean',
	default: true,
	description:
		'Whether the mailboxes the alias forwards to may send mail with the alias address as sender (mailcow stores "off" when this is not sent, so Create always sends it)',
};
