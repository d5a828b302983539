import type { MailcowResource } from '../../shared/resource';
import { getContainers } from './getContainers';
import { getVersion } from './getVersion';
import { getDiskUsage } from './getDiskUsage';

export const status: MailcowResource = {
	name: 'Status',
	value: 'status',
	default: 'getContainers',
	operations: [getContainers, getDiskUsage, getVersion],
};
