// A user's role file names topics from data/topics.yaml as the built-in roles do.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linesOf, runRoles } from '../helpers/run-roles.js';

describe('topics in a role file of ones own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roles-topics-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const good = join(dir, 'good');
  const bad = join(dir, 'bad');
  for (const [folder, topic] of [[good, 'prioritisation'], [bad, 'priorities']] as const) {
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'release-lead.yaml'),
      ['id: release-lead', 'title: Release Lead', 'summary: Decides what goes into each release.', 'skills:', '  - text: Ranking what ships first.', `    topics: [${topic}]`, ''].join('\n'),
    );
  }

  it('shares a topic with a built-in role however each words it', () => {
    const result = runRoles(['--data', good, 'compare', 'release-lead', 'po', '--fields', 'skills', '--json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { sharedTopics: Record<string, { id: string }[]>; shared: Record<string, string[]> };
    expect(json.sharedTopics.skills).toEqual([{ id: 'prioritisation', label: 'Prioritisation' }]);
    expect(json.shared.skills).toEqual(['Prioritisation']);
  });

  it('reports an unknown topic as file:line:col and exits 1 from validate', () => {
    const result = runRoles(['validate', join(bad, 'release-lead.yaml'), '--format', 'plain'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(linesOf(result.stdout)).toContain('bad/release-lead.yaml:6:14: skills[0].topics[0]: "priorities" is not the id of a topic in data/topics.yaml, which lists them; fix the id or remove it');
  });
});
