import type { MailcowResource } from '../../shared/resource';
import { getContainers } from './getContainers';
import { getVersion } from './getVersion';
import { getDiskUsage } from './getDiskUsage';
import { getPasswordPolicy } from './getPasswordPolicy';

export const status: MailcowResource = {
	name: 'Status',
	value: 'status',
	default: 'getContainers',
	operations: [getContainers, getDiskUsage, getPasswordPolicy, getVersion],
};
