// Logistic regression on sparse yes/no features, each example weighted, with an L2 penalty, fitted by full-
// batch gradient descent (Adam): small, deterministic, and enough for a few thousand messages.

export interface Example {
  /** Indexes of the features present. */
  features: Int32Array;
  positive: boolean;
  weight: number;
}

export interface Fit {
  bias: number;
  weights: Float64Array;
}

export interface FitOptions {
  /** Strength of the L2 penalty, against a total example weight of 1. */
  l2: number;
  steps: number;
  rate: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Bias plus the weights of the features present. */
function logit(fit: Fit, features: Int32Array): number {
  let z = fit.bias;
  for (const f of features) z += fit.weights[f];
  return z;
}

export function fitLogistic(examples: readonly Example[], featureCount: number, options: FitOptions): Fit {
  const total = examples.reduce((sum, e) => sum + e.weight, 0);
  const fit: Fit = { bias: 0, weights: new Float64Array(featureCount) };
  const n = featureCount + 1; // the bias is the last parameter
  const grad = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  for (let step = 1; step <= options.steps; step++) {
    grad.fill(0);
    for (const e of examples) {
      const error = ((sigmoid(logit(fit, e.features)) - (e.positive ? 1 : 0)) * e.weight) / total;
      for (const f of e.features) grad[f] += error;
      grad[featureCount] += error;
    }
    for (let i = 0; i < featureCount; i++) grad[i] += options.l2 * fit.weights[i];
    for (let i = 0; i < n; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
      v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
      const move =
        (options.rate * (m[i] / (1 - beta1 ** step))) / (Math.sqrt(v[i] / (1 - beta2 ** step)) + epsilon);
      if (i === featureCount) fit.bias -= move;
      else fit.weights[i] -= move;
    }
  }
  return fit;
}
