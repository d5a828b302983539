import type { IDataObject } from 'n8n-workflow';

/**
 * What an item's preSend resolved, for its postReceive: RoutingNode passes the same per-item
 * context object (`this`) to both, so nothing is read or evaluated twice.
 */
export interface RequestContext {
	/** Encoded path below the base URL, e.g. `/domains/example.com/mailboxes/demo`. */
	path: string;
	/** What the request addresses, for messages: `mailbox "demo@example.com"`. */
	target: string;
	/** Output of a DELETE whose answer holds no deleted object (empty, or a 500 a lookup showed done). */
	deleted?: IDataObject;
	/** One more sentence for a 404's description (the operation's own reason for it). */
	notFound?: string;
	/** Tells the rate limiter that the answer has arrived. */
	answered?: () => void;
}

const contexts = new WeakMap<object, RequestContext>();

export function setRequestContext(owner: object, context: RequestContext): void {
	contexts.set(owner, context);
}

/** The item's context; `owner` may also be the object RoutingNode derives from it for the runner. */
export function requestContext(owner: object): RequestContext | undefined {
	return contexts.get(owner) ?? contexts.get(Object.getPrototypeOf(owner) as object);
}
