/**
 * The `build` project's global setup: the main site, built once per run (shared with the e2e project through
 * tests/support/site.ts), handed to the tests as `inject('siteDir')`.
 */
import type { TestProject } from 'vitest/node';
import { ensureMainSite } from '../../support/site.ts';

export default async function setup(project: TestProject) {
  project.provide('siteDir', await ensureMainSite());
}
