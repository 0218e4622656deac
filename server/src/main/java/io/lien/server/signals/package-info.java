/**
 * Signal ingestion: uplink events from store gateways are validated, stored exactly once
 * (idempotent on gateway id + sequence), applied to the live state, turned into moments, and
 * only then acknowledged to the broker. What cannot be accepted goes to the dead-letter table
 * with its reason; nothing crashes and nothing is silently dropped.
 */
package io.lien.server.signals;
