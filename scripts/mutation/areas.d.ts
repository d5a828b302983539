// Types of areas.js for the TypeScript tests (test/foundation/mutationAreas.test.ts).

/** One area of `npm run mutation`: globs relative to the repository root ("!" excludes). */
export interface MutationArea {
	name: string;
	mutate: string[];
	tests: string[];
}

/** Every area, in the order they are run and listed. */
export const AREAS: MutationArea[];
/** The repository root (absolute). */
export const ROOT: string;
