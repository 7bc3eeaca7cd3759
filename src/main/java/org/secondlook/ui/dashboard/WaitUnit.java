package org.secondlook.ui.dashboard;

import java.util.Collection;

/**
 * The unit the waiting-time chart draws in, chosen from its largest figure so the bars can be seen: hours when
 * any wait is an hour or more, minutes when the longest is under an hour, seconds when it is under a minute (a
 * demo batch decided right after its import). The figures themselves stay in hours (the Numbers table, the
 * export, {@code metrics}).
 */
enum WaitUnit {
    HOURS(1, "dashboard.unit.hours"),
    MINUTES(60, "dashboard.unit.minutes"),
    SECONDS(3600, "dashboard.unit.seconds");

    private final double perHour;
    private final String key;

    WaitUnit(double perHour, String key) {
        this.perHour = perHour;
        this.key = key;
    }

    /** The unit for these waits, given in hours (an empty collection draws in hours). */
    static WaitUnit of(Collection<Double> hours) {
        double max = hours.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (max >= 1 || max <= 0) {
            return HOURS;
        }
        return max * 60 >= 1 ? MINUTES : SECONDS;
    }

    double from(double hours) {
        return hours * perHour;
    }

    String messageKey() {
        return key;
    }
}
