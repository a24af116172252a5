/**
 * The GitHub Actions workflows publish the site and check pull requests: a
 * workflow file GitHub cannot read runs nothing, silently to whoever pushes.
 * Each must parse as YAML (as strictly as GitHub reads it), and the
 * publishing workflow must run the build the way README describes: the
 * content checked once by the first job, each runner building its shard from
 * the inputs it is handed, and the merge from its own.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { needs?: string | string[]; steps: Step[]; strategy?: { matrix: Record<string, unknown> } }>;
}

const read = (name: string) => load(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const runs = (steps: Step[]) => steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));

describe('the workflows', () => {
  it('are YAML that GitHub can read, each with its jobs and steps', () => {
    for (const name of ['publish.yml', 'pull-request.yml']) {
      const workflow = read(name);
      expect(Object.keys(workflow.jobs).length, name).toBeGreaterThan(0);
      for (const [job, { steps }] of Object.entries(workflow.jobs)) {
        for (const step of steps ?? []) expect(step.run !== undefined || step.uses !== undefined, `${name}: a step of ${job} neither runs nor uses anything`).toBe(true);
      }
    }
  });

  it('publish the site with the content checked once and each runner building from the inputs it is handed', () => {
    const { jobs } = read('publish.yml');
    const plan = runs(jobs.plan?.steps ?? []).join('\n');
    expect(plan).toContain('npm run build -- --prepare --shards "$SHARDS" --work "$WORK"');
    expect(plan).toContain('--inputs "$k/$SHARDS"');
    expect(plan).toContain('--inputs merge');
    const shard = runs(jobs.shard?.steps ?? []).join('\n');
    expect(shard).toContain('--shard ${{ matrix.k }}/${{ env.SHARDS }} --prepared');
    expect(shard).toContain('tar -xf prepared/shard-${{ matrix.k }}.tar');
    const merge = runs(jobs.merge?.steps ?? []).join('\n');
    expect(merge).toContain('--merge --shards ${{ env.SHARDS }} --prepared --work ${{ env.WORK }} --move');
    expect(jobs.shard?.needs).toBe('plan');
    expect(jobs.merge?.needs).toEqual(['plan', 'shard']);
    // What the first job uploads is what the runners download.
    const uploaded = (jobs.plan?.steps ?? []).filter((s) => s.uses?.startsWith('actions/upload-artifact')).map((s) => s.with?.name);
    const downloaded = [...(jobs.shard?.steps ?? []), ...(jobs.merge?.steps ?? [])].filter((s) => s.uses?.startsWith('actions/download-artifact') && s.with?.name !== undefined).map((s) => s.with?.name);
    expect([...downloaded].sort()).toEqual([...uploaded].sort());
  });
});
