// The real prompts, driven by keystrokes through @inquirer/testing (no terminal needed).
import { makeTheme } from '@inquirer/core';
import { input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { followLine, inquirerPrompts, notePromptConfig, PromptInterrupted, statusPromptConfig } from '../../src/checklist/checklist-prompts.js';
import { PassThrough } from 'node:stream';

const question = { index: 3, total: 11, heading: 'Product Owner', text: 'Who decides\u001b[2J what gets built?' };

describe('the status prompt', () => {
  it('shows the progress, the group and the question, with escape codes removed', async () => {
    const { getScreen, events, answer } = await render(select, statusPromptConfig(question));
    expect(getScreen()).toContain('4/11 Product Owner: Who decides what gets built?');
    expect(getScreen()).toMatch(/1\. Answered[\s\S]*2\. Ask in the interview[\s\S]*3\. Not relevant[\s\S]*4\. Skip for now[\s\S]*5\. Back to the previous question[\s\S]*6\. Finish now/);
    events.keypress('enter');
    await expect(answer).resolves.toBe('answered');
  });

  it('answers with the status the arrow keys land on', async () => {
    const { events, answer } = await render(select, statusPromptConfig(question));
    events.keypress('down');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('not-relevant');
  });

  it('starts on the current status when a question is revisited', async () => {
    const { events, answer } = await render(select, statusPromptConfig({ ...question, current: 'not-relevant' }));
    events.keypress('enter');
    await expect(answer).resolves.toBe('not-relevant');
  });

  it('starts on Answered for a question skipped before, so Enter does not skip it again', async () => {
    const { events, answer } = await render(select, statusPromptConfig({ ...question, current: 'skipped' }));
    events.keypress('enter');
    await expect(answer).resolves.toBe('answered');
  });

  it('offers no way back from the first question', async () => {
    const { getScreen, events, answer } = await render(select, statusPromptConfig({ ...question, index: 0 }));
    expect(getScreen()).not.toContain('Back to the previous question');
    for (let i = 0; i < 5; i++) events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('finish');
  });
});

describe('the note prompt', () => {
  it('offers the existing note for editing', async () => {
    const { events, answer } = await render(input, notePromptConfig({ status: 'answered', current: 'careers page' }));
    events.type(', 2024');
    events.keypress('enter');
    await expect(answer).resolves.toBe('careers page, 2024');
  });

  it('asks what was found for an answered question and why for an irrelevant one', async () => {
    expect(notePromptConfig({ status: 'answered' }).message).toMatch(/What did you find, and where\?/);
    expect(notePromptConfig({ status: 'not-relevant' }).message).toMatch(/Why not\?/);
  });
});

describe('following the note line', () => {
  it('reports every line it is shown, and shows the final one as inquirer does without a transformer', () => {
    const lines: string[] = [];
    const transform = followLine((line) => lines.push(line));
    expect(transform('half', { isFinal: false })).toBe('half');
    expect(transform('half done', { isFinal: true })).toBe(makeTheme().style.answer('half done'));
    expect(lines).toEqual(['half', 'half done']);
  });
});

describe('inquirerPrompts', () => {
  const terminal = () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    return { input: stdin, output: new PassThrough() };
  };

  it('turns an aborted prompt into an interruption carrying the signal', async () => {
    const controller = new AbortController();
    const prompts = inquirerPrompts({ ...terminal(), signal: controller.signal });
    const pending = prompts.chooseAction(question);
    controller.abort('SIGTERM');
    await expect(pending).rejects.toEqual(new PromptInterrupted('SIGTERM'));
  });

  it('carries the note line typed so far in the interruption', async () => {
    const streams = terminal();
    const prompts = inquirerPrompts({ ...streams, signal: new AbortController().signal });
    const pending = prompts.askNote({ status: 'answered' });
    streams.input.write('half typed note');
    streams.input.write('\u0003');
    await expect(pending).rejects.toMatchObject({ signal: 'SIGINT', typed: 'half typed note' });
  });

  it('carries the note line when a signal stops the note prompt too', async () => {
    const controller = new AbortController();
    const streams = terminal();
    const prompts = inquirerPrompts({ ...streams, signal: controller.signal });
    const pending = prompts.askNote({ status: 'ask', current: 'old' });
    streams.input.write(' and new');
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort('SIGTERM');
    await expect(pending).rejects.toMatchObject({ signal: 'SIGTERM', typed: 'old and new' });
  });

  it('turns Ctrl-C into an interruption by SIGINT', async () => {
    const streams = terminal();
    const prompts = inquirerPrompts({ ...streams, signal: new AbortController().signal });
    const pending = prompts.askNote({ status: 'answered' });
    streams.input.write('\u0003');
    await expect(pending).rejects.toMatchObject({ signal: 'SIGINT' });
  });
});
