import type { INodeProperties } from 'n8n-workflow';
import {
	describeResources,
	resourceSelector as selectorOf,
	type ResourceDeclaration,
} from '../../shared/describe';
import { throttlingOption } from '../shared/descriptions';
import { alias } from './alias';
import { domain } from './domain';
import { forwarding } from './forwarding';
import { identity } from './identity';
import { mailbox } from './mailbox';
import { rewrite } from './rewrite';

/** Every resource of the node, registered once. */
const RESOURCES: ResourceDeclaration[] = [alias, domain, forwarding, identity, mailbox, rewrite];

export const resourceSelector: INodeProperties = selectorOf(RESOURCES, 'mailbox', {
	// Marks every request as "paginated", so RoutingNode hands it to the node's item runner.
	routing: { send: { paginate: true } },
});

/**
 * The Operation selectors and every parameter, each defined once per group of operations using
 * it: RoutingNode evaluates every definition of a parameter for every item (twice), so thirty
 * copies of the Domain locator would cost thirty evaluations per item where two do.
 */
export const resourceProperties: INodeProperties[] = [
	...describeResources(RESOURCES),
	throttlingOption,
];
