package org.caravan.risk.internal.learning;

/** Rows of features, row-major, NaN where a value is missing. */
record FeatureMatrix(float[] values, int rows, int columns) {

    FeatureMatrix {
        if (values.length != rows * columns) {
            throw new IllegalArgumentException(rows + " rows of " + columns + " features need " + rows * columns
                    + " values, not " + values.length);
        }
    }

    static FeatureMatrix of(float[][] rows, int columns) {
        float[] values = new float[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, values, r * columns, columns);
        }
        return new FeatureMatrix(values, rows.length, columns);
    }

    float[] row(int r) {
        float[] row = new float[columns];
        System.arraycopy(values, r * columns, row, 0, columns);
        return row;
    }
}
