import { deleteTagsOf } from '../../shared/deleteTags';
import { domain, tagsToDelete } from './fields';

export const deleteTags = deleteTagsOf({
	category: 'domain',
	locator: domain,
	tags: tagsToDelete,
	action: 'Remove tags from a domain (the domain and its other tags stay)',
	description: 'Remove one or more tags from a domain',
});
