import type { ResourceDeclaration } from '../../../shared/describe';
import { activate } from './activate';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { getDiagnostics } from './getDiagnostics';
import { getDnsRecords } from './getDnsRecords';
import { getUsage } from './getUsage';
import { update } from './update';

// Migadu's API has no domain delete.
export const domain: ResourceDeclaration = {
	name: 'Domain',
	value: 'domain',
	// Get Many is selected when the resource is picked.
	default: String(getAll.option.value),
	operations: [activate, create, get, getAll, getDiagnostics, getDnsRecords, getUsage, update],
};
