import type { IExecuteSingleFunctions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';
import { buildPath, type PathPart } from '../../shared/path';
import { toAsciiAddress, toAsciiDomain, toLocalPart, type Converted } from './convert';
import { fieldError } from '../../shared/fields';

/**
 * Reads the identifiers of the request path (each parameter once) and converts them the way
 * Migadu expects: domains in punycode, local parts without the domain, external addresses with a
 * punycode domain. Encoding for the URL happens later, segment by segment.
 */
export class Target {
	private cache = new Map<string, string>();
	/** The field each value read came from, so a refused path value names its field. */
	private labels = new Map<string, string>();

	constructor(private readonly ctx: IExecuteSingleFunctions) {}

	private read(name: string, label: string, convert: (value: string) => Converted<string>): string {
		const cached = this.cache.get(name);
		if (cached !== undefined) return cached;
		const raw = this.ctx.getNodeParameter(name, '', { extractValue: true }) as unknown;
		const text =
			typeof raw === 'string' ? raw.trim() : raw === undefined || raw === null ? '' : String(raw);
		if (!text) throw fieldError(this.ctx, label, 'is required');
		const converted = convert(text);
		if ('error' in converted) throw fieldError(this.ctx, label, converted.error);
		this.cache.set(name, converted.value);
		if (!this.labels.has(converted.value)) this.labels.set(converted.value, label);
		return converted.value;
	}

	/** The domain (resource locator `domain`), in punycode. */
	domain(): string {
		return this.read('domain', 'Domain', toAsciiDomain);
	}

	/** The mailbox (resource locator `mailbox`): its local part; a full address must be of the domain. */
	mailbox(): string {
		const domain = this.domain();
		return this.read('mailbox', 'Mailbox', (value) => toLocalPart(value, domain));
	}

	/** A local part typed as `name` or `name@domain` (identity, alias). */
	localPart(name: string, label: string): string {
		const domain = this.domain();
		return this.read(name, label, (value) => toLocalPart(value, domain));
	}

	/** A name used as it is (rewrite slug). */
	text(name: string, label: string): string {
		return this.read(name, label, (value) => ({ value }));
	}

	/** A full external address (forwarding), with its domain in punycode. */
	address(name: string, label: string): string {
		return this.read(name, label, toAsciiAddress);
	}

	/** `local@domain` for messages. */
	mailboxAddress(): string {
		return `${this.mailbox()}@${this.domain()}`;
	}

	/** A path segment: the value with the field it was read from, or a fixed route word. */
	part(segment: string): PathPart {
		const label = this.labels.get(segment);
		return label === undefined ? segment : { value: segment, label };
	}
}

/**
 * Path below the base URL: fixed route words and user values, each checked by the shared path
 * rule (nodes/shared/path.ts) and percent-encoded (Migadu decodes a segment once). A refused value
 * fails the item before any request, naming the field.
 */
export function migaduPath(
	context: IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions,
	...parts: PathPart[]
): string {
	const itemIndex = 'getItemIndex' in context ? context.getItemIndex() : undefined;
	return buildPath(context.getNode(), itemIndex, parts, encodeURIComponent);
}
