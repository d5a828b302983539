// The areas of `npm run mutation` (scripts/mutation/areas.js) together must be the whole package:
// every source file of nodes/ and credentials/ in exactly one area, every test glob matching.
import { AREAS } from '../../scripts/mutation/areas';
import { repositoryFiles, score, select, summarize } from '../../scripts/mutation/run';

const files = repositoryFiles();
const sources = files.filter((file) => /^(nodes|credentials)\/.*\.ts$/.test(file));

describe('mutation areas', () => {
	it('put every source file of nodes/ and credentials/ in exactly one area', () => {
		const owners = new Map<string, string[]>(sources.map((file) => [file, []]));
		for (const area of AREAS) {
			for (const file of select(files, area.mutate)) owners.get(file)?.push(area.name);
		}
		const wrong = [...owners].filter(([, areas]) => areas.length !== 1);
		expect(wrong).toEqual([]);
		expect(sources.length).toBeGreaterThan(300);
	});

	it('mutate only source files, and every glob matches a file', () => {
		for (const area of AREAS) {
			expect(select(files, area.mutate).filter((file) => !sources.includes(file))).toEqual([]);
			for (const glob of [...area.mutate, ...area.tests].filter((g) => !g.startsWith('!'))) {
				expect([area.name, glob, select(files, [glob]).length > 0]).toEqual([
					area.name,
					glob,
					true,
				]);
			}
		}
	});

	it('have unique names', () => {
		const names = AREAS.map((area) => area.name);
		expect(new Set(names).size).toBe(names.length);
	});
});

describe('mutation score', () => {
	it("is Stryker's: detected over detected and undetected, ignored and errors left out", () => {
		const counts = {
			Killed: 6,
			Timeout: 2,
			Survived: 1,
			NoCoverage: 1,
			Ignored: 50,
			RuntimeError: 3,
			CompileError: 0,
		};
		expect(score(counts)).toBe(80);
		expect(score({ ...counts, Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 })).toBeNull();
	});

	it('lists survivors and mutants without coverage from a report', () => {
		const mutant = (status: string, line: number) => ({
			status,
			mutatorName: 'StringLiteral',
			replacement: '""',
			location: { start: { line, column: 1 }, end: { line, column: 2 } },
		});
		const report = {
			files: {
				'nodes/a.ts': {
					mutants: [mutant('Killed', 1), mutant('Survived', 2), mutant('NoCoverage', 3)],
				},
			},
		};
		const { counts, survivors } = summarize(report);
		expect(counts).toMatchObject({ Killed: 1, Survived: 1, NoCoverage: 1 });
		expect(survivors.map((s: { line: number; status: string }) => [s.line, s.status])).toEqual([
			[2, 'Survived'],
			[3, 'NoCoverage'],
		]);
	});
});
