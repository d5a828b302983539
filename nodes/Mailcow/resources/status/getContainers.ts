import type { IDataObject } from 'n8n-workflow';
import { statusRead } from './read';

/**
 * A container as `{container, running, state, startedAt, image}`: `running` is true only for
 * docker's state "running" (not "restarting", "exited", "paused").
 */
function simplifyContainer(record: IDataObject): IDataObject {
	return {
		container: record.container,
		running: record.state === 'running',
		state: record.state,
		startedAt: record.started_at,
		image: record.image,
	};
}

export const getContainers = statusRead({
	name: 'Get Containers',
	value: 'getContainers',
	action: 'Get the status of the mailcow containers',
	description: 'List every container of the mailcow installation and whether it is running',
	route: '/get/status/containers',
	// An object keyed by container name; the keys' order is mailcow's (alphabetical).
	records: (body) =>
		body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length > 0
			? Object.values(body as IDataObject).filter(
					(c): c is IDataObject => typeof c === 'object' && c !== null,
				)
			: undefined,
	unreadable: 'Mailcow could not read the status of its containers',
	simplify: simplifyContainer,
});
