import { deleteTagsOf } from '../../shared/deleteTags';
import { mailbox, tagsToDelete } from './fields';

export const deleteTags = deleteTagsOf({
	category: 'mailbox',
	locator: mailbox,
	tags: tagsToDelete,
	action: 'Remove tags from a mailbox (the mailbox and its other tags stay)',
	description: 'Remove one or more tags from a mailbox',
});
