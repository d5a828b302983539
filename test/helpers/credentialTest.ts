// Runs a credential's declarative connection test the way n8n's CredentialsTester does: the
// test request becomes the routing of a one-property node run by the real RoutingNode (through
// runNode), then the rules are applied in order — responseCode on an HTTP error,
// responseSuccessBody as `get(body, key) === value` on a success.
import type {
	ICredentialDataDecryptedObject,
	INodeCredentialTestResult,
	INodeType,
} from 'n8n-workflow';
import { credentialTypes, runNode } from './runNode';

function getPath(value: unknown, key: string): unknown {
	return key.split('.').reduce<unknown>((current, part) => {
		if (current === null || current === undefined) return undefined;
		return (current as Record<string, unknown>)[part];
	}, value);
}

export async function testCredential(
	type: string,
	data: ICredentialDataDecryptedObject,
): Promise<INodeCredentialTestResult> {
	const credentialType = credentialTypes[type];
	const test = credentialType?.test;
	if (!test) throw new Error(`${type} has no declarative test`);
	const nodeType: INodeType = {
		description: {
			displayName: 'Credential Test',
			name: 'credentialTest',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: { name: 'Temp-Node' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: type, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: test.request },
					default: '',
				},
			],
		},
	};
	const result = await runNode({
		node: 'credentialTest',
		nodeType,
		parameters: {},
		credentials: { [type]: data },
	});
	if (result.error) {
		const cause = (
			result.error as unknown as {
				cause?: { response?: { status: number; statusText?: string }; code?: string };
			}
		).cause;
		const httpCode = Number(result.error.httpCode);
		for (const rule of test.rules ?? []) {
			if (rule.type === 'responseCode' && rule.properties.value === httpCode) {
				return { status: 'Error', message: rule.properties.message };
			}
		}
		if (httpCode)
			return {
				status: 'Error',
				message: cause?.response?.statusText || `Received HTTP status code: ${httpCode}`,
			};
		return { status: 'Error', message: cause?.code ?? result.error.message };
	}
	const body = result.items[0]?.json;
	for (const rule of test.rules ?? []) {
		if (
			rule.type === 'responseSuccessBody' &&
			getPath(body, rule.properties.key) === rule.properties.value
		) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}
