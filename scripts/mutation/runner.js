/**
 * Jest runner of `npm run mutation`: Jest's own runner, except that once a test has failed with
 * the active mutant (environment.js), the remaining test files of that mutant's run are not even
 * loaded. Loading one of this repository's test files (n8n-core, the built nodes, an emulator)
 * takes seconds, and a mutant is usually covered by many files: without this, a mutant killed by
 * the first file would still load every other one.
 *
 * How: the run is handed a watcher that reads as interrupted once the mutant is killed, so Jest's
 * in-band loop cancels each remaining file before it starts; the cancellations are kept from
 * Jest's results (they are no test failures). Without an active mutant nothing changes.
 */
const { default: TestRunner } = require('jest-runner');
const { killedActiveMutant } = require('./environment');

class StopAfterKillRunner extends TestRunner {
	runTests(tests, watcher, options) {
		const stopping = Object.create(watcher);
		stopping.isInterrupted = () => watcher.isInterrupted() || killedActiveMutant();
		return super.runTests(tests, stopping, options);
	}

	on(eventName, listener) {
		if (eventName !== 'test-file-failure') return super.on(eventName, listener);
		return super.on(eventName, (event) => {
			const [, error] = event;
			// Jest's in-band loop throws "CancelRun" for a file skipped by an interrupted watcher.
			if (error?.name === 'CancelRun' && killedActiveMutant()) return undefined;
			return listener(event);
		});
	}
}

module.exports = StopAfterKillRunner;
