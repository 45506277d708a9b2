import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { fakeIo } from '../helpers/fake-io.js';

const namesOf = (args?: string[]): string[] => buildProgram(fakeIo(), '/docs', args).commands.map((command) => command.name());

describe('the commands a run sets up', () => {
  const all = namesOf();

  it('are all of them without arguments, as for the man page', () => {
    expect(all).toEqual(expect.arrayContaining(['list', 'show', 'compare', 'search', 'fit', 'quiz', 'new', 'edit', 'completion', '__complete', 'help']));
  });

  it('are only the one named, by its name or alias, after the global options and their values', () => {
    expect(namesOf(['show', 'pm'])).toEqual(['show']);
    expect(namesOf(['ls'])).toEqual(['list']);
    expect(namesOf(['--color', 'never', '--data', 'show', '--debug', 'compare', 'pm', 'po'])).toEqual(['compare']);
    expect(namesOf(['edit', 'pm'])).toEqual(['new', 'edit']);
  });

  it('are all of them for help, completion, a typo or no command, so that every name can be shown or suggested', () => {
    for (const args of [['help', 'show'], ['__complete', 'sh'], ['completion', 'bash'], ['shwo'], ['--help'], []]) expect(namesOf(args)).toEqual(all);
  });
});
