/**
 * Visits: a shopper's time in a store, sessionised from presence changes (zones with their dwell,
 * ended by an absence longer than {@code lien.visits.absence-minutes}), and garment handlings
 * credited to a visit when the evidence supports it, with the rule and its confidence. Read back
 * as the day's visits, one visit in detail, and the touched → carried → tried → bought funnel,
 * where bought joins order lines from any channel. Anonymous visits keep no identifier at all.
 */
package io.lien.server.visits;
