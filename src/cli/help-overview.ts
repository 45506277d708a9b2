// What `roles` alone prints: what it is, the three commands most people want first, the
// commands that help decide, and where to read more. The full list is `roles --help`.
import { helpExamples } from './help-layout.js';
import { wrapText } from '../render/text-width.js';
import { HELP_TOPICS } from './help-topics.js';

/** The help's pointer to the documents, naming the folder they are installed in. */
export function docsLine(docsRoot: string): string {
  return `Docs: README.md and docs/role-format.md in ${docsRoot}; 'roles help TOPIC' for ${HELP_TOPICS.join(', ')}.`;
}

export function renderOverview(width: number, docsRoot: string): string {
  const intro = 'roles explains the jobs around product development (product manager, product owner, business analyst and more): what each job is, how two differ, and what to find out before an interview.';
  const lines = [
    ...wrapText(intro, width),
    helpExamples(width, ['roles compare pm po', 'roles show "business analyst"', 'roles questions po --format md > notes.md']).replace(/^\nExamples:/, '\nMost useful:'),
    '',
    ...wrapText("Not sure which job suits you? 'roles quiz' asks twelve questions and ranks the roles; 'roles map' and 'roles graph' show how they relate.", width),
    ...wrapText("Every command and option: 'roles --help'; one command: 'roles help COMMAND'.", width),
    ...wrapText(docsLine(docsRoot), width),
  ];
  return `${lines.join('\n')}\n`;
}
