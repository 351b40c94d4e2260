/** Time comes in from outside so the domain stays deterministic and tests can move it. */
export interface Clock {
  now(): Date;
}
