import { describe, expect, it } from 'vitest';
import { cutAnsweredQuestion, wrapAskedQuestion } from '../../src/checklist/fit-question-line.js';

const question = '3/16 Product Owner: Is the role mostly about strategy and discovery, or mainly about delivery with the team?';

describe('wrapAskedQuestion', () => {
  it('breaks between words, each line fitting after the prompt sign, later lines indented under the first', () => {
    const lines = wrapAskedQuestion(question, 40).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(38);
    expect(lines.slice(1).every((line) => line.startsWith('  ') && !line.startsWith('   '))).toBe(true);
    expect(lines.map((line) => line.trim()).join(' ')).toBe(question);
  });
});

describe('cutAnsweredQuestion', () => {
  it('keeps a question that fits with its answer whole', () => {
    expect(cutAnsweredQuestion('1/16 Common: Who decides?', 80, 20)).toBe('1/16 Common: Who decides?');
  });
  it('cuts a long question after a whole word with "…", leaving room for the answer', () => {
    const cut = cutAnsweredQuestion(question, 80, 20);
    expect(cut).toMatch(/ [a-z,]+…$/);
    expect(question.startsWith(cut.slice(0, -1))).toBe(true);
    expect(question[cut.length - 1]).toBe(' ');
    expect(cut.length + 2 + 1 + 20).toBeLessThanOrEqual(80);
  });
});
