/**
 * Live store state: who is in which zone now (identified only with presence consent, otherwise
 * a count), which garments are off their racks, which are in a fitting room. It decides who a
 * hanger event belongs to: a shopper is credited only when the evidence supports it (alone in the
 * zone); otherwise the event stays anonymous.
 */
package io.lien.server.live;
