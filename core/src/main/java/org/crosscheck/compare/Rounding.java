package org.crosscheck.compare;

import java.math.BigDecimal;

/** The precision a number is written to, so that a rounded restatement is not taken for another value. */
public final class Rounding {

    private Rounding() {
    }

    /**
     * Returns the unit of a value's last written digit: 10 for 2,610, 1 for 4, 0.1 for 2.5, 100 million for
     * 22,400,000,000 (written "22.4 billion").
     *
     * @param v the value
     * @return the unit, 1 for zero
     */
    public static double unit(double v) {
        if (v == 0 || Double.isInfinite(v) || Double.isNaN(v)) {
            return 1;
        }
        BigDecimal d = BigDecimal.valueOf(Math.abs(v)).stripTrailingZeros();
        return BigDecimal.ONE.scaleByPowerOfTen(-d.scale()).doubleValue();
    }

    /**
     * Returns the unit of a value's last digit when every written digit counts: 1 for 600 and for 2,610, 0.1
     * for 2.5.
     *
     * @param v the value
     * @return the unit, at most 1
     */
    public static double exact(double v) {
        if (v == 0 || Double.isInfinite(v) || Double.isNaN(v)) {
            return 1;
        }
        return Math.min(1, unit(v));
    }
}
