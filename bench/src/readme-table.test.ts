import { describe, expect, it } from 'vitest';
import { END, resultsMarkdown, START, spliceBetweenMarkers } from './readme-table.ts';

const results = {
  mode: 'full',
  generatedAt: '2026-12-02T22:30:00.000Z',
  durationSeconds: 600,
  machine: { node: 'v24.21.0', platform: 'linux x64', cpus: 2, cpuModel: 'AMD EPYC' },
  table: [
    { key: 'shards.failures', value: 0, target: '= 0', result: 'pass' },
    { key: 'download.throughputRatio', value: null, target: '≥ 0.9', result: 'not measured' },
  ],
};

describe('the README table from results.json', () => {
  it('states the date, the machine and every row', () => {
    const md = resultsMarkdown(results);
    expect(md).toContain('2026-12-02 (22:30 UTC): Node 24.21.0, linux x64, 2 × AMD EPYC');
    expect(md).toContain('1 of 2 targets met');
    expect(md).toContain('| `download.throughputRatio` | null | ≥ 0.9 | not measured |');
  });

  it('replaces only what lies between the markers', () => {
    const text = `# T\n${START}\nold\n${END}\ntail\n`;
    expect(spliceBetweenMarkers(text, 'new')).toBe(`# T\n${START}\nnew\n${END}\ntail\n`);
    expect(() => spliceBetweenMarkers('no markers', 'x')).toThrow(/markers/);
  });
});
