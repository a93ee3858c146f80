/** @module Parallel's mock REST API. */
export { parallelMock } from './parallel-mock.ts';
