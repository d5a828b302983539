import type { FieldSpec } from '../../shared/fields';

// Mailcow accepts letters, digits and `_.-` in domain-admin names (so no email addresses).
export const checkUsername = (v: unknown) =>
	/^[A-Za-z0-9_.-]+$/.test(String(v))
		? undefined
		: `"${String(v)}" may contain only letters, digits and _ . -`;

export const USERNAME: FieldSpec = {
	param: 'adminUsername',
	key: 'username',
	kind: 'string',
	label: 'Username',
	required: true,
	check: checkUsername,
};

export const DA_ACLS = [
	'syncjobs',
	'quarantine',
	'login_as',
	'sogo_access',
	'app_passwds',
	'bcc_maps',
	'pushover',
	'filters',
	'ratelimit',
	'spam_policy',
	'extend_sender_acl',
	'unlimited_quota',
	'protocol_access',
	'smtp_ip_access',
	'alias_domains',
	'domain_desc',
];
