import type { LoadedGroup } from './fixtures.js';

/** What the fixtures must cover: the spec's component schemas and the former names of renamed ones. */
export interface CoverageTarget {
  schemaNames: readonly string[];
  formerNames: readonly string[];
}

export interface CoverageReport {
  /** Names with a fixture file holding at least one valid and one invalid case. */
  covered: string[];
  /** One line per problem, naming the file or schema. */
  problems: string[];
}

/**
 * Checks the one-file-per-schema layout: `fixtures/<Name>.json` exists for
 * every schema and former name, holds only groups about `<Name>`, and has a
 * valid and an invalid case.
 */
export function checkCoverage(
  target: CoverageTarget,
  files: readonly string[],
  groups: readonly LoadedGroup[],
): CoverageReport {
  const names = [...target.schemaNames, ...target.formerNames];
  const known = new Set(names);
  const problems: string[] = [];
  for (const group of groups) {
    if (!known.has(group.schemaName)) {
      problems.push(
        `${group.file}: ${group.schemaName} is neither a component schema of the spec nor a former name of one`,
      );
    } else if (group.file !== `${group.schemaName}.json`) {
      problems.push(
        `${group.file}: group "${group.description}" is about ${group.schemaName}; it belongs in ${group.schemaName}.json`,
      );
    }
  }
  const present = new Set(files);
  const covered: string[] = [];
  for (const name of names) {
    if (!present.has(`${name}.json`)) {
      problems.push(`${name} has no fixture file (fixtures/${name}.json)`);
      continue;
    }
    const tests = groups.filter((g) => g.schemaName === name).flatMap((g) => g.tests);
    const lacks = [
      tests.some((t) => t.valid) ? '' : 'a valid',
      tests.some((t) => !t.valid) ? '' : 'an invalid',
    ].filter(Boolean);
    if (lacks.length > 0) {
      problems.push(`${name} lacks ${lacks.join(' and ')} fixture`);
    } else {
      covered.push(name);
    }
  }
  return { covered, problems };
}
