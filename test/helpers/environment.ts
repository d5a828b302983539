/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Runs before every test file, before n8n-core is loaded: n8n-core's InstanceSettings writes into
// N8N_USER_FOLDER, and the binary-data service reads its mode and storage path from the env.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-mailcow-migadu-'));
process.env.N8N_USER_FOLDER = root;
process.env.N8N_LOG_LEVEL = 'silent';
// Filesystem mode is configured so tests can store binaries there; items may still carry
// inline (default-mode) binaries, which n8n-core reads the same way it does in 'default' mode.
process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'filesystem';
process.env.N8N_AVAILABLE_BINARY_DATA_MODES = 'filesystem';
process.env.N8N_BINARY_DATA_STORAGE_PATH = path.join(root, 'binary-data');
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
