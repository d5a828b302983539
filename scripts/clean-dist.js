// Removes dist/ (and tsc's incremental state) so every build starts from nothing.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
fs.rmSync(path.join(root, 'tsconfig.tsbuildinfo'), { force: true });
