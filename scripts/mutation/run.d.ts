// Types of run.js for the TypeScript tests (test/foundation/mutationAreas.test.ts).

/** Mutant counts per Stryker status (also Ignored, RuntimeError, CompileError, …). */
export interface MutantCounts {
	Killed: number;
	Timeout: number;
	Survived: number;
	NoCoverage: number;
	[status: string]: number;
}

/** A mutant Stryker did not detect: Survived, or NoCoverage when no test ran it. */
export interface Survivor {
	file: string;
	line: number;
	mutator: string;
	replacement: string | undefined;
	status: 'Survived' | 'NoCoverage';
	/** It only runs while a module loads. */
	static: boolean;
}

/** The part of a Stryker JSON report (mutation-testing-report-schema) that summarize() reads. */
export interface StrykerReport {
	files: Record<
		string,
		{
			mutants: Array<{
				status: string;
				mutatorName: string;
				replacement?: string;
				static?: boolean;
				location: { start: { line: number; column: number } };
			}>;
		}
	>;
}

/** One area's entry of docs/mutation-results.json. */
export interface AreaResult {
	date: string;
	minutes: number;
	commit: string;
	ignoreStatic: boolean;
	mutants: number;
	counts: MutantCounts;
	score: number | null;
	survivors: Survivor[];
}

/** Repository files (tracked and new), relative, with forward slashes. */
export function repositoryFiles(): string[];
/** The files a list of globs selects; a glob starting with "!" removes what it matches. */
export function select(files: string[], globs: string[]): string[];
/** Stryker's score: detected ÷ (detected + undetected), in %; null with nothing to score. */
export function score(counts: MutantCounts): number | null;
/** Counts per status, and the surviving mutants, of a Stryker JSON report. */
export function summarize(report: StrykerReport): { counts: MutantCounts; survivors: Survivor[] };
/** docs/mutation-results.md from the entries of docs/mutation-results.json, by area name. */
export function render(results: Record<string, AreaResult>): string;
