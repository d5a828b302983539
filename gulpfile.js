// Copies what tsc does not emit into dist/: node and credential icons, and the codex files
// (*.node.json) that n8n reads for categories and documentation links.
const { src, dest } = require('gulp');

function copyAssets() {
	return src(
		['nodes/**/*.{svg,png,node.json}', 'credentials/**/*.{svg,png}', 'icons/*.{svg,png}'],
		{
			base: '.',
			encoding: false,
		},
	).pipe(dest('dist'));
}

exports['build:assets'] = copyAssets;
