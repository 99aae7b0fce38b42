package org.caravan.simulator.internal.pilot;

import java.util.SplittableRandom;

/** A standard normal draw from a seeded generator, so a seed fixes every price and delay. */
final class Gaussian {

    private Gaussian() {
    }

    static double next(SplittableRandom random) {
        // Box–Muller; 1 - u keeps the logarithm finite; StrictMath gives every JVM the same last bit
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }
}
