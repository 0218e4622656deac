/**
 * Visits and garment handlings as plain values: the facts the live state produces and the rules
 * that credit a handling to a shopper. No framework here.
 */
package io.lien.server.visits.model;
