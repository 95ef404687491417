package org.portcullis.risk.generate;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** The generator's one source of chance, seeded, so that the same seed always gives the same history. */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double uniform(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    int between(int from, int toInclusive) {
        return random.nextInt(from, toInclusive + 1);
    }

    double normal() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** A value whose logarithm is normal around log(median) with the given spread. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * normal());
    }

    double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    /** Knuth's method; means here are small. */
    int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(List<T> items, ToDoubleFunction<T> weight) {
        double total = items.stream().mapToDouble(weight).sum();
        double draw = random.nextDouble() * total;
        for (T item : items) {
            draw -= weight.applyAsDouble(item);
            if (draw < 0) {
                return item;
            }
        }
        return items.get(items.size() - 1);
    }
}
