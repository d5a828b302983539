/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals -- the sandbox's command-line output */
// Terminal output of the sandbox scripts, in one place.

export function say(text = '') {
	console.log(text);
}

/** Progress of long steps: on stderr, so a command's own output (JSON) stays clean on stdout. */
export function progress(text: string) {
	console.error(text);
}

export function warn(text: string) {
	console.error(text);
}

/** Writes a chunk as it came (a child's output passed through). */
export function passThrough(chunk: Buffer | string, stream: 'stdout' | 'stderr' = 'stdout') {
	(stream === 'stdout' ? process.stdout : process.stderr).write(chunk);
}
