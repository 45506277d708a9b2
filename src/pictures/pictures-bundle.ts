// `roles graph` and `roles map`, built as their own bundle (dist/pictures.cjs): few runs
// draw pictures, so every other command is spared reading their code.
export { runGraph } from './run-graph.js';
export { runMap } from './run-map.js';
