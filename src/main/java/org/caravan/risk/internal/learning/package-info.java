/**
 * The risk model: features and target encodings, training with XGBoost (offline only),
 * and the exported tree ensemble scored in plain Java on the hot path.
 */
package org.caravan.risk.internal.learning;
