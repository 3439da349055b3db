import { defineConfig } from 'vitest/config';
import config from './vitest.config.mjs';

// Mutation testing runs the unit tests only: the browser tests need a built export, and the content tests compile
// every page, which would make each mutant cost a minute.
const projects = (config.test?.projects ?? []).filter((project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit');

export default defineConfig({ test: { projects } });
