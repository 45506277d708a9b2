// The questions the checklist asks, as an interface the loop depends on, and its
// implementation with @inquirer/prompts drawing on stderr. Any way a prompt is cut
// short (Ctrl-C, a signal) becomes a PromptInterrupted carrying the signal and, for
// the note, the line typed so far.
import { makeTheme, type Status } from '@inquirer/core';
import { input, select, Separator } from '@inquirer/prompts';
import { displayWidth } from '../render/text-width.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { cutAnsweredQuestion, wrapAskedQuestion } from './fit-question-line.js';
import { ANSWER_STATUSES, STATUS_LABELS, type AnswerStatus } from './checklist-session.js';

export type QuestionAction = AnswerStatus | 'back' | 'finish';

export interface QuestionPrompt {
  /** 0-based position in the session. */
  index: number;
  total: number;
  heading: string;
  text: string;
  current?: AnswerStatus;
}

export interface NotePrompt {
  status: AnswerStatus;
  current?: string;
}

export interface ChecklistPrompts {
  chooseAction(prompt: QuestionPrompt): Promise<QuestionAction>;
  askNote(prompt: NotePrompt): Promise<string>;
}

export class PromptInterrupted extends Error {
  /** `typed`: the note line as it stood when the note prompt was cut short. */
  constructor(
    readonly signal: NodeJS.Signals,
    readonly typed?: string,
  ) {
    super(`interrupted by ${signal}`);
  }
}

const STATUS_HINTS: Record<AnswerStatus, string> = {
  answered: 'you found it out; note what and where',
  ask: 'keep it for the interview',
  'not-relevant': 'does not apply to this job',
  skipped: 'come back to it next time',
};

const NOTE_MESSAGES: Record<AnswerStatus, string> = {
  answered: 'What did you find, and where? (Enter to leave empty)',
  ask: 'Anything to remember when you ask it? (Enter to leave empty)',
  'not-relevant': 'Why not? (Enter to leave empty)',
  skipped: '',
};

const MOVE_LABELS = { back: 'Back', finish: 'Finish now' } as const;
/** The widest answer an answered question's line ends with. */
const ANSWER_WIDTH = Math.max(...[...Object.values(STATUS_LABELS), ...Object.values(MOVE_LABELS)].map(displayWidth));
const defaultTheme = makeTheme();

/** `width`: the terminal's columns, which the question's line is fitted to. */
export function statusPromptConfig(prompt: QuestionPrompt, width = 80) {
  const statuses = ANSWER_STATUSES.map((status) => ({ value: status as QuestionAction, name: STATUS_LABELS[status], description: STATUS_HINTS[status] }));
  const moves = [
    ...(prompt.index > 0 ? [{ value: 'back' as QuestionAction, name: 'Back to the previous question', short: MOVE_LABELS.back, description: 'change an earlier answer' }] : []),
    { value: 'finish' as QuestionAction, name: MOVE_LABELS.finish, description: 'save and write the notes; run again later to carry on' },
  ];
  const fit = (text: string, status: Status): string => (status === 'done' ? cutAnsweredQuestion(text, width, ANSWER_WIDTH) : wrapAskedQuestion(text, width));
  return {
    message: `${prompt.index + 1}/${prompt.total} ${prompt.heading}: ${sanitizeText(prompt.text)}`,
    choices: [...statuses, new Separator(), ...moves],
    // A question skipped before is one to answer now; Enter must not skip it again.
    default: prompt.current === undefined || prompt.current === 'skipped' ? 'answered' : prompt.current,
    loop: false,
    theme: { indexMode: 'number' as const, style: { message: (text: string, status: Status) => defaultTheme.style.message(fit(text, status), status) } },
  };
}

export function notePromptConfig(prompt: NotePrompt) {
  // The saved note comes from a file anyone could edit: it is shown and edited, so it must not drive the terminal.
  return { message: NOTE_MESSAGES[prompt.status], default: sanitizeText(prompt.current ?? ''), prefill: 'editable' as const };
}

function interruption(error: unknown, signal: AbortSignal, typed?: string): unknown {
  const name = error instanceof Error ? error.name : '';
  if (name === 'ExitPromptError') return new PromptInterrupted('SIGINT', typed);
  if (name === 'AbortPromptError') return new PromptInterrupted(typeof signal.reason === 'string' ? (signal.reason as NodeJS.Signals) : 'SIGINT', typed);
  return error;
}

// The answer's look when a prompt has no transformer (@inquirer/input applies it itself then).
const answerStyle = defaultTheme.style.answer;

/**
 * An input transformer that tells `onLine` the line on every redraw, which is the only
 * way @inquirer/input shows what has been typed before Enter, and displays the line
 * as it would without a transformer.
 */
export function followLine(onLine: (line: string) => void) {
  return (line: string, { isFinal }: { isFinal: boolean }): string => {
    onLine(line);
    return isFinal ? answerStyle(line) : line;
  };
}

/** The prompts' terminal's columns, 80 when it does not say. */
function terminalWidth(output: NodeJS.WritableStream): number {
  const columns = (output as Partial<NodeJS.WriteStream>).columns;
  return columns && columns > 0 ? columns : 80;
}

/** The real prompts. `signal` is aborted with a signal name to stop the prompt on screen. */
export function inquirerPrompts(context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal }): ChecklistPrompts {
  return {
    async chooseAction(prompt) {
      try {
        return await select(statusPromptConfig(prompt, terminalWidth(context.output)), context);
      } catch (error) {
        throw interruption(error, context.signal);
      }
    },
    async askNote(prompt) {
      let typed: string | undefined;
      try {
        return await input({ ...notePromptConfig(prompt), transformer: followLine((line) => (typed = line)) }, context);
      } catch (error) {
        throw interruption(error, context.signal, typed);
      }
    },
  };
}
