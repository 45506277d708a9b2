import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { helpExamples, helpLayout } from '../../src/cli/help-layout.js';
import { displayWidth } from '../../src/render/text-width.js';

const EXAMPLE = 'roles questions pm --company "Acme Widgets" --date 2026-03-14 --format md > acme.md';

function help(width: number): string {
  const command = new Command('roles')
    .configureHelp(helpLayout(width))
    .argument('<roles...>', 'one or more roles: id, short name or title, e.g. po pm')
    .option('-s, --section-with-a-long-name <name>', `only this section (repeatable): ${'summary, focus, owns, responsibilities, '.repeat(4)}`);
  return command.helpInformation() + helpExamples(width, [EXAMPLE], ['Docs: README.md. Exit codes: 0 ok, 1 failure, 2 usage error, 130 interrupted.']);
}

describe('help layout', () => {
  it('keeps every line of the help and its examples within widths from 30 to 160', () => {
    for (let width = 30; width <= 160; width++) {
      for (const line of help(width).split('\n')) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
  });

  it('keeps examples within widths from 20 to 40, breaking a word too long for a line so it still pastes as the same words', () => {
    const examples = [EXAMPLE, 'roles compare "product manager" "project manager" --fields focus,responsibilities,outputs'];
    // What a shell does with a pasted line ending in a backslash: it joins the next one to it.
    const words = (text: string): string[] => text.replace(/\\\n/g, '').match(/(?:"[^"]*"|\S)+/g) ?? [];
    for (let width = 20; width <= 40; width++) {
      const text = helpExamples(width, examples);
      for (const line of text.split('\n')) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      expect(words(text.split('\n').slice(2).join('\n'))).toEqual(words(examples.join(' ')));
    }
  });

  it('lays help out for 20 columns when there are fewer', () => {
    expect(help(5)).toBe(help(20));
  });

  it('puts descriptions under their options when the column beside them would be too narrow', () => {
    expect(help(120)).toMatch(/--section-with-a-long-name <name> {2}only this/);
    expect(help(40)).toMatch(/--section-with-a-long-name <name>\n {6}only this/);
  });

  it('breaks an example between words, never inside quotes, so it still pastes as one command', () => {
    const lines = helpExamples(40, [EXAMPLE]).split('\n').slice(2);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((line) => line.endsWith(' \\'))).toBe(true);
    expect(lines.map((line) => line.replace(/ \\$/, '').trim()).join(' ')).toBe(EXAMPLE);
  });
});
