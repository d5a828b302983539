import type { IExecuteSingleFunctions } from 'n8n-workflow';

/** What the output item reports about a sent email: never the password or the file bytes. */
export interface SendSummary {
	[key: string]: unknown;
	from: string;
	to: string[];
	cc: string[];
	bcc: string[];
	replyTo: string | null;
	subject: string;
	attachments: Array<{ fileName: string; mimeType: string; size: number; binaryProperty: string }>;
}

// RoutingNode runs an item's preSend and postReceive with the same context object; the summary
// goes from one to the other here instead of re-reading (and re-evaluating) every parameter.
const summaries = new WeakMap<IExecuteSingleFunctions, SendSummary>();

export function rememberSummary(context: IExecuteSingleFunctions, summary: SendSummary) {
	summaries.set(context, summary);
}

export function takeSummary(context: IExecuteSingleFunctions): SendSummary | undefined {
	const summary = summaries.get(context);
	summaries.delete(context);
	return summary;
}
