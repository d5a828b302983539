import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import {
	destinations,
	order,
	pattern,
	rewriteId,
	rewriteLabel,
	rewriteParameter,
	rewritesPath,
} from './fields';

export const create = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a rewrite',
	description: 'Create a rule that delivers mail for matching addresses to destinations',
	method: 'POST',
	path: rewritesPath,
	target: rewriteLabel,
	locators: [domainLocator, rewriteParameter],
	fields: fieldGroups(
		topLevel({ ...pattern, required: true }, destinations),
		collection({ displayName: 'Additional Fields', name: 'rewriteAdditionalFields' }, [order]),
	),
	finish: (_ctx, body, r) => {
		body.name = rewriteId(r);
	},
});
