// Pure helpers of the sandbox, without n8n: how `n8n execute --rawOutput` output is parsed, and
// which webhook paths `npm start` publishes.
import { loadExamples, webhookPaths } from '../../scripts/sandbox/demo';
import { parseRawOutput } from '../../scripts/sandbox/n8n';

describe('parseRawOutput', () => {
	const run = {
		status: 'success',
		data: { resultData: { runData: { A: [{ executionTime: 3 }] } } },
	};

	test('finds the run after n8n log lines that contain braces', () => {
		const stdout = [
			'n8n Task Broker ready on 127.0.0.1, port 5699',
			'[license SDK] {"note":"not the run"} skipped',
			JSON.stringify(run, null, 2),
			'',
		].join('\n');
		expect(parseRawOutput(stdout)).toEqual(run);
	});

	test('finds the run of a failed execution printed after "Execution error:"', () => {
		const stdout = `Execution was NOT successful.\nExecution error:\n====\n${JSON.stringify(run, null, 2)}\n`;
		expect(parseRawOutput(stdout)).toEqual(run);
	});

	test('returns undefined when n8n printed no run', () => {
		expect(
			parseRawOutput('No active execution found\nError: No active execution found\n'),
		).toBeUndefined();
		expect(parseRawOutput('{"message":"an object without data"}\n')).toBeUndefined();
	});
});

describe('webhookPaths', () => {
	test('lists the Webhook nodes of the examples, none for manual-only ones', () => {
		const byFile = Object.fromEntries(
			loadExamples().map((e) => [e.file, webhookPaths(e.workflow)]),
		);
		expect(byFile).toEqual({
			'1-crm-provisioning.json': ['new-customer'],
			'2-webhook-transactional-mail.json': ['send-document'],
			'3-migadu-onboarding.json': [],
			'4-offboarding.json': [],
			'5-mailcow-trigger.json': [],
			'6-migadu-trigger.json': [],
			'7-daily-health-report.json': [],
		});
	});
});
