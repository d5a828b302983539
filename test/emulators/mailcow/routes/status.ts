// Status: get/status/{version|containers|vmail|host|container/{name}}. Everything but the
// version comes from dockerapi; tests change state.containers and state.vmail.
import type { MailcowHandler, RouteTable } from './index';

/** What mailcow prints when its curl call to dockerapi fails (a JSON string). */
const DOCKERAPI_ERROR = 'OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to dockerapi:443 ';

const getStatus: MailcowHandler = ({ state, rest }) => {
	const docker = state.mailContainers;
	switch (rest[0]) {
		case 'version':
			return { status: 200, body: { version: state.version } };
		case 'containers':
			// [DOCKER] Real: an object keyed by container name; the recorder got null.
			return {
				status: 200,
				body: docker
					? Object.fromEntries(Object.entries(state.containers).map(([k, v]) => [k, { ...v }]))
					: null,
			};
		case 'vmail':
			return {
				status: 200,
				body: docker
					? { ...state.vmail }
					: { type: 'info', disk: '', used: null, total: null, used_percent: null },
			};
		case 'host':
			// Not recorded with dockerapi present; the fields of dockerapi's host stats.
			return {
				status: 200,
				body: docker
					? {
							cpu: { cores: 2, usage: 7.1 },
							memory: { total: 8327114752, usage: 41.3, swap: { total: 0, used: 0 } },
							uptime: 864000,
							system_time: new Date().toISOString().slice(0, 19).replace('T', ' '),
							architecture: 'x86_64',
						}
					: DOCKERAPI_ERROR,
			};
		case 'container': {
			const container = state.containers[rest[1] ?? ''];
			if (!docker) return { status: 200, body: DOCKERAPI_ERROR };
			return { status: 200, body: container ? { ...container } : {} };
		}
		default:
			// No case for the object: nothing is printed.
			return { status: 200, body: '' };
	}
};

export const statusRoutes: RouteTable = { get: { status: getStatus } };
