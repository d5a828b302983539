// Entry point for programs and tests: every node and credential class of the package, built
// into dist/ by `npm run build`. n8n itself loads the files listed in package.json's "n8n" field.
const { n8n } = require('./package.json');

for (const file of [...n8n.nodes, ...n8n.credentials]) {
	for (const [name, value] of Object.entries(require(`./${file}`))) {
		if (typeof value === 'function') module.exports[name] = value;
	}
}
