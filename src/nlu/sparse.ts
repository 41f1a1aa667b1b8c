/** A sparse feature vector: parallel arrays of feature indices (ascending) and values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

export function dotDense(vector: SparseVector, weights: Float64Array): number {
  let sum = 0;
  const { indices, values } = vector;
  for (let k = 0; k < indices.length; k++) sum += values[k]! * weights[indices[k]!]!;
  return sum;
}

export function squaredNorm(vector: SparseVector): number {
  let sum = 0;
  for (const v of vector.values) sum += v * v;
  return sum;
}
