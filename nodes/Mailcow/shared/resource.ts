import type { ResourceDeclaration } from '../../shared/describe';

/**
 * A Mailcow resource: its operations and the plain-English texts of the message keys its
 * routes answer (`max_mailbox_exceeded` → "The domain has reached …"), written for this package.
 * resources/index.ts registers each resource once.
 */
export interface MailcowResource extends ResourceDeclaration {
	messages?: Record<string, string>;
	/** Words for the success keys of its routes in output items (`rl_saved` → "Rate limit saved"). */
	successTexts?: Record<string, string>;
}
