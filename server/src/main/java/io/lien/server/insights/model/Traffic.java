package io.lien.server.insights.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Visits of a period: how many, how many consented to presence (the sample the app can see), how
 * long the ended ones lasted, per day and per hour of the day.
 *
 * @param byHourOfDay visits begun at each hour of the store's day (0–23), the period together
 */
public record Traffic(long visits, long consenting, long ended, long dwellMs, List<Day> days, long[] byHourOfDay) {

    public record Day(LocalDate day, long visits, long consenting) {
        public long anonymous() {
            return visits - consenting;
        }
    }

    public Integer consentShare() {
        return Rates.percent(consenting, visits);
    }

    /** The average length of an ended visit, in whole minutes; none when no visit has ended. */
    public Long averageMinutes() {
        return ended == 0 ? null : Math.round(dwellMs / 60_000.0 / ended);
    }

    public long busiestHour() {
        int best = 0;
        for (int h = 1; h < 24; h++) {
            if (byHourOfDay[h] > byHourOfDay[best]) {
                best = h;
            }
        }
        return best;
    }
}
