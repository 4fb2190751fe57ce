/**
 * Weights of the check-worthiness model (logistic regression over the features in claim-features.ts).
 * Hand-set starting values; regenerate with `npm run train:claims`.
 */
export const CLAIM_BIAS = -2.0;
export const CLAIM_WEIGHTS: Record<string, number> = {
  money: 2.5,
  percentage: 2.5,
  number: 1.2,
  quantity: 0.8,
  statistic: 0.8,
  date: 0.6,
  year: 1.0,
  comparison: 0.7,
  causal: 0.5,
  predictive: 0.2,
  'past-event': 1.0,
  entity: 0.6,
  hedge: -1.2,
  opinion: -1.0,
  'first-person': -0.6,
  'second-person': -0.6,
  question: -2.0,
  conditional: -0.4,
  negation: 0,
  reporting: 0,
  length: 1.0,
  short: -1.0,
};
