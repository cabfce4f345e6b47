import fc from 'fast-check';

/**
 * A fast-check plugin that stops shrinking `limitMs` after the first failure: from then on every
 * shrink candidate is skipped (a precondition failure), so the runner ends with the smallest
 * counterexample found so far. Shrinking a page of thousands of nodes can take hours and once ran
 * the fuzz worker out of memory; replaying the reported seed and path resumes it.
 */
export function shrinkTimeLimit<Ts>(limitMs: number, onLimit: () => void = () => undefined): fc.Plugin<Ts> {
  return () => {
    let deadline: number | null = null;
    let reported = false;
    return {
      decorateRun: (nestedRun) => (value) => {
        if (deadline !== null && Date.now() >= deadline) {
          if (!reported) {
            reported = true;
            onLimit();
          }
          return new fc.PreconditionFailure();
        }
        const outcome = nestedRun(value);
        if (deadline === null && outcome !== null && !fc.PreconditionFailure.isFailure(outcome)) deadline = Date.now() + limitMs;
        return outcome;
      },
    };
  };
}
