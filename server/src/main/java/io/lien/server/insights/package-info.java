/**
 * A manager's insights: figures of a store (or of every store a manager has) over a period, compared
 * with the period before — traffic with its consenting share, where people go (dwell, exposure, the
 * plan's heat map), garments from the rack to the till (try-on rate, fitting-room conversion). Read
 * from hourly rollups (store, zone, product) recomputed whole from the raw rows whenever an hour is
 * marked due, so keeping them and rebuilding them ({@code lien insights rebuild}) are the same code
 * (decision 0026). Aggregates only: an anonymous visit stays a number.
 */
package io.lien.server.insights;
