/**
 * Moments: what an advisor would want to know right now, in a sentence, in English and French —
 * "Camille lifted the navy trench coat (38) — she bought the navy silk scarf online in October".
 * Composed from clean store events, the live state and the client's history; stored (their id is
 * the SSE event id) and streamed to every tablet of the store after the signal is committed.
 */
package io.lien.server.moments;
